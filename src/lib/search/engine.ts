/**
 * FAQ search: MiniSearch with a Japanese-aware tokenizer, built at build time (Node) and queried in the
 * browser, offline. Pure: no Vue, no DOM, no storage.
 *
 * Design
 * - Text is normalised (normalize.ts) and cut into character bigrams for kana/kanji and whole words for
 *   Latin/digits (tokenize.ts), identically for FAQ text and queries. Partial messages and small typos
 *   still share most bigrams with the real text.
 * - Fields and weights: messages (the exact on-screen strings) 4, title 3, keywords 2, summary 1.5,
 *   body 1, so a question whose on-screen message or title matches ranks above one that merely mentions
 *   a word. On top of MiniSearch's BM25 score, a result is scaled by how much of the query one of its
 *   messages or its title covers (COVERAGE_BONUS), which puts the question that shows a typed message
 *   first even when other questions quote parts of it.
 * - Synonyms (faq/synonyms.yaml) expand the query, not the index, at a lower weight (SYNONYM_WEIGHT).
 * - Latin words are also matched by prefix (as-you-type) and, from 4 letters, with one or two typos.
 * - Only what a result needs is stored: title, step, summary, messages (text + anchor) and a short
 *   plain-text body excerpt for snippets.
 * - Queries are capped at MAX_QUERY_LENGTH characters; search() never throws (worst case: []).
 *
 * Measured (25 questions of faq/, 80 queries of tests/search/queries.ts, Node 20, this machine):
 * - accuracy: see MEASURED below (also printed by tests/unit/search.test.ts)
 * - tokenizer: bigrams vs Intl.Segmenter('ja', { granularity: 'word' }) — see MEASURED
 * - index size, median query time — see MEASURED
 */
import MiniSearch, { type Options, type SearchResult as MiniSearchResult } from 'minisearch'
import { normalizeWithMap } from './normalize'
import { compileSynonyms, expandSynonyms, type CompiledSynonyms, type SynonymGroups } from './synonyms'
import { isJapaneseTerm, tokenize, tokenizeNormalized } from './tokenize'

/** One question as the index sees it (see faqDocs.ts for how FAQ files become this). */
export interface SearchDoc {
  id: string
  step: string
  title: string
  summary: string
  /** exact on-screen messages; `anchor` is the section of the answer that explains it */
  messages: { text: string; anchor?: string }[]
  keywords: string[]
  /** plain text (Markdown already stripped) */
  body: string
}

/** [start, end) in UTF-16 code units of the text it belongs to. */
export type MatchRange = [number, number]

export interface SearchSnippet {
  /** where the snippet comes from */
  field: 'message' | 'summary' | 'body'
  /** short text to show; may start or end with "…" */
  text: string
  /** matched parts of `text`, for highlighting; sorted, non-overlapping */
  ranges: MatchRange[]
}

export interface SearchResult {
  id: string
  /** the section of the answer explaining the on-screen message the query matched, if any */
  anchor?: string
  title: string
  step: string
  score: number
  /** matched parts of `title` */
  titleRanges: MatchRange[]
  snippet: SearchSnippet
}

/** A loaded index plus the synonym groups it expands queries with. */
export interface SearchEngine {
  readonly mini: MiniSearch<IndexedDoc>
  readonly synonyms: CompiledSynonyms
  /** per document id: token sets of each message and of the title (computed once at load time) */
  readonly docTokens: ReadonlyMap<string, DocTokens>
}

export interface SearchOptions {
  /** at most this many results (default 10) */
  limit?: number
}

/** Only the first MAX_QUERY_LENGTH characters of a query are used. */
export const MAX_QUERY_LENGTH = 200
/** Field weights (MiniSearch boost). */
export const FIELD_BOOST = { messages: 4, title: 3, keywords: 2, summary: 1.5, body: 1 } as const
/** Weight of a term that only comes from a synonym, relative to a typed term. */
export const SYNONYM_WEIGHT = 0.5
/** Score multiplier for a result whose message or title covers the whole query: × (1 + bonus · coverage²). */
export const COVERAGE_BONUS = 1.5
/** Length of the body excerpt kept in the index for snippets (characters). */
export const BODY_EXCERPT_LENGTH = 120
/** Longest snippet (code units, without the "…" marks). */
export const SNIPPET_LENGTH = 80

