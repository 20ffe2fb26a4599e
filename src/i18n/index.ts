/**
 * The one module that knows the active language. Wording is reached through per-area accessors
 * (src/locales/<area>.ts), each a defineText() proxy that reads the active language's file at read time,
 * so templates re-render when the language changes and component code only imports the accessor.
 */
import { shallowRef } from 'vue'
import { defaultLanguage, languageOfPath, languages, type LanguageInfo } from '@/locales'

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

// Accessors that export plain strings (which no proxy can stand in for) re-read them here.
const listeners: (() => void)[] = []

/** Calls `fn` after every language change (for an accessor's top-level string exports). */
export function onLanguageChange(fn: () => void): void {
  listeners.push(fn)
}

/** Makes `lang` the active language. */
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
 * The wording of one area in the active language. `modules` is the area's eager import.meta.glob
 * ('./*\/<area>.ts'), keyed by './<lang>/<area>.ts'. Nested objects come back as proxies and functions as
 * wrappers, both resolved at read (call) time, so a value taken out at module load still follows the
 * language. A key the default language has but the active one lacks (or has no file for) throws, naming
 * the area, the language and the key.
 */
export function defineText<T extends object>(area: string, modules: Record<string, unknown>): T {
  const byLang: Obj = {}
  for (const file in modules) byLang[file.split('/')[1]!] = modules[file]

  // The value at `path` in the active language. Keys the default language lacks too are not wording (Vue's
  // and test tools' probes, optional lookups in a Record) and read through as plain property reads.
  const lookup = (path: Path): unknown => {
    const lang = activeLanguage.value
    let here = (byLang[lang] ??= testing ? registered.get(lang)?.derive(area, byLang[defaultLanguage]) : undefined)
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
