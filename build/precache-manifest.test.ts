import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { APP_GROUPS, FIRST_VIEW, LATE, TOOLS, WORKER_FOLLOWER } from './chunk-groups'
import { searchChunk } from '../src/lib/languageFiles'
import { defaultLanguage, languages } from '../src/locales/index'
import { ENGLISH_SEARCH_CHUNK, LAZY_CHUNKS, PAGE_CHUNKS, RUNTIME_CHUNK, SEARCH_CHUNK, chunkFile, installOnlyChunks, precacheOrder, unplacedFiles, withIntegrity } from './precache-manifest'

describe('precache order', () => {
  // File names as Vite writes them: assets/<chunk name>-<hash>.js, the hash in base64url.
  const file = (name: string, hash: string): string => `assets/${name}-${hash}.js`

  it('puts what the page does not load itself first, in the order the app needs it, and what it loads last', () => {
    const entries = [
      file(TOOLS, 'A_1b'),
      file(WORKER_FOLLOWER, 'B-2c'),
      file(RUNTIME_CHUNK, 'C3d'),
      file(SEARCH_CHUNK, 'D4e'),
      file(LATE, 'E5f'),
      file(FIRST_VIEW, 'F6g'),
      'assets/pages-G7h.json',
      'assets/style-I8j.css',
      'manifest.webmanifest',
    ].map((url) => ({ url, revision: null }))
    expect(precacheOrder(entries).map((e) => e.url)).toEqual([
      file(LATE, 'E5f'),
      file(TOOLS, 'A_1b'),
      file(SEARCH_CHUNK, 'D4e'),
      'manifest.webmanifest',
      file(FIRST_VIEW, 'F6g'),
      file(WORKER_FOLLOWER, 'B-2c'),
      file(RUNTIME_CHUNK, 'C3d'),
      'assets/pages-G7h.json',
      'assets/style-I8j.css',
    ])
  })

  it('places every chunk group: the ones the page does not load in the order they load, none among files it does not know', () => {
    const unknown = 'assets/unknown-X.js'
    const groups = APP_GROUPS.map((g) => g.name)
    const out = precacheOrder([unknown, ...[FIRST_VIEW, ...groups].map((name) => file(name, 'H'))].map((url) => ({ url }))).map((e) => e.url)
    const middle = out.indexOf(unknown)
    // the page loads the first view and the worker's follower itself; every other group is lazy
    expect(out.slice(0, middle)).toEqual(groups.filter((name) => name !== WORKER_FOLLOWER).map((name) => file(name, 'H')))
    expect(out.slice(middle + 1)).toEqual([file(FIRST_VIEW, 'H'), file(WORKER_FOLLOWER, 'H')])
  })

  it("names each language's search chunk after the module the app loads for it (src/composables/useSearch.ts finds it by searchChunk)", () => {
    const source = readFileSync(join(import.meta.dirname, '../src/composables/useSearch.ts'), 'utf8')
    expect(source).toContain("(['../search/loadIndex*.ts'")
    expect(source).toContain('searchChunk(lang, defaultLanguage)')
    for (const lang of Object.keys(languages)) {
      expect(existsSync(join(import.meta.dirname, `../src/search/${searchChunk(lang, defaultLanguage)}.ts`)), lang).toBe(true)
    }
    expect(searchChunk(defaultLanguage, defaultLanguage)).toBe(SEARCH_CHUNK)
    expect(searchChunk('en', defaultLanguage)).toBe(ENGLISH_SEARCH_CHUNK)
  })

  it("knows a chunk's file by its whole name, in assets/, as JavaScript", () => {
    const late = chunkFile(LATE)
    expect(late.test(`assets/${LATE}-BkxkWp_P.js`)).toBe(true)
    expect(late.test(`/assets/${LATE}-Bk-xk.js`)).toBe(true)
    expect(late.test(`assets/${LATE}st-Bkxk.js`)).toBe(false)
    expect(late.test(`assets/x${LATE}-Bkxk.js`)).toBe(false)
    expect(late.test(`assets/${LATE}-Bkxk.json`)).toBe(false)
    expect(late.test(`${LATE}-Bkxk.js`)).toBe(false)
    expect(chunkFile('a.b').test('assets/axb-1.js')).toBe(false)
  })

  it('keeps every entry, and the given order among files it does not know', () => {
    const entries = ['b.js', 'a.js', file(TOOLS, 'X'), 'c.js'].map((url) => ({ url }))
    const out = precacheOrder(entries)
    expect(out.map((e) => e.url)).toEqual([file(TOOLS, 'X'), 'b.js', 'a.js', 'c.js'])
    expect(new Set(out)).toEqual(new Set(entries))
  })

  it('names what it places but the list lacks (a renamed chunk), so the build can stop', () => {
    const all = [...LAZY_CHUNKS, ...PAGE_CHUNKS].map((name) => ({ url: file(name, 'H') })).concat({ url: 'assets/pages-P.json' }, { url: 'assets/style-S.css' })
    expect(unplacedFiles(all)).toEqual([])
    expect(unplacedFiles(all.filter((e) => !e.url.includes(RUNTIME_CHUNK)))).toEqual([RUNTIME_CHUNK])
    expect(unplacedFiles(all.filter((e) => !e.url.includes('pages-')))).toEqual(['the offline pages file'])
    expect(unplacedFiles(all.filter((e) => !e.url.endsWith('.css')))).toEqual(['the stylesheet'])
    expect(unplacedFiles([...all.filter((e) => !e.url.includes(`/${LATE}-`)), { url: `assets/renamed-${LATE}-H.js` }])).toEqual([LATE])
  })
})

describe('precache integrity', () => {
  it('gives each entry the SHA-256 of its built file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'omu-integrity-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets/a-1.js'), 'console.log(1)\n')
    const [entry] = withIntegrity([{ url: 'assets/a-1.js', revision: null }], dir)
    expect(entry).toEqual({ url: 'assets/a-1.js', revision: null, integrity: `sha256-${createHash('sha256').update('console.log(1)\n').digest('base64')}` })
    expect(() => withIntegrity([{ url: 'assets/missing.js' }], dir)).toThrow()
  })
})

describe('what only the install needs', () => {
  it("is the lazy groups, the language's own search and its lazy wording: never a chunk the page loads itself", () => {
    expect(installOnlyChunks('en')).toEqual([LATE, TOOLS, ENGLISH_SEARCH_CHUNK, 'locale-en-late', 'locale-en-tools'])
    expect(installOnlyChunks(defaultLanguage)).toEqual([LATE, TOOLS, SEARCH_CHUNK, `locale-${defaultLanguage}-late`, `locale-${defaultLanguage}-tools`])
    for (const lang of Object.keys(languages)) {
      expect(installOnlyChunks(lang).filter((name) => PAGE_CHUNKS.includes(name) || name === FIRST_VIEW)).toEqual([])
      expect(installOnlyChunks(lang)).toContain(searchChunk(lang, defaultLanguage))
    }
  })
})