const FIELDS = ['title', 'messages', 'keywords', 'summary', 'body'] as const
const STORE_FIELDS = ['title', 'step', 'summary', 'm', 'x'] as const

/** Stored message: t = text, a = anchor (short keys keep the index small). */
interface StoredMessage {
  t: string
  a?: string
}

/** What is handed to MiniSearch: indexed fields as strings, plus the stored-only fields. */
interface IndexedDoc {
  id: string
  title: string
  step: string
  summary: string
  messages: string
  keywords: string
  body: string
  m: StoredMessage[]
  x: string
}

interface DocTokens {
  title: Set<string>
  messages: { anchor?: string; tokens: Set<string> }[]
}

type StoredFields = Pick<IndexedDoc, 'title' | 'step' | 'summary' | 'm' | 'x'>

const MINI_OPTIONS: Options<IndexedDoc> = {
  fields: [...FIELDS],
  storeFields: [...STORE_FIELDS],
  tokenize: (text: string) => tokenize(text),
  // tokens are already normalised; MiniSearch's default would lower-case again (harmless but wasted)
  processTerm: (term: string) => term,
}

function excerpt(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : chars.slice(0, max).join('') + '…'
}

function toIndexedDoc(doc: SearchDoc): IndexedDoc {
  const messages = Array.isArray(doc.messages) ? doc.messages : []
  return {
    id: String(doc.id),
    title: String(doc.title ?? ''),
    step: String(doc.step ?? ''),
    summary: String(doc.summary ?? ''),
    messages: messages.map((m) => m.text).join('\n'),
    keywords: (Array.isArray(doc.keywords) ? doc.keywords : []).join('\n'),
    body: String(doc.body ?? ''),
    m: messages.map((m) => (m.anchor ? { t: m.text, a: m.anchor } : { t: m.text })),
    x: excerpt(String(doc.body ?? '').replace(/\s+/g, ' ').trim(), BODY_EXCERPT_LENGTH),
  }
}

/** Build the index at build time; returns MiniSearch's JSON (ship it as a static file). */
export function buildSearchIndex(docs: readonly SearchDoc[]): string {
  const mini = new MiniSearch<IndexedDoc>(MINI_OPTIONS)
  mini.addAll(docs.map(toIndexedDoc))
  return JSON.stringify(mini)
}

function docTokensOf(stored: StoredFields): DocTokens {
  return {
    title: new Set(tokenize(stored.title ?? '')),
    messages: (stored.m ?? []).map((m) => ({ anchor: m.a, tokens: new Set(tokenize(m.t)) })),
  }
}

/**
 * Load an index produced by buildSearchIndex (as the JSON string or the parsed object) with the synonym
 * groups from faq/synonyms.yaml. Throws only if the index itself is not valid MiniSearch JSON.
 */
export function loadSearchIndex(
  json: string | object,
  synonyms?: SynonymGroups | CompiledSynonyms | null,
): SearchEngine {
  const mini =
    typeof json === 'string'
      ? MiniSearch.loadJSON<IndexedDoc>(json, MINI_OPTIONS)
      : MiniSearch.loadJS<IndexedDoc>(json as Parameters<typeof MiniSearch.loadJS>[0], MINI_OPTIONS)
  const docTokens = new Map<string, DocTokens>()
  const raw = (typeof json === 'string' ? JSON.parse(json) : json) as {
    documentIds: Record<string, string>
    storedFields: Record<string, StoredFields>
  }
  for (const [shortId, id] of Object.entries(raw.documentIds)) {
    const stored = raw.storedFields[shortId]
    if (stored) docTokens.set(id, docTokensOf(stored))
  }
  return { mini, synonyms: compileSynonyms(synonyms), docTokens }
}

/** First `max` code points of `s` (never splits a surrogate pair). */
function capLength(s: string, max: number): string {
  if (s.length <= max) return s
  return Array.from(s.slice(0, max * 2)).slice(0, max).join('')
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ' ' && !isJapaneseTerm(ch)
}

