/**
 * Answer bodies in the browser, taken from pages.json: the prerendered pages the service worker keeps
 * anyway, so the precache holds no second copy of the bodies and the slow line carries one file fewer.
 *
 * A page is found by its path (the file's keys are route keys, src/lib/pageTemplate.ts), so an edition's
 * bodies are those of its pages: /faq/<id> for the default language, /<lang>/faq/<id> for another
 * (languagePath), in that language's file.
 */
import { pagesUrlOf, type OfflinePages } from '@/lib/pageTemplate'
import { languageOfFile } from '@/lib/languageFiles'
import { defaultLanguage, languagePath } from '@/locales'
import { languageCodes } from '@/i18n'
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

// The pages file of each language, once known: the page's own from its head, another's from that language's home page.
const pagesUrls = new Map<string, Promise<string>>()

/**
 * The offline pages file of language `lang`. Each language has its own (src/lib/languageFiles.ts) and a
 * page names only its language's: the page's own was prefetched already; another language's is named by
 * that language's home page, which the service worker composes offline too once the language is saved.
 */
function fetchNamedPages(lang: string): Promise<Response> {
  let url = pagesUrls.get(lang)
  if (!url) {
    const own = pagesUrlOf(document)
    url =
      own && languageOfFile(own, languageCodes(), defaultLanguage) === lang
        ? Promise.resolve(own)
        : fetch(languagePath('/', lang))
            .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`pages.json: home page ${res.status}`))))
            .then((html) => pagesUrlOf(new DOMParser().parseFromString(html, 'text/html')) ?? Promise.reject(new Error('pages.json: the home page names no offline pages file')))
    url.catch(() => pagesUrls.delete(lang))
    pagesUrls.set(lang, url)
  }
  return url.then((u) => fetch(u))
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
