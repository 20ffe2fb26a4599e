/**
 * Answer bodies in the browser, taken from pages.json: the prerendered pages the service worker keeps
 * anyway, so the precache holds no second copy of the bodies and the slow line carries one file fewer.
 *
 * A page is found by its path (the file's keys are route keys, src/lib/pageTemplate.ts), so an edition's
 * bodies are those of its pages: /faq/<id> for the default language, /<lang>/faq/<id> for another
 * (languagePath). English bodies are found as soon as the prerenderer puts the /en pages into the file.
 */
import { pagesUrlOf, type OfflinePages } from '@/lib/pageTemplate'
import { defaultLanguage, languagePath } from '@/locales'
import { ANSWER_ID_ATTR, ANSWER_SELECTOR, type BodySource } from './bodies'

/**
 * The answer of each question whose page in `lang` holds one; pages that are missing or hold no answer
 * are skipped.
 */
export function extractBodies(pages: unknown, questionIds: readonly string[], parser: DOMParser, lang: string = defaultLanguage): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof pages !== 'object' || pages === null) return out
  const byPath = pages as Partial<OfflinePages['pages']>
  for (const id of questionIds) {
    const path = languagePath(`/faq/${id}`, lang)
    const page = Object.hasOwn(byPath, path) ? byPath[path] : undefined
    const html: unknown = page?.html
    if (typeof html !== 'string') continue
    const answer = parser.parseFromString(html, 'text/html').querySelector(ANSWER_SELECTOR)
    if (answer && answer.getAttribute(ANSWER_ID_ATTR) === id) out[id] = answer.innerHTML
  }
  return out
}

/**
 * The offline pages file the page names (see PAGES_LINK_ATTR); the page prefetched it already. One file
 * holds every language's pages; should a language get a file of its own, this is where `lang` picks it.
 */
function fetchNamedPages(_lang: string): Promise<Response> {
  const url = pagesUrlOf(document)
  return url ? fetch(url) : Promise.reject(new Error('pages.json: the page names no offline pages file'))
}

/** Bodies from the offline pages file; rejects when it cannot be had (offline and not cached, or an error status). */
export function pagesJsonBodies(questionIds: readonly string[], fetchPages: (lang: string) => Promise<Response> = fetchNamedPages): BodySource {
  return {
    async loadAll(lang) {
      const res = await fetchPages(lang)
      if (!res.ok) throw new Error(`pages.json: ${res.status}`)
      const data = (await res.json()) as Partial<OfflinePages> | null
      return extractBodies(data?.pages, questionIds, new DOMParser(), lang)
    },
  }
}
