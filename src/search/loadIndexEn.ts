/**
 * The English edition's search: the engine with English word forms (src/lib/search/englishSearch.ts) and
 * the index the build made from faq/en/ (virtual:search-index/en), the sibling of loadIndex.ts with the
 * same API. Only ever imported dynamically, by English pages, so it is a lazy chunk of its own (named
 * after this module, loadIndexEn): Japanese pages never load it, and the Japanese search chunk carries
 * none of it. As in loadIndex.ts, the caller hands over the questions the index was packed with: those of
 * virtual:faq/en (their title, step and summary are not shipped twice).
 *
 *   const { createSearch } = await import('@/search/loadIndexEn')
 *   const search = createSearch(questions) // questions from 'virtual:faq/en'
 *   search.search('verfication code expired', 10) // → SearchResult[], best first
 *
 * Results carry question ids and anchors like the Japanese ones; English pages link them under /en.
 */
import payload from 'virtual:search-index/en'
import { LIST_OPTIONS, prepareDocs, type SharedDoc } from '@/lib/search/engine'
import { loadEnglishIndex, searchEnglish } from '@/lib/search/englishSearch'
import { unpackReadings } from '@/lib/search/readings'
import { unpackSynonyms } from '@/lib/search/synonyms'
import type { LoadedSearch } from './loadIndex'
import { prepareWhenIdle } from './prepareWhenIdle'

export type { LoadedSearch }

/**
 * Builds the English engine from the shipped index and the questions of virtual:faq/en it was packed with;
 * throws if the index is missing, corrupt, not the English one or does not fit them.
 */
export function createSearch(shared: readonly SharedDoc[], data: unknown = payload): LoadedSearch {
  const { index, synonyms, readings, words } = (data ?? {}) as { index?: unknown; synonyms?: unknown; readings?: unknown; words?: unknown }
  if (index === null || typeof index !== 'object') throw new Error('search index: missing')
  if (words !== 'en') throw new Error('search index: not the English index')
  const english = loadEnglishIndex(index, unpackSynonyms(synonyms), unpackReadings(readings), shared)
  prepareWhenIdle(prepareDocs(english.engine))
  return {
    search(query, limit) {
      return searchEnglish(english, query, { ...LIST_OPTIONS, limit })
    },
  }
}
