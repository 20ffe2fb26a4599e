import { languageOfPath, languagePath } from '../locales/index'
import { routeKey } from './pageTemplate'

/**
 * Which other language the default language's home page offers: the one chosen on this device before, or
 * else the first of the browser's preferred languages the app has, unless the browser prefers the default
 * language at all (then none: the page is already right).
 */
export function languageToOffer(codes: readonly string[], defaultCode: string, preferred: readonly string[], chosen: string | null): string | null {
  const others = codes.filter((c) => c !== defaultCode)
  if (chosen !== null) return others.includes(chosen) ? chosen : null
  const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? ''
  if (preferred.some((tag) => base(tag) === base(defaultCode))) return null
  for (const tag of preferred) {
    const match = others.find((c) => base(c) === base(tag))
    if (match) return match
  }
  return null
}

/**
 * Where the installed app should open instead of `path`: the remembered language's home page when the app
 * was started from the home screen (standalone) on another language's home page, its start page. One
 * installed app opens in the language last chosen; a browser tab never moves by itself (the offer above).
 */
export function launchTarget(path: string, standalone: boolean, codes: readonly string[], readChoice: () => string | null): string | null {
  // Storage is read only in the installed app: a page's first storage access can wait on the browser.
  const chosen = standalone ? readChoice() : null
  if (chosen === null || !codes.includes(chosen)) return null
  const here = languageOfPath(path, codes)
  return routeKey(path) === languagePath('/', here) && here !== chosen ? languagePath('/', chosen) : null
}
