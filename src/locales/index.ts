/**
 * The language index: the shipped languages and their metadata. With the accessors' globs, this is the only
 * module that names a language. Adding one is a folder src/locales/<lang>/ (one file per area, each checked
 * against the area's type below) and one entry here.
 */

/** What the page, the manifest and the router need to know about one language. */
export interface LanguageInfo {
  /** the folder name under src/locales/ and, for a non-default language, the path prefix */
  code: string
  /** the HTML lang attribute (BCP 47) */
  htmlLang: string
  dir: 'ltr' | 'rtl'
  /** where the installed app opens */
  startUrl: string
  /** the language's name in itself, for the language switch ("English", "日本語") */
  nativeName: string
  /**
   * In this language, an invitation to read the app in it, shown on the default language's home page to a
   * browser that prefers this language (issue: offer, never redirect)
   */
  offer: string
}

/** The language of every path without a language prefix. */
export const defaultLanguage = 'ja'

/**
 * The language of a path, among `codes`: its first segment when that is one of them (and not the default
 * language, which has no prefix), the default language otherwise. The rule itself, with no Vue: the router
 * and the prerenderer (src/i18n, over every language they know) and the service worker (over the languages
 * it has wording for) both call it.
 */
export function languageOfPath(path: string, codes: readonly string[]): string {
  const first = /^\/([^/?#]+)/.exec(path)?.[1]
  return first && first !== defaultLanguage && codes.includes(first) ? first : defaultLanguage
}

/**
 * The path of a page in `lang`: unchanged for the default language, under /<lang> for another (the home
 * page is /<lang>). The inverse of languageOfPath; also the key of a page in the offline pages file.
 */
export function languagePath(path: string, lang: string): string {
  return lang === defaultLanguage ? path : `/${lang}${path === '/' ? '' : path}`
}

/**
 * The same page in language `to`, from a path in any of `codes`: its language prefix taken off, then
 * languagePath. Query and hash are kept: /faq/x#anchor → /en/faq/x#anchor, /en?q=a → /?q=a.
 */
export function pathInLanguage(path: string, to: string, codes: readonly string[]): string {
  const from = languageOfPath(path, codes)
  const bare = from === defaultLanguage ? path : path.slice(from.length + 1)
  const cut = bare.search(/[?#]/)
  const pathname = (cut < 0 ? bare : bare.slice(0, cut)) || '/'
  return languagePath(pathname.startsWith('/') ? pathname : `/${pathname}`, to) + (cut < 0 ? '' : bare.slice(cut))
}

/**
 * The addresses of one page in every shipped language, for <link rel="alternate" hreflang> (the default
 * language's also as x-default); none for the not-found page or while there is one language. Paths, not
 * URLs: the build does not know the host it will be deployed on.
 */
export function alternatesOf(path: string): [hreflang: string, href: string][] {
  const codes = Object.keys(languages)
  const bare = pathInLanguage(path, defaultLanguage, codes)
  if (codes.length < 2 || bare === '/404') return []
  return [...codes.map((code): [string, string] => [languages[code]!.htmlLang, pathInLanguage(path, code, codes)]), ['x-default', bare]]
}

/** The shipped languages, by code. */
export const languages: Readonly<Record<string, LanguageInfo>> = {
  ja: {
    code: 'ja',
    htmlLang: 'ja',
    dir: 'ltr',
    startUrl: '/',
    nativeName: '日本語',
    offer: 'このアプリは日本語で読めます',
  },
  en: {
    code: 'en',
    htmlLang: 'en',
    dir: 'ltr',
    startUrl: '/en',
    nativeName: 'English',
    offer: 'Use this app in English',
  },
}

/**
 * The wording types, one per area: the reference (Japanese) file's wording with literals widened, so every
 * other language's file is checked against them (`satisfies`). An area with one export is typed by that
 * export; the three with several (checkers, inquiry, keycheck) by the whole module.
 */
export type Wording<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => Wording<R>
  : T extends string
    ? string
    : T extends number
      ? number
      : T extends readonly (infer E)[]
        ? readonly Wording<E>[]
        : T extends object
          ? { readonly [K in keyof T]: Wording<T[K]> }
          : T

export type AppText = Wording<typeof import('./ja/app.ts').appText>
export type CheckersArea = Wording<typeof import('./ja/checkers.ts')>
export type CompanionText = Wording<typeof import('./ja/companion.ts').companionText>
export type ContentText = Wording<typeof import('./ja/content.ts').contentText>
export type InquiryArea = Wording<typeof import('./ja/inquiry.ts')>
export type KeycheckArea = Wording<typeof import('./ja/keycheck.ts')>
export type NetworkText = Wording<typeof import('./ja/network.ts').networkText>
export type PageTitles = Wording<typeof import('./ja/pages.ts').pageTitles>
export type PracticeText = Wording<typeof import('./ja/practice.ts').practiceText>
export type SearchText = Wording<typeof import('./ja/search.ts').searchText>
export type SearchPageText = Wording<typeof import('./ja/searchPage.ts').searchPageText>
export type TimersText = Wording<typeof import('./ja/timers.ts').timersText>
export type ToolText = Wording<typeof import('./ja/tools.ts').toolText>
export type WorkerText = Wording<typeof import('./ja/worker.ts').workerText>
