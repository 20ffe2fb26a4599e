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

/** Whether every area reads in `lang` without loading: the test suite's derived languages. */
function derived(lang: string): boolean {
  return testing && registered.has(lang)
}

// The wording loaded by loadLanguage(), by language and area. Another language's areas travel in one chunk
// per language and group (build/chunk-groups.ts), loaded when a page in that language is first shown. So does
// the default language's, for the areas whose accessor loads it lazily (defaultLoaders: the first view's, in
// the default language's chunk, and the tools', in its tools chunk): a page in another language never
// downloads it. The page frame's lazy parts and the inquiry bundle theirs with their accessors.
const loadedWording = new Map<string, Map<string, Record<string, unknown>>>()
let wordingLoaders: Record<string, () => Promise<unknown>> = {}
// The default language's wording of the areas whose accessor loads it lazily, by area.
const defaultLoaders = new Map<string, () => Promise<unknown>>()

/**
 * Where each language's wording comes from: './<lang>/<area>.ts' → its lazy import. Set once, by
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

// The areas whose accessor has been defined so far: the first view's at once, a lazy chunk's (the tools')
// when that chunk has loaded. Another language loads the wording of these areas only.
const definedAreas = new Set<string>()
// The languages whose parts (addLanguagePart) are loaded.
const partsLoaded = new Set<string>()

/** `lang`'s wording files (provideWordingLoaders), as [area, loader]. */
function wordingFiles(lang: string): [string, () => Promise<unknown>][] {
  const prefix = `./${lang}/`
  return Object.entries(wordingLoaders)
    .filter(([file]) => file.startsWith(prefix) && !file.endsWith('.test.ts'))
    .map(([file, load]) => [file.slice(prefix.length).replace(/\.ts$/, ''), load])
}

/** The loaders of `lang`'s wording for areas defined so far that are not loaded yet, by area. */
function wantedLoaders(lang: string): Map<string, () => Promise<unknown>> {
  const loaded = loadedWording.get(lang)
  const out = new Map<string, () => Promise<unknown>>()
  if (derived(lang)) return out
  if (lang === defaultLanguage) {
    for (const [area, load] of defaultLoaders) if (!loaded?.has(area)) out.set(area, load)
    return out
  }
  for (const [area, load] of wordingFiles(lang)) if (definedAreas.has(area) && !loaded?.has(area)) out.set(area, load)
  return out
}

/**
 * Whether every area defined so far, and every part (the FAQ edition), can be read in `lang` without
 * waiting. A lazy chunk that defines more areas makes it false again until loadLanguage() has run.
 */
export function languageLoaded(lang: string): boolean {
  return partsLoaded.has(lang) && wantedLoaders(lang).size === 0
}

/**
 * Loads the wording of `lang` for every area whose accessor is defined so far, and every part added for it
 * (addLanguagePart: its FAQ edition), so those accessors read it synchronously. The areas of a lazy chunk
 * (the tools') travel in a chunk of their own (build/chunk-groups.ts) and are loaded by a later call, which
 * whatever loads that chunk makes (src/tools/components.ts): the first view of a page in `lang` waits for
 * no tool's wording. The default language loads the same way, for the areas whose accessor does not bundle
 * it (the first view's, the tools'). Rejects when a chunk cannot be loaded (offline without the precache), and then
 * what failed stays unloaded and a later call tries again.
 */
export async function loadLanguage(lang: string): Promise<void> {
  if (languageLoaded(lang)) return
  if (lang !== defaultLanguage && !derived(lang) && wordingFiles(lang).length === 0) {
    throw new Error(`No wording for language ${lang}`)
  }
  const loaders = [...wantedLoaders(lang)]
  const [modules] = await Promise.all([
    Promise.all(loaders.map(([, load]) => load())),
    partsLoaded.has(lang) ? undefined : Promise.all(parts.map((part) => part(lang))).then(() => partsLoaded.add(lang)),
  ])
  const byArea = loadedWording.get(lang) ?? new Map<string, Record<string, unknown>>()
  loaders.forEach(([area], i) => byArea.set(area, modules[i] as Record<string, unknown>))
  loadedWording.set(lang, byArea)
}

/**
 * Starts loading `lang`'s wording of every area no accessor has defined yet (a lazy chunk's, whose chunk is
 * on its way), so that the chunk and its wording travel side by side instead of one after the other: the
 * areas a chunk defines are only known once it has run. Errors are left to the loadLanguage() that follows.
 */
export function preloadWording(lang: string): void {
  for (const [area, load] of wordingFiles(lang)) if (!definedAreas.has(area)) load().catch(() => {})
}

