/**
 * The language index: the shipped languages and their metadata. With the accessors' globs, this is the only
 * module that names a language. Adding one is a folder src/locales/<lang>/ (one file per area, each checked
 * against the area's type below) and one entry here.
 */
import { appText as jaApp } from './ja/app.ts'

/** What the page, the manifest and the router need to know about one language. */
export interface LanguageInfo {
  /** the folder name under src/locales/ and, for a non-default language, the path prefix */
  code: string
  /** the HTML lang attribute (BCP 47) */
  htmlLang: string
  dir: 'ltr' | 'rtl'
  /** the web app manifest's name, short_name and description */
  manifest: { name: string; shortName: string; description: string }
  /** where the installed app opens */
  startUrl: string
}

/** The language of every path without a language prefix. */
export const defaultLanguage = 'ja'

/** The shipped languages, by code. */
export const languages: Readonly<Record<string, LanguageInfo>> = {
  ja: {
    code: 'ja',
    htmlLang: 'ja',
    dir: 'ltr',
    manifest: {
      name: `${jaApp.siteName}（大阪公立大学 利用開始手続き・${jaApp.unofficial}）`,
      shortName: jaApp.siteNameShort,
      description: jaApp.homeLead,
    },
    startUrl: '/',
  },
}

/**
 * The wording types, one per area: the reference (Japanese) file's exports with literals widened, so every
 * other language's file is checked against them (`satisfies`).
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

export type AppArea = Wording<typeof import('./ja/app.ts')>
export type CheckersArea = Wording<typeof import('./ja/checkers.ts')>
export type ContentArea = Wording<typeof import('./ja/content.ts')>
export type InquiryArea = Wording<typeof import('./ja/inquiry.ts')>
export type KeycheckArea = Wording<typeof import('./ja/keycheck.ts')>
export type NetworkArea = Wording<typeof import('./ja/network.ts')>
export type PagesArea = Wording<typeof import('./ja/pages.ts')>
export type PracticeArea = Wording<typeof import('./ja/practice.ts')>
export type SearchArea = Wording<typeof import('./ja/search.ts')>
export type SearchPageArea = Wording<typeof import('./ja/searchPage.ts')>
export type TimersArea = Wording<typeof import('./ja/timers.ts')>
export type ToolsArea = Wording<typeof import('./ja/tools.ts')>
