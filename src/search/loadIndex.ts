/**
 * The search engine together with the index shipped by the build. Only ever imported dynamically (by
 * useSearch.ts), so the engine and the index form one lazy chunk: the first view does not pay for them,
 * and the service worker precaches the chunk like every other script, so search works offline. What the
 * first view already holds of each question (title, step, summary: virtual:faq) is taken from there, not
 * shipped again in the index. The caller hands those questions over (useSearch.ts, from the first view's
 * own module): imported here, they would make this chunk depend on the first one, and every import of it
 * carry a preload list.
 */
import payload from 'virtual:search-index'
import { LIST_OPTIONS, loadSearchIndex, prepareDocs, search, type SearchResult, type SharedDoc } from '@/lib/search/engine'
import { unpackReadings } from '@/lib/search/readings'
import { MIN_RELATIVE_SCORE } from '@/lib/search/relevance'
import { unpackSynonyms } from '@/lib/search/synonyms'
import { prepareWhenIdle } from './prepareWhenIdle'

/**
 * Results scoring under this share of the best one, or matching only by chance, are dropped (by the
 * engine, LIST_OPTIONS, see relevance.ts): the engine ORs every bigram, and listing the long tail would
 * bury the answer and inflate the count read out.
 */
export const RELATIVE_CUTOFF = MIN_RELATIVE_SCORE

/** What the UI needs from a loaded index. */
export interface LoadedSearch {
  /** best matches first, at most `limit`; [] for an empty query; never throws */
  search(query: string, limit: number): SearchResult[]
}

/**
 * Builds the engine from the shipped index and the questions of virtual:faq (src/content/faq.ts) it was
 * packed with; throws if the index is corrupt or does not fit them.
 */
export function createSearch(shared: readonly SharedDoc[], data: unknown = payload): LoadedSearch {
  const { index, synonyms, readings } = (data ?? {}) as { index?: unknown; synonyms?: unknown; readings?: unknown }
  if (index === null || typeof index !== 'object') throw new Error('search index: missing')
  const engine = loadSearchIndex(index, unpackSynonyms(synonyms), unpackReadings(readings), shared)
  prepareWhenIdle(prepareDocs(engine))
  return {
    search(query, limit) {
      return search(engine, query, undefined, { ...LIST_OPTIONS, limit })
    },
  }
}