/**
 * A lazy chunk's loader that also loads the active language's wording for the areas the chunk defines
 * (its accessors), before anything of it renders: use it for every lazily loaded component. With `ahead`,
 * the wording of every area not defined yet is asked for at once, beside the chunk (preloadWording): for
 * the tools, whose wording is a chunk of its own in every language, so that opening a tool with nothing
 * saved (no service worker) takes one round trip, not two. The page frame's lazy parts leave it off: their
 * chunk loads after every first view, and would then bring the tools' wording too.
 */
export function withWording<T>(load: () => Promise<T>, ahead = false): () => Promise<T> {
  return async () => {
    if (ahead) preloadWording(activeLanguage.value)
    const module = await load()
    await loadLanguage(activeLanguage.value)
    return module
  }
}

/** Makes `lang` the active language (its wording must be loaded: see loadLanguage). */
export function setLanguage(lang: string): void {
  if (activeLanguage.value === lang) return
  activeLanguage.value = lang
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
 * The wording of one area in the active language. `modules` is the area's import.meta.glob of the default
 * language's file ('./ja/<area>.ts', keyed by that path): eager, bundled with the accessor, or lazy, loaded
 * by loadLanguage() like another language's (the first view's areas: their default wording then travels in
 * the default language's chunk, which pages in another language never download). Other languages come
 * from loadLanguage(), and `exportName` is the export the glob picks (its `import` option), if any. Nested objects come back as proxies and functions as
 * wrappers, both resolved at read (call) time, so a value taken out at module load still follows the
 * language. A key the default language has but the active one lacks (or has no file for) throws, naming
 * the area, the language and the key.
 */
export function defineText<T extends object>(area: string, modules: Record<string, unknown>, exportName?: string): T {
  definedAreas.add(area)
  const byLang: Obj = {}
  for (const file in modules) {
    const value = modules[file]
    if (typeof value === 'function') defaultLoaders.set(area, value as () => Promise<unknown>)
    else byLang[file.split('/')[1]!] = value
  }
  // Another language's wording for this area, once loaded (the same export the accessor's glob picks).
  const loaded = (lang: string): unknown => {
    const module = loadedWording.get(lang)?.get(area)
    return module && exportName ? module[exportName] : module
  }

  // The value at `path` in the active language. Keys the default language lacks too are not wording (Vue's
  // and test tools' probes, optional lookups in a Record) and read through as plain property reads.
  const lookup = (path: Path): unknown => {
    const lang = activeLanguage.value
    let here = (byLang[lang] ??= loaded(lang) ?? (testing ? registered.get(lang)?.derive(area, reference()) : undefined))
    let ref = reference()
    // A lazily loaded area with nothing loaded yet, not even the default language to compare with.
    if (here === undefined && ref === undefined) throw new Error(`Missing wording: area ${area}, language ${lang}, key ${path.map(String).join('.')} (not loaded)`)
    for (const key of path) {
      if (!owns(here, key) && owns(ref, key)) throw new Error(`Missing wording: area ${area}, language ${lang}, key ${path.map(String).join('.')}`)
      here = (here as Obj | undefined)?.[key]
      ref = (ref as Obj | undefined)?.[key]
    }
    return here
  }

  // The area in the default language, to tell a missing key from a probe and to read the shape from: bundled,
  // or loaded; else the active language's, once loaded (every language has the same shape).
  const reference = (): unknown => byLang[defaultLanguage] ?? loaded(defaultLanguage) ?? loaded(activeLanguage.value)

  // The value at `path` in the reference: every language has the same shape (the area types), so whether a
  // key holds an object, a function or a string is read here, without reading the active language.
  // Destructuring a bundling accessor at module load then reads nothing in a language whose wording for
  // the area has not arrived yet (a lazy chunk's accessor, loaded by withWording()). A lazily loading
  // accessor is only read once its language is loaded.
  const shape = (path: Path): unknown => path.reduce<unknown>((v, key) => (v as Obj | undefined)?.[key], reference())

  const made: Obj = Object.create(null) as Obj
  const at = (path: Path): unknown =>
    (made[path.map(String).join('\0')] ??=
      typeof shape(path) === 'function'
        ? (...args: unknown[]) => (lookup(path) as (...a: unknown[]) => unknown)(...args)
        : new Proxy(
            {},
            {
              get: (_t, key) => {
                const r = shape([...path, key])
                if (owns(shape(path), key) && r === Object(r) && !Array.isArray(r)) return at([...path, key])
                return lookup([...path, key])
              },
              has: (_t, key) => key in Object(lookup(path)),
              ownKeys: () => Reflect.ownKeys(Object(lookup(path))),
              getOwnPropertyDescriptor: (_t, key): PropertyDescriptor | undefined =>
                owns(lookup(path), key) ? { value: (at(path) as Obj)[key], enumerable: true, configurable: true } : undefined,
            },
          ))
  return at([]) as T
}
