/**
 * The one module that knows the active language. Wording is reached through per-area accessors
 * (src/locales/<area>.ts), each a defineText() proxy that reads the active language's file at read time,
 * so templates re-render when the language changes and component code only imports the accessor.
 */
import { shallowRef } from 'vue'
import { defaultLanguage, languageOfPath, languagePath, languages, type LanguageInfo } from '@/locales'

/** Builds a language's wording for one area from the default language's (test languages only). */
export type Derive = (area: string, reference: unknown) => unknown

interface Registered {
  derive: Derive
  info: LanguageInfo
}

// Languages the test suite adds. Outside tests the build drops every use of it (MODE is a constant there),
// so the shipped script carries no code for languages that are not folders.
const registered = new Map<string, Registered>()
const testing = import.meta.env.MODE === 'test'

/** The language being shown; set from the route before each render. */
export const activeLanguage = shallowRef<string>(defaultLanguage)

/** Every language the app can show: the shipped ones, then any registered by the test suite. */
export function languageCodes(): string[] {
  return testing ? [...Object.keys(languages), ...registered.keys()] : Object.keys(languages)
}

/** Metadata of a shipped or registered language. */
export function languageInfo(lang: string): LanguageInfo {
  const info = languages[lang] ?? (testing ? registered.get(lang)?.info : undefined)
  if (!info) throw new Error(`Unknown language ${lang}`)
  return info
}

/** The language of a path: /<lang>/… for a non-default language, the default language otherwise. */
export function langOfPath(path: string): string {
  return languageOfPath(path, languageCodes())
}

/**
 * A path of this app in the active language (or `lang`): unchanged in the default language, under /<lang>
 * otherwise (/faq/x#a → /en/faq/x#a, / → /en). Every internal link and router.push goes through it, so a
 * page in one language only links to pages in the same language. Read in a template or computed, it
 * follows a change of language.
 */
export function localePath(path: string, lang: string = activeLanguage.value): string {
  return languagePath(path, lang)
}

// Accessors that export plain strings (which no proxy can stand in for) re-read them here.
const listeners: (() => void)[] = []

/** Calls `fn` after every language change (for an accessor's top-level string exports). */
export function onLanguageChange(fn: () => void): void {
  listeners.push(fn)
}

// The wording of the languages other than the default, by language and area, once loadLanguage() has
// brought them in. The default language's wording is bundled with each accessor; the others travel in one
// chunk per language (build/chunk-groups.ts), loaded when a page in that language is first shown.
const loadedWording = new Map<string, Map<string, Record<string, unknown>>>()
let wordingLoaders: Record<string, () => Promise<unknown>> = {}

/**
 * Where the other languages' wording comes from: './<lang>/<area>.ts' → its lazy import. Set once, by
 * src/locales/load.ts (the one module that globs every language folder lazily).
 */
export function provideWordingLoaders(loaders: Record<string, () => Promise<unknown>>): void {
  wordingLoaders = loaders
}

/** What a language brings besides its wording (its FAQ edition): loads it, or rejects (see addLanguagePart). */
export type LanguagePart = (lang: string) => Promise<void>
const parts: LanguagePart[] = []

/**
 * Adds something every language but the default loads with its wording, in the same loadLanguage() call, so
 * that once a language is loaded all of it reads synchronously (src/content/faq.ts adds the FAQ edition).
 * Call it when the adding module loads, before the first loadLanguage(). A part puts its modules in the
 * language's chunk (build/chunk-groups.ts, localeGroups), so wording and part arrive in one request.
 */
export function addLanguagePart(part: LanguagePart): void {
  parts.push(part)
}

/** Whether every area of `lang` can be read without waiting (the default language always can). */
export function languageLoaded(lang: string): boolean {
  return lang === defaultLanguage || loadedWording.has(lang) || (testing && registered.has(lang))
}

/**
 * Loads every area of `lang` and every part added for it (addLanguagePart: its FAQ edition), all in one
 * chunk, so any accessor, including one defined later by a lazy chunk, can read it synchronously. Resolves
 * at once for the default language; rejects when the chunk cannot be loaded (offline without the
 * precache), and then the language stays unloaded and a later call tries again.
 */
