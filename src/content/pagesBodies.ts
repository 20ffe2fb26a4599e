/**
 * Answer bodies in the browser, taken from pages.json: the prerendered pages the service worker keeps
 * anyway, so the precache holds no second copy of the bodies and the slow line carries one file fewer.
 */
import { pagesUrlOf, type OfflinePages } from '@/lib/pageTemplate'
import { ANSWER_ID_ATTR, ANSWER_SELECTOR, type BodySource } from './bodies'

/** The answer of each question whose page holds one; pages that are missing or hold no answer are skipped. */
export function extractBodies(pages: unknown, questionIds: readonly string[], parser: DOMParser): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof pages !== 'object' || pages === null) return out
  const byPath = pages as Partial<OfflinePages['pages']>
  for (const id of questionIds) {
    const page = Object.hasOwn(byPath, `/faq/${id}`) ? byPath[`/faq/${id}`] : undefined
    const html: unknown = page?.html
    if (typeof html !== 'string') continue
    const answer = parser.parseFromString(html, 'text/html').querySelector(ANSWER_SELECTOR)
    if (answer && answer.getAttribute(ANSWER_ID_ATTR) === id) out[id] = answer.innerHTML
  }
  return out
}

/** The offline pages file the page names (see PAGES_LINK_ATTR); the page prefetched it already. */
function fetchNamedPages(): Promise<Response> {
  const url = pagesUrlOf(document)
  return url ? fetch(url) : Promise.reject(new Error('pages.json: the page names no offline pages file'))
}

/** Bodies from the offline pages file; rejects when it cannot be had (offline and not cached, or an error status). */
export function pagesJsonBodies(questionIds: readonly string[], fetchPages: () => Promise<Response> = fetchNamedPages): BodySource {
  return {
    async loadAll() {
      const res = await fetchPages()
      if (!res.ok) throw new Error(`pages.json: ${res.status}`)
      const data = (await res.json()) as Partial<OfflinePages> | null
      return extractBodies(data?.pages, questionIds, new DOMParser())
    },
  }
}