/** Where do `terms` occur in `text`? Ranges in `text`'s own code units, merged. */
export function findMatchRanges(text: string, terms: Iterable<string>): MatchRange[] {
  const { text: norm, starts, ends } = normalizeWithMap(text)
  if (norm === '') return []
  const raw: MatchRange[] = []
  for (const term of terms) {
    if (term === '') continue
    const ja = isJapaneseTerm(term)
    let from = 0
    for (;;) {
      const at = norm.indexOf(term, from)
      if (at < 0) break
      const end = at + term.length
      from = at + 1
      // Latin words must be whole words at their start (the end may be a prefix match of a longer word).
      if (!ja && isWordChar(norm[at - 1])) continue
      raw.push([starts[at] as number, ends[end - 1] as number])
    }
  }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: MatchRange[] = []
  for (const r of raw) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** Cut `text` to about SNIPPET_LENGTH around its first match, shifting the ranges with it. */
function window(text: string, ranges: MatchRange[]): { text: string; ranges: MatchRange[] } {
  const oneLine = text.replace(/\s/g, ' ') // 1:1, so range offsets stay valid
  if (oneLine.length <= SNIPPET_LENGTH) return { text: oneLine, ranges }
  const first = ranges[0]
  let start = first ? Math.max(0, first[0] - 16) : 0
  let end = Math.min(oneLine.length, start + SNIPPET_LENGTH)
  if (end === oneLine.length) start = Math.max(0, end - SNIPPET_LENGTH)
  if (start > 0 && isLowSurrogate(oneLine.charCodeAt(start))) start++
  if (end < oneLine.length && isLowSurrogate(oneLine.charCodeAt(end))) end--
  const prefix = start > 0 ? '…' : ''
  const suffix = end < oneLine.length ? '…' : ''
  const shift = prefix.length - start
  const shifted: MatchRange[] = []
  for (const [s, e] of ranges) {
    const cs = Math.max(s, start)
    const ce = Math.min(e, end)
    if (cs < ce) shifted.push([cs + shift, ce + shift])
  }
  return { text: prefix + oneLine.slice(start, end) + suffix, ranges: shifted }
}

function makeSnippet(stored: StoredFields, terms: string[]): SearchSnippet {
  const candidates: { field: SearchSnippet['field']; text: string; weight: number }[] = [
    ...(stored.m ?? []).map((m) => ({ field: 'message' as const, text: m.t, weight: 1.2 })),
    { field: 'summary', text: stored.summary ?? '', weight: 1 },
    { field: 'body', text: stored.x ?? '', weight: 0.9 },
  ]
  let best: { field: SearchSnippet['field']; text: string; ranges: MatchRange[] } | undefined
  let bestScore = 0
  for (const c of candidates) {
    if (c.text === '') continue
    const ranges = findMatchRanges(c.text, terms)
    const covered = ranges.reduce((n, [s, e]) => n + (e - s), 0)
    const score = covered * c.weight
    if (score > bestScore) {
      bestScore = score
      best = { field: c.field, text: c.text, ranges }
    }
  }
  if (!best) {
    const w = window(stored.summary ?? '', [])
    return { field: 'summary', text: w.text, ranges: [] }
  }
  const w = window(best.text, best.ranges)
  return { field: best.field, text: w.text, ranges: w.ranges }
}

/** The anchor of the message the query clearly matched: most query tokens, at least half of them, no tie. */
function pickAnchor(tokens: DocTokens | undefined, queryTokens: string[]): string | undefined {
  if (!tokens || queryTokens.length === 0) return undefined
  const perAnchor = new Map<string | undefined, number>()
  for (const m of tokens.messages) {
    let n = 0
    for (const t of queryTokens) if (m.tokens.has(t)) n++
    perAnchor.set(m.anchor, Math.max(perAnchor.get(m.anchor) ?? 0, n))
  }
  const need = Math.max(Math.min(2, queryTokens.length), Math.ceil(queryTokens.length / 2))
  let best: string | undefined
  let bestN = 0
  let tie = false
  for (const [anchor, n] of perAnchor) {
    if (n > bestN) {
      best = anchor
      bestN = n
      tie = false
    } else if (n === bestN && n > 0) {
      tie = true
    }
  }
  if (bestN < need || tie) return undefined
  return best
}

/** Share of the query's tokens found in one message or the title (the best of them). */
function coverage(tokens: DocTokens | undefined, queryTokens: string[]): number {
  if (!tokens || queryTokens.length === 0) return 0
  let best = 0
  for (const set of [tokens.title, ...tokens.messages.map((m) => m.tokens)]) {
    let n = 0
    for (const t of queryTokens) if (set.has(t)) n++
    best = Math.max(best, n / queryTokens.length)
  }
  return best
}

const compiledCache = new WeakMap<object, CompiledSynonyms>()

function resolveSynonyms(engine: SearchEngine, synonyms: SynonymGroups | CompiledSynonyms | null | undefined): CompiledSynonyms {
  if (synonyms == null) return engine.synonyms
  let c = compiledCache.get(synonyms)
  if (!c) {
    c = compileSynonyms(synonyms)
    compiledCache.set(synonyms, c)
  }
  return c
}

/**
 * Search the FAQ. Returns the best matches first (at most `options.limit`, default 10); [] for an empty
 * or punctuation-only query. Never throws. `synonyms` overrides the groups given to loadSearchIndex.
 */
export function search(
  engine: SearchEngine,
  query: string,
  synonyms?: SynonymGroups | CompiledSynonyms | null,
  options: SearchOptions = {},
): SearchResult[] {
  try {
    return runSearch(engine, query, synonyms, options)
  } catch {
    return []
  }
}

function runSearch(
  engine: SearchEngine,
  query: string,
  synonyms: SynonymGroups | CompiledSynonyms | null | undefined,
  options: SearchOptions,
): SearchResult[] {
  if (typeof query !== 'string') return []
  const { text: norm } = normalizeWithMap(capLength(query, MAX_QUERY_LENGTH))
  if (norm === '') return []
  const queryTokens = [...new Set(tokenizeNormalized(norm))]
  if (queryTokens.length === 0) return []

  // term → weight: typed terms 1, terms only reached through a synonym SYNONYM_WEIGHT
  const weights = new Map<string, number>(queryTokens.map((t) => [t, 1]))
  for (const variant of expandSynonyms(norm, resolveSynonyms(engine, synonyms))) {
    for (const t of tokenizeNormalized(variant)) if (!weights.has(t)) weights.set(t, SYNONYM_WEIGHT)
  }
  const terms = [...weights.keys()]
  const lastTyped = queryTokens[queryTokens.length - 1]

  const raw: MiniSearchResult[] = engine.mini.search(terms.join(' '), {
    tokenize: (s: string) => s.split(' '),
    processTerm: (t: string) => t,
    boost: { ...FIELD_BOOST },
    combineWith: 'OR',
    boostTerm: (t: string) => weights.get(t) ?? 1,
    // Latin words: prefix (the word may still be being typed); a lone kana/kanji: any bigram starting with it
    prefix: (t: string) => (isJapaneseTerm(t) ? Array.from(t).length === 1 : t.length >= 2 || t === lastTyped),
    fuzzy: (t: string) => (!isJapaneseTerm(t) && t.length >= 4 && t.length <= 20 && weights.get(t) === 1 ? 0.2 : false),
    maxFuzzy: 2,
  })

  const limit = Math.max(0, Math.floor(options.limit ?? 10))
  const scored = raw.map((r) => {
    const tokens = engine.docTokens.get(String(r.id))
    const c = coverage(tokens, queryTokens)
    return { r, tokens, score: r.score * (1 + COVERAGE_BONUS * c * c) }
  })
  scored.sort((a, b) => b.score - a.score)

  return scored.slice(0, limit).map(({ r, tokens, score }) => {
    const stored = r as unknown as StoredFields
    const matched = r.terms
    const result: SearchResult = {
      id: String(r.id),
      title: stored.title ?? '',
      step: stored.step ?? '',
      score,
      titleRanges: findMatchRanges(stored.title ?? '', matched),
      snippet: makeSnippet(stored, matched),
    }
    const anchor = pickAnchor(tokens, queryTokens)
    if (anchor) result.anchor = anchor
    return result
  })
}
