/**
 * The search engine together with the index shipped by the build. Only ever imported dynamically (by
 * useSearch.ts), so MiniSearch and the index form one lazy chunk: the first view does not pay for them,
 * and the service worker precaches the chunk like every other script, so search works offline.
 */
import payload from 'virtual:search-index'
import { loadSearchIndex, search, type SearchResult } from '@/lib/search/engine'

/**
 * Results scoring under this share of the best one are dropped. The engine ORs every bigram, so a query
 * also brings a long tail of questions sharing one common bigram (キー, パス…); listing them would bury the
 * answer and inflate the count read out. Measured 2026-11-25 over tests/search/queries.ts: the expected
 * question always scores at least 0.51 of the top one, so 0.05 leaves a 10× margin.
 */
export const RELATIVE_CUTOFF = 0.05

/** What the UI needs from a loaded index. */
export interface LoadedSearch {
  /** best matches first, at most `limit`; [] for an empty query; never throws */
  search(query: string, limit: number): SearchResult[]
}

/** Builds the engine from the shipped index; throws if the index is corrupt. */
export function createSearch(data: unknown = payload): LoadedSearch {
  const { index, synonyms } = (data ?? {}) as { index?: unknown; synonyms?: string[][] }
  if (index === null || typeof index !== 'object') throw new Error('search index: missing')
  const engine = loadSearchIndex(index, synonyms)
  return {
    search(query, limit) {
      const results = search(engine, query, undefined, { limit })
      const floor = (results[0]?.score ?? 0) * RELATIVE_CUTOFF
      return results.filter((r) => r.score >= floor)
    },
  }
}
