/**
 * Checks the offline pages file before the service worker keeps it. A file cut short or garbled on the
 * way (a proxy, a flaky line) would otherwise be stored under the right name and break every offline page
 * until the next version. Pure: shared by the worker and its tests.
 */
import { APP_PLACEHOLDER, type OfflinePages, type PageParts } from './pageTemplate'
import { defaultLanguage, languagePath } from '../locales/index'

/** The prerendered not-found page, which the worker sends for any path it has no page for. */
export const NOT_FOUND_ROUTE = '/404'

/**
 * The routes every offline copy must be able to show: home, and the not-found page for any other path (in
 * the file of language `lang`, under its prefix: /en, /en/404).
 */
export function requiredRoutes(lang: string = defaultLanguage): string[] {
  return ['/', NOT_FOUND_ROUTE].map((path) => languagePath(path, lang))
}

function isPage(value: unknown): value is PageParts {
  if (typeof value !== 'object' || value === null) return false
  const page = value as Record<string, unknown>
  return typeof page.html === 'string' && typeof page.title === 'string' && typeof page.description === 'string'
}

/** The parsed file of language `lang`; throws an Error saying what is wrong with it. */
export function parseOfflinePages(text: string, lang: string = defaultLanguage): OfflinePages {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new Error(`offline pages: not JSON (${text.length} characters)`)
  }
  if (typeof data !== 'object' || data === null) throw new Error('offline pages: not an object')
  const { template, pages, frames = [] } = data as Record<string, unknown>
  if (typeof template !== 'string' || !template.includes(APP_PLACEHOLDER)) throw new Error('offline pages: no page template')
  if (typeof pages !== 'object' || pages === null) throw new Error('offline pages: no pages')
  if (!Array.isArray(frames) || !frames.every((f) => Array.isArray(f) && f.length === 2 && f.every((part) => typeof part === 'string'))) {
    throw new Error('offline pages: the page frames are damaged')
  }
  const whole = (page: unknown): page is PageParts =>
    isPage(page) && (page.frame === undefined || (Number.isInteger(page.frame) && page.frame >= 0 && page.frame < frames.length))
  for (const route of requiredRoutes(lang)) {
    if (!whole((pages as Record<string, unknown>)[route])) throw new Error(`offline pages: no page for ${route}`)
  }
  const bad = Object.entries(pages).find(([, page]) => !whole(page))
  if (bad) throw new Error(`offline pages: ${bad[0]} is damaged`)
  return { template, pages: pages as Record<string, PageParts>, frames: frames as [string, string][] }
}
