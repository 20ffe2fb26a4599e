/**
 * Vue glue around the FAQ search. The engine and the index load lazily, on first use (focus or typing),
 * from one chunk per language with a search of its own (src/search/loadIndex.ts, loadIndexEn.ts); this
 * module stays in the main bundle and imports engine types only. Each search runs in the active language:
 * an English page searches the English edition (its own chunk: a Japanese page never loads it) and links
 * its results under /en.
 */
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { editionLanguage, questions } from '@/content/faq'
import { defaultLanguage } from '@/locales'
import { activeLanguage, languageCodes, localePath } from '@/i18n'
import { searchChunk } from '@/lib/languageFiles'
import type { SearchResult, SharedDoc } from '@/lib/search/engine'
import type { LoadedSearch } from '@/search/loadIndex'

export type { SearchResult }

/** idle: not asked for yet; loading; ready; failed (e.g. offline before the service worker cached it). */
export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed'

/** Delay after the last keystroke before searching: quick enough to feel instant, skips bursts of typing. */
export const SEARCH_DEBOUNCE_MS = 80
/** Delay before the result count is announced, so screen readers hear the settled count, not every keystroke. */
export const ANNOUNCE_DELAY_MS = 600

/** Loads the search of one language (the language whose edition it searches). */
export type SearchLoader = (lang: string) => Promise<LoadedSearch>

// The editions with a search of their own: one lazy chunk each (src/search/loadIndex.ts for the default
// language, loadIndexEn.ts for English…, named by searchChunk, the rule the service worker reads too), given
// the questions its index was packed with (the index leaves out what the first view, or the language's
// chunk, has of each question: title, step, summary). Only createSearch is imported, so the chunk keeps no
// other export. A language without a search of its own shows the default language's edition (src/content/
// faq.ts, editionLanguage) and searches that.
const modules = import.meta.glob<(shared: readonly SharedDoc[]) => LoadedSearch>(['../search/loadIndex*.ts', '!../search/*.test.ts'], {
  import: 'createSearch',
})
const searches: Readonly<Record<string, (shared: readonly SharedDoc[]) => Promise<LoadedSearch>>> = Object.fromEntries(
  languageCodes().flatMap((lang) => {
    const load = modules[`../search/${searchChunk(lang, defaultLanguage)}.ts`]
    return load ? [[lang, async (shared: readonly SharedDoc[]) => (await load())(shared)]] : []
  }),
)

/** The language whose search a page in `lang` uses. */
export function searchLanguage(lang: string): string {
  const edition = editionLanguage(lang)
  return Object.hasOwn(searches, edition) ? edition : defaultLanguage
}

const defaultLoader: SearchLoader = (lang) => searches[lang]!(questions(lang))

let loader: SearchLoader = defaultLoader
const pending = new Map<string, Promise<LoadedSearch>>()
// Reactive through `version`: a view asks again when a language's search arrives.
const loaded = new Map<string, LoadedSearch>()

/** The loaded search of the active language, if it is loaded. */
function loadedNow(): LoadedSearch | undefined {
  return loaded.get(searchLanguage(activeLanguage.value))
}

/** Loads the active language's search (or `lang`'s) once for the whole app; after a failure the next call tries again. */
export function loadSearch(lang: string = activeLanguage.value): Promise<LoadedSearch> {
  const key = searchLanguage(lang)
  const done = loaded.get(key)
  if (done) return Promise.resolve(done)
  let p = pending.get(key)
  if (!p) {
    p = loader(key).then(
      (s) => {
        loaded.set(key, s)
        return s
      },
      (e: unknown) => {
        pending.delete(key)
        throw e
      },
    )
    pending.set(key, p)
  }
  return p
}

/** Tests only: replace the loader (undefined restores the real one) and forget what was loaded. */
export function setSearchLoader(next?: SearchLoader): void {
  loader = next ?? defaultLoader
  pending.clear()
  loaded.clear()
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
  const status = ref<SearchStatus>(loadedNow() ? 'ready' : 'idle')
  const results = shallowRef<SearchResult[]>([])
  const searched = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false

  async function ensureLoaded(): Promise<boolean> {
    if (loadedNow()) {
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
    if (!loadedNow() && !(await ensureLoaded())) return
    // The query (or the language) may have moved on while the index loaded: search what is typed now, in
    // the language shown now (its index loads first if it changed meanwhile).
    const now = query.value.trim()
    const search = loadedNow()
    if (disposed) return
    if (!search) return run()
    results.value = now === '' ? [] : search.search(now, limit)
    searched.value = now
  }

  function schedule(): void {
    clearTimeout(timer)
    if (debounceMs <= 0 || query.value.trim() === '') void run()
    else timer = setTimeout(() => void run(), debounceMs)
  }

  watch(query, schedule)
  // Another language (a move to the same page in English, with the search box staying): its own results,
  // from its own index, at once.
  watch(activeLanguage, () => {
    status.value = loadedNow() ? 'ready' : 'idle'
    results.value = []
    searched.value = ''
    if (query.value.trim() !== '') void run()
  })
  onScopeDispose(() => {
    disposed = true
    clearTimeout(timer)
  })

  return { status, results, searched, ensureLoaded, refresh: run }
}
