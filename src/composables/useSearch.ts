/**
 * Vue glue around the FAQ search. The engine and the index load lazily, on first use (focus or typing),
 * from one chunk (searchIndex.ts); this module stays in the main bundle and imports engine types only.
 */
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { questions } from '@/content/faq'
import { defaultLanguage } from '@/locales'
import { localePath } from '@/i18n'
import type { SearchResult } from '@/lib/search/engine'
import type { LoadedSearch } from '@/search/loadIndex'

export type { SearchResult }

/** idle: not asked for yet; loading; ready; failed (e.g. offline before the service worker cached it). */
export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed'

/** Delay after the last keystroke before searching: quick enough to feel instant, skips bursts of typing. */
export const SEARCH_DEBOUNCE_MS = 80
/** Delay before the result count is announced, so screen readers hear the settled count, not every keystroke. */
export const ANNOUNCE_DELAY_MS = 600

export type SearchLoader = () => Promise<LoadedSearch>

// The index leaves out what the first view has of each question (title, step, summary): it gets them here,
// from the edition it was built from (the Japanese one: there is no index of another edition yet).
const defaultLoader: SearchLoader = () => import('@/search/loadIndex').then((m) => m.createSearch(questions(defaultLanguage)))

let loader: SearchLoader = defaultLoader
let pending: Promise<LoadedSearch> | null = null
let loaded: LoadedSearch | null = null

/** Loads the engine once for the whole app; after a failure the next call tries again. */
export function loadSearch(): Promise<LoadedSearch> {
  if (loaded) return Promise.resolve(loaded)
  pending ??= loader().then(
    (s) => (loaded = s),
    (e: unknown) => {
      pending = null
      throw e
    },
  )
  return pending
}

/** Tests only: replace the loader (undefined restores the real one) and forget what was loaded. */
export function setSearchLoader(next?: SearchLoader): void {
  loader = next ?? defaultLoader
  pending = null
  loaded = null
}

/** Where a result leads: the question in the active language, scrolled to the on-screen message the query matched. */
export function resultPath(result: Pick<SearchResult, 'id' | 'anchor'>): string {
  return localePath(`/faq/${encodeURIComponent(result.id)}${result.anchor ? `#${encodeURIComponent(result.anchor)}` : ''}`)
}

export interface UseSearchOptions {
  /** the text to search for */
  query: Readonly<Ref<string>>
  /** at most this many results (default 10) */
  limit?: number
  /** wait this long after the query changes (default SEARCH_DEBOUNCE_MS; 0 searches at once) */
  debounceMs?: number
}

export interface UseSearchReturn {
  status: Ref<SearchStatus>
  results: ShallowRef<SearchResult[]>
  /** the query `results` belong to (trimmed); lags `query` by the debounce */
  searched: Ref<string>
  /** start loading (on focus, or on mount of the results page); resolves false if it failed */
  ensureLoaded: () => Promise<boolean>
  /** search the current query now (loading the index first if needed) */
  refresh: () => Promise<void>
}

/**
 * Searches `query` as it changes. Nothing loads until ensureLoaded() is called or the query becomes
 * non-empty, so server rendering never touches the index.
 */
export function useSearch(options: UseSearchOptions): UseSearchReturn {
  const { query, limit = 10, debounceMs = SEARCH_DEBOUNCE_MS } = options
  const status = ref<SearchStatus>(loaded ? 'ready' : 'idle')
  const results = shallowRef<SearchResult[]>([])
  const searched = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false

  async function ensureLoaded(): Promise<boolean> {
    if (loaded) {
      status.value = 'ready'
      return true
    }
    status.value = 'loading'
    try {
      await loadSearch()
      if (!disposed) status.value = 'ready'
      return true
    } catch (e) {
      if (!disposed) status.value = 'failed'
      console.warn('search: the index could not be loaded', e)
      return false
    }
  }

  async function run(): Promise<void> {
    const q = query.value.trim()
    if (q === '') {
      results.value = []
      searched.value = ''
      return
    }
    if (!loaded && !(await ensureLoaded())) return
    // The query may have moved on while the index loaded: search what is typed now.
    const now = query.value.trim()
    if (disposed || !loaded) return
    results.value = now === '' ? [] : loaded.search(now, limit)
    searched.value = now
  }

  function schedule(): void {
    clearTimeout(timer)
    if (debounceMs <= 0 || query.value.trim() === '') void run()
    else timer = setTimeout(() => void run(), debounceMs)
  }

  watch(query, schedule)
  onScopeDispose(() => {
    disposed = true
    clearTimeout(timer)
  })

  return { status, results, searched, ensureLoaded, refresh: run }
}
