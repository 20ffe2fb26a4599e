/**
 * Which language a precached file belongs to. The offline copy is saved per language: the files every
 * language needs (the first view, the tools, the worker's follower) and the files of the languages being
 * used (the language's offline pages file, its search chunk and its edition and wording chunk). An English reader's phone does not download the Japanese pages, and the other way round,
 * until a page in that language is opened (src/sw.ts). Pure: shared by the build, the worker and tests.
 */

/** The search chunk of a language (src/search/loadIndex.ts for the default language, loadIndexEn.ts for English…). */
export function searchChunk(lang: string, defaultLang: string): string {
  return lang === defaultLang ? 'loadIndex' : `loadIndex${lang.charAt(0).toUpperCase()}${lang.slice(1)}`
}

/**
 * The chunk of a language's FAQ edition and its lazily loaded wording (build/chunk-groups.ts): every
 * language has one (the default language's holds its edition and the first view's wording).
 */
export const localeChunk = (lang: string): string => `locale-${lang}`

/**
 * The offline pages file of a language, as the build names it: assets/pages-<hash>.json for the default
 * language, assets/pages.<lang>-<hash>.json for another.
 */
export function pagesFileName(lang: string, defaultLang: string, hash: string): string {
  return lang === defaultLang ? `/assets/pages-${hash}.json` : `/assets/pages.${lang}-${hash}.json`
}

/**
 * An offline pages file, of any language, as the precache list names it; group 1 is the language code (none
 * for the default language).
 */
export const PAGES_FILE = /(?:^|\/)assets\/pages(?:\.([a-z]{2,3}))?-[\w-]+\.json$/

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The language a file belongs to, among `codes`, or null for a file every language needs. A path in the
 * precache list: `assets/…` or `/assets/…`.
 */
export function languageOfFile(url: string, codes: readonly string[], defaultLang: string): string | null {
  const pages = PAGES_FILE.exec(url)
  if (pages) return pages[1] && codes.includes(pages[1]) ? pages[1] : pages[1] ? null : defaultLang
  for (const lang of codes) {
    const names = [searchChunk(lang, defaultLang), localeChunk(lang)]
    if (names.some((name) => new RegExp(`(?:^|/)assets/${escape(name)}-[\\w-]+\\.js$`).test(url))) return lang
  }
  return null
}
