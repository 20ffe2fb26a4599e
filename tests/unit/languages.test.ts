/**
 * Every shipped language has every area, with every string the reference (Japanese) wording has, and only
 * the language index and the accessors import a language's folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareWording } from '@/i18n/compare'
import { defaultLanguage, languages, type AppText } from '@/locales'

const root = join(import.meta.dirname, '../..')
const files = import.meta.glob(['/src/locales/*/*.ts', '!/src/locales/*/*.test.ts'], { eager: true })
// Every module beside the language folders is an area's accessor, except the index, the lazy loader and the
// build's own wording (the web app manifests, the FAQ compiler's link notes).
const accessors = import.meta.glob([
  '/src/locales/*.ts',
  '!/src/locales/index.ts',
  '!/src/locales/load.ts',
  '!/src/locales/manifests.ts',
  '!/src/locales/linkNotes.ts',
  '!/src/locales/*.test.ts',
])

const areaOf = (file: string): string => file.replace(/^.*\//, '').replace(/\.ts$/, '')
const folderAreas = (lang: string): string[] =>
  Object.keys(files)
    .filter((f) => f.startsWith(`/src/locales/${lang}/`))
    .map(areaOf)
    .sort()
const areas = folderAreas(defaultLanguage)

describe('languages', () => {
  it('finds the areas, each with its accessor', () => {
    expect(areas.length).toBeGreaterThan(10)
    expect(Object.keys(accessors).map(areaOf).sort()).toEqual(areas)
  })

  it('has the compiler check a language file against its area type', () => {
    // @ts-expect-error a file missing strings (and with a string where a function belongs) does not compile
    const incomplete = { skipToContent: 'Skip to content', stepLabel: 'Step' } satisfies AppText
    expect(incomplete.skipToContent).toBe('Skip to content')
  })

  it('names only the default language in the accessors (bundled, or loaded like the others): the others load lazily (src/locales/load.ts)', () => {
    const named = Object.keys(accessors)
      .filter((f) => !f.endsWith('/worker.ts')) // the service worker keeps every language's few lines of its own
      .map((f) => [f, /import\.meta\.glob\('\.\/([^/']+)\/[^']*'/.exec(readFileSync(join(root, f), 'utf8'))?.[1]])
    expect(named.length).toBe(areas.length - 1)
    expect(named.filter(([, folder]) => folder !== defaultLanguage)).toEqual([])
  })

  it("loads the default wording lazily, like another language's, but for the page frame's lazy parts (search, timers) and the inquiry (the help desk reads Japanese in every language), which bundle it with their accessors", () => {
    const lazy = Object.keys(accessors)
      .filter((f) => !f.endsWith('/worker.ts'))
      .filter((f) => !/import\.meta\.glob\('[^']*', \{ eager: true/.test(readFileSync(join(root, f), 'utf8')))
      .map((f) => f.replace(/^.*\/(\w+)\.ts$/, '$1'))
      .sort()
    expect(lazy).toEqual(['app', 'checkers', 'companion', 'content', 'keycheck', 'network', 'pages', 'practice', 'searchPage', 'tools'])
  })

  it('ships the default language', () => {
    expect(languages[defaultLanguage]?.code).toBe(defaultLanguage)
  })

  for (const lang of Object.keys(languages)) {
    it(`${lang}: has exactly the areas of ${defaultLanguage}`, () => {
      expect(folderAreas(lang)).toEqual(areas)
    })
    for (const area of areas) {
      it(`${lang}/${area}: misses no string and adds none`, () => {
        const diff = compareWording(files[`/src/locales/${defaultLanguage}/${area}.ts`], files[`/src/locales/${lang}/${area}.ts`])
        expect(diff).toEqual({ missing: [], extra: [], kind: [] })
      })
    }
  }
})

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path)
    return /\.(ts|vue|mjs|js)$/.test(name) ? [path] : []
  })
}

describe('the language seam', () => {
  it('no module outside the language index, the accessors and the languages themselves imports a language folder', () => {
    const codes = Object.keys(languages).join('|')
    const importsLanguage = new RegExp(`(from|import)\\s*\\(?\\s*['"][^'"]*locales/(${codes})/`)
    const allowed = (file: string): boolean =>
      /^src\/locales\/[^/]+\.ts$/.test(file) || new RegExp(`^src/locales/(${codes})/`).test(file)
    // The check itself must catch an ordinary wording import.
    expect(importsLanguage.test(`import { appText } from '@/locales/${defaultLanguage}/app'`)).toBe(true)
    const offenders = ['src', 'tests', 'build', 'scripts']
      .flatMap((d) => sources(join(root, d)))
      .concat(join(root, 'vite.config.ts'))
      .map((f) => relative(root, f))
      .filter((f) => !allowed(f) && importsLanguage.test(readFileSync(join(root, f), 'utf8')))
    expect(offenders).toEqual([])
  })
})