export async function loadLanguage(lang: string): Promise<void> {
  if (languageLoaded(lang)) return
  const prefix = `./${lang}/`
  const files = Object.keys(wordingLoaders).filter((f) => f.startsWith(prefix) && !f.endsWith('.test.ts'))
  if (files.length === 0) throw new Error(`No wording for language ${lang}`)
  const [modules] = await Promise.all([Promise.all(files.map((f) => wordingLoaders[f]!())), ...parts.map((part) => part(lang))])
  const byArea = new Map<string, Record<string, unknown>>()
  files.forEach((f, i) => byArea.set(f.slice(prefix.length).replace(/\.ts$/, ''), modules[i] as Record<string, unknown>))
  loadedWording.set(lang, byArea)
}

/** Makes `lang` the active language (its wording must be loaded: see loadLanguage). */
export function setLanguage(lang: string): void {
  if (activeLanguage.value === lang) return
  activeLanguage.value = lang
  for (const fn of listeners) fn()
}

/**
 * Adds a language derived from the default one in every area, including areas defined later. For the test
 * suite's pseudo language only: it takes effect under vitest (MODE 'test'); shipped languages are folders.
 */
export function registerLanguage(lang: string, derive: Derive, info: Partial<LanguageInfo> = {}): void {
  registered.set(lang, { derive, info: { ...languageInfo(defaultLanguage), code: lang, htmlLang: lang, ...info } })
}

type Path = readonly (string | symbol)[]
type Obj = Record<string | symbol, unknown>

const owns = (v: unknown, key: string | symbol): boolean => v != null && Object.hasOwn(v, key)

/**
 * The wording of one area in the active language. `modules` is the area's eager import.meta.glob of the
 * default language's file ('./ja/<area>.ts', keyed by that path); other languages come from loadLanguage(),
 * and `exportName` is the export the glob picks (its `import` option), if any. Nested objects come back as proxies and functions as
 * wrappers, both resolved at read (call) time, so a value taken out at module load still follows the
 * language. A key the default language has but the active one lacks (or has no file for) throws, naming
 * the area, the language and the key.
 */
export function defineText<T extends object>(area: string, modules: Record<string, unknown>, exportName?: string): T {
  const byLang: Obj = {}
  for (const file in modules) byLang[file.split('/')[1]!] = modules[file]
  // Another language's wording for this area, once loaded (the same export the accessor's glob picks).
  const loaded = (lang: string): unknown => {
    const module = loadedWording.get(lang)?.get(area)
    return module && exportName ? module[exportName] : module
  }

  // The value at `path` in the active language. Keys the default language lacks too are not wording (Vue's
  // and test tools' probes, optional lookups in a Record) and read through as plain property reads.
  const lookup = (path: Path): unknown => {
    const lang = activeLanguage.value
    let here = (byLang[lang] ??= loaded(lang) ?? (testing ? registered.get(lang)?.derive(area, byLang[defaultLanguage]) : undefined))
    let ref = byLang[defaultLanguage]
    for (const key of path) {
      if (!owns(here, key) && owns(ref, key)) throw new Error(`Missing wording: area ${area}, language ${lang}, key ${path.map(String).join('.')}`)
      here = (here as Obj | undefined)?.[key]
      ref = (ref as Obj | undefined)?.[key]
    }
    return here
  }

  const made: Obj = Object.create(null) as Obj
  const at = (path: Path): unknown =>
    (made[path.map(String).join('\0')] ??=
      typeof lookup(path) === 'function'
        ? (...args: unknown[]) => (lookup(path) as (...a: unknown[]) => unknown)(...args)
        : new Proxy(
            {},
            {
              get: (_t, key) => {
                const v = lookup([...path, key])
                return owns(lookup(path), key) && v === Object(v) && !Array.isArray(v) ? at([...path, key]) : v
              },
              has: (_t, key) => key in Object(lookup(path)),
              ownKeys: () => Reflect.ownKeys(Object(lookup(path))),
              getOwnPropertyDescriptor: (_t, key): PropertyDescriptor | undefined =>
                owns(lookup(path), key) ? { value: (at(path) as Obj)[key], enumerable: true, configurable: true } : undefined,
            },
          ))
  return at([]) as T
}
