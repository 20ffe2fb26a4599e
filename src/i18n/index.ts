/**
 * The one module that knows the active language. Wording is reached through per-area accessors
 * (src/locales/<area>.ts), each a defineText() proxy that reads the active language's file at read time,
 * so templates re-render when the language changes and component code only imports the accessor.
 */
import { shallowRef } from 'vue'
import { defaultLanguage, languages, type LanguageInfo } from '@/locales'

/** Builds a language's wording for one area from the default language's (test languages only). */
export type Derive = (area: string, reference: unknown) => unknown

interface Registered {
  derive: Derive
  info: LanguageInfo
}

// Languages the test suite adds; never set by the app itself.
const registered = new Map<string, Registered>()

/** The language being shown; set from the route before each render. */
export const activeLanguage = shallowRef<string>(defaultLanguage)

/** Every language the app can show: the shipped ones, then any registered by the test suite. */
export function languageCodes(): string[] {
  return [...Object.keys(languages), ...registered.keys()]
}

/** Metadata of a shipped or registered language. */
export function languageInfo(lang: string): LanguageInfo {
  const info = languages[lang] ?? registered.get(lang)?.info
  if (!info) throw new Error(`Unknown language "${lang}"`)
  return info
}

/** The language of a path: /<lang>/… for a non-default language, the default language otherwise. */
export function langOfPath(path: string): string {
  const first = /^\/([^/?#]+)/.exec(path)?.[1]
  return first && first !== defaultLanguage && languageCodes().includes(first) ? first : defaultLanguage
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
 * suite's pseudo language: the shipped languages are folders under src/locales/.
 */
export function registerLanguage(lang: string, derive: Derive, info: Partial<LanguageInfo> = {}): void {
  registered.set(lang, { derive, info: { ...languageInfo(defaultLanguage), code: lang, htmlLang: lang, ...info } })
}

type Path = readonly (string | symbol)[]

const isRecord = (v: unknown): v is Record<string | symbol, unknown> => v !== null && typeof v === 'object'
const ownsKey = (v: unknown, key: string | symbol): boolean => isRecord(v) && Object.hasOwn(v, key)

/**
 * The wording of one area in the active language. `modules` is the area's eager import.meta.glob
 * ('./*\/<area>.ts'), keyed by './<lang>/<area>.ts'. Nested objects come back as proxies and functions as
 * wrappers, both resolved at read (call) time, so a value taken out at module load still follows the
 * language. A language or key the default language has but the active one lacks throws, naming both.
 */
export function defineText<T extends object>(area: string, modules: Record<string, unknown>): T {
  const byLang = new Map<string, unknown>()
  for (const [file, mod] of Object.entries(modules)) {
    const lang = /^\.\/([^/]+)\//.exec(file)?.[1]
    if (lang) byLang.set(lang, mod)
  }
  const derived = new Map<string, unknown>()
  const root = (lang: string): unknown => {
    if (byLang.has(lang)) return byLang.get(lang)
    const r = registered.get(lang)
    if (!r) throw new Error(`Missing wording: area "${area}" has no language "${lang}"`)
    if (!derived.has(lang)) derived.set(lang, r.derive(area, byLang.get(defaultLanguage)))
    return derived.get(lang)
  }
  const missing = (lang: string, path: Path): Error =>
    new Error(`Missing wording: area "${area}", language "${lang}", key "${path.map(String).join('.')}"`)

  // The value at `path` in the active language. Keys the default language lacks too are not wording (Vue's
  // and test tools' probes, optional lookups in a Record) and read through as plain property reads.
  const lookup = (path: Path): unknown => {
    const lang = activeLanguage.value
    let here = root(lang)
    let ref = byLang.get(defaultLanguage)
    for (const key of path) {
      if (typeof key !== 'symbol' && !ownsKey(here, key) && ownsKey(ref, key)) throw missing(lang, path)
      here = isRecord(here) || typeof here === 'function' ? Reflect.get(here as object, key) : undefined
      ref = isRecord(ref) ? ref[key] : undefined
    }
    return here
  }

  const cache = new Map<string, unknown>()
  const view = (path: Path): unknown => {
    const id = path.map(String).join('\0')
    const hit = cache.get(id)
    if (hit) return hit
    const made: Record<string | symbol, unknown> = new Proxy(
      {},
      {
        get: (_t, key) => {
          const next = [...path, key]
          const value = lookup(next)
          if (typeof key === 'symbol' || !ownsKey(lookup(path), key)) return value
          if (typeof value === 'function') return wrapper(next)
          return isRecord(value) && !Array.isArray(value) ? view(next) : value
        },
        has: (_t, key) => isRecord(lookup(path)) && key in (lookup(path) as object),
        ownKeys: () => Reflect.ownKeys(lookup(path) as object),
        getOwnPropertyDescriptor: (_t, key): PropertyDescriptor | undefined =>
          ownsKey(lookup(path), key) ? { value: made[key], enumerable: true, configurable: true, writable: false } : undefined,
      },
    )
    cache.set(id, made)
    return made
  }
  const wrappers = new Map<string, unknown>()
  const wrapper = (path: Path): unknown => {
    const id = path.map(String).join('\0')
    if (!wrappers.has(id)) wrappers.set(id, (...args: unknown[]) => (lookup(path) as (...a: unknown[]) => unknown)(...args))
    return wrappers.get(id)
  }
  return view([]) as T
}
