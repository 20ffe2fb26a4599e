/**
 * FAQ search: a MiniSearch index with a Japanese-aware tokenizer, built at build time (Node, buildIndex.ts)
 * and queried in the browser, offline, by our own port of MiniSearch's search (match.ts), which gives the
 * same results. Pure: no Vue, no DOM, no storage.
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
 *   Readings (faq/readings.yaml: pasuwado, しようふかもじ) are replaced by their term before that.
 * - People describe situations in a few everyday words, so: grammatical endings (された, ません…) weigh
 *   STOP_WEIGHT and never make a match alone; a typed Latin word weighs like a word (LATIN_WORD_WEIGHT),
 *   not like one bigram; a result matching every typed word somewhere ranks higher (MATCH_SHARE_BONUS).
 *   Lists shown to people (LIST_OPTIONS) also drop chance hits and the long tail (relevance.ts).
 * - Latin words are also matched by prefix (as-you-type) and, from 4 letters, with one or two typos.
 * - Only what a result needs is stored: title, step, summary, messages (text + anchor) and a short
 *   plain-text body excerpt for snippets. The shipped index (packSearchIndex) leaves out title, step and
 *   summary: the first view has them (virtual:faq), and the loader is handed them (SharedDoc).
 * - Queries are capped at MAX_QUERY_LENGTH characters; search() never throws (worst case: []).
 * - The English edition (englishSearch.ts) is this engine with English word forms (stems, no stop words) on
 *   both sides: buildSearchIndex's `canon` and withCanon are its only hooks here, and the Japanese search
 *   chunk carries neither (nothing of it imports them).
 *
 * Measured on 2026-11-25 (25 questions of faq/, the 97 queries of tests/search/queries.ts, Node 20):
 * - accuracy: expected question first 91/97 (93.8%), in the top 3 97/97 (100%); all 36 on-screen
 *   message queries (whole, partial, typo, other width) first; all 20 expected anchors right.
 *   Without synonyms: top-1 90/97, top-3 94/97. Tuning: all weights 1 and no coverage bonus gives
 *   top-1 89/97 (top-3 still 97); synonym weight 0.3–0.8 and coverage bonus 1.5–3 all give 91; body 0.5
 *   gives 92 (one query), too little to trust, so the weights above stay.
 * - 2026-12-02, with the relevance rules, readings and keywords for situations (lists as the app shows
 *   them): first set top-1 94/97, top-3 97/97; tests/search/situations.ts (57 queries in students' own
 *   words) top-1 53/57, top-3 57/57, from 36/57 and 50/57. Median number of results listed (of 20): 2
 *   and 3, from 6 and 11. Situations top-1 with MATCH_SHARE_BONUS 0 / 1 / 2: 50 / 53 / 54 (the first
 *   set 94 throughout, but 2 lists a single result for most of it); 1 is kept, one query is too little
 *   to trust. LATIN_WORD_WEIGHT 1 instead of 3: situations top-1 51 (iPhone and QRコード lose to the
 *   bigrams of their synonyms).
 * - tokenizer: Intl.Segmenter('ja', { granularity: 'word' }) in place of bigrams, all else equal:
 *   top-1 84/97, top-3 94/97 (misses e.g. 「ガラケーしかない」, 「パスワード変更始めたらマイページが出てくる」),
 *   index 13.4 KB gzip. Bigrams win on accuracy and are deterministic across engines (see tokenize.ts).
 * - index: 87.4 KB raw JSON, 21.9 KB gzip (zlib.gzipSync), of which stored fields 4.7 KB gzip.
 * - time: loadSearchIndex ≈ 30–45 ms cold; median query ≈ 0.4–0.7 ms warm (≈ 0.7 ms inside vitest),
 *   so about 2–3 ms at 4x CPU slowdown, under the 5 ms budget.
 * - 2026-12-02, index load (import of the chunk + loadSearchIndex) in Chromium at 4x CPU, shared machine,
 *   12 fresh pages each: median 348 ms (158–441) → 121 ms (58–252). It went to MiniSearch.loadJS
 *   inserting 1,775 terms into its radix tree one by one (each insertion scans the root's ~380 children)
 *   and to preparing every stored text; now the finished tree ships (packSearchIndex) as a JSON string,
 *   synonyms and readings ship compiled, and stored texts are prepared on first use or in idle time
 *   (prepareDocs). A first query straight after the load, its code still cold, went from a median 45 ms
 *   to 92 ms: it now prepares what it reads itself.
 * - 2026-12-02, the search chunk (index + engine + MiniSearch) from 31.6 KB to 26.3 KB gzip (zlib level 9,
 *   as scripts/bench-extra.mjs counts; `gzip -c`: 32,966 → 26,532 bytes): the tree as two flat strings
 *   (packedTree.ts) instead of nested JSON arrays, 14.1 → 10.9 KB; title, step, summary and document ids
 *   taken from the first view, field lengths from the postings, 5.5 → 3.4 KB; synonyms and readings as
 *   one string each, −0.25 KB; the decoder +0.6 KB of code. Index ready (harness of bench-extra, 4x CPU,
 *   fresh pages, old and new alternating on a busy 2-CPU machine): wall time median 104 → 98 ms (30 runs
 *   each); main-thread CPU time medians 65–78 ms before, 70–89 ms after (three rounds of 20 runs): the
 *   same within the noise (decoding the strings costs about what JSON.parse of the arrays saved).
 *   Tried and left out: working the postings of title, summary and messages out on load by tokenising
 *   those texts (−1.5 KB gzip) cost +32 ms main-thread CPU (70 → 102 ms), too close to the 150 ms budget.
 * - 2026-12-03, MiniSearch out of the search chunks: the browser only ever ran its query side, now ported
 *   (match.ts: the same tree walks, prefix and fuzzy matches, weights and BM25+, in MiniSearch's order;
 *   match.test.ts compares it with MiniSearch on both real indexes), and the library stays at build time
 *   (buildIndex.ts). Search chunk, `gzip -9`: Japanese 26,517 → 21,612 bytes (25.9 → 21.1 KB; zlib level 9,
 *   as bench-extra counts: 26.3 → 21.8 KB), English 20,712 → 15,904 bytes (20.2 → 15.5 KB; 20.7 → 16.0 KB);
 *   the code alone, index left out, 10.0 → 5.4 KB. The old and new built chunks gave equal results
 *   (scores, snippets, anchors) for about 6,800 Japanese and 11,400 English queries (a one-off check).
 *   Index ready (bench-extra's harness, 4x CPU, fresh pages, old and new alternating, three rounds of 20
 *   each, shared 2-CPU machine): medians 67 / 73 / 71 ms before, 67 / 62 / 66 ms after; bench-extra's own
 *   figure (median of 5), three runs each: 82 / 57 / 56 ms before, 65 / 61 / 68 ms after: the same within
 *   the noise. Median query time (97 test queries, warm) 1.4 → 1.1 ms.
 */
// Its type only (erased from the build): the shipped index keeps MiniSearch's own fields (buildIndex.ts).
import type { AsPlainObject } from 'minisearch'
import { matchTerms, type Match, type MatchIndex } from './match.ts'
import { normalizeWithMap, type NormalizedText } from './normalize.ts'
import { applyReadings, compileReadings, type CompiledReadings, type ReadingTable } from './readings.ts'
import {
  contentTokens,
  cutBelowBest,
  hasEvidence,
  isKanaBigram,
  isStopBigram,
  MIN_RELATIVE_SCORE,
  STOP_WEIGHT,
} from './relevance.ts'
import { compileSynonyms, expandSynonyms, type CompiledSynonyms, type SynonymGroups } from './synonyms.ts'
import { unpackTree, type PackedTree, type Tree } from './packedTree.ts'
import { isJapaneseTerm, tokenizeNormalized } from './tokenize.ts'

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
  /** the terms and what scores them, as MiniSearch had them (match.ts) */
  readonly index: MatchIndex
  readonly synonyms: CompiledSynonyms
  /** readings (pasuwado → パスワード) applied to queries */
  readonly readings: CompiledReadings
  /** per document id: its stored texts, normalised and tokenised once, when a query first needs them */
  readonly docs: ReadonlyMap<string, DocInfo>
}

export interface SearchOptions {
  /** at most this many results (default 10) */
  limit?: number
  /** drop results scoring under this share of the best one (default 0: keep all; lists use MIN_RELATIVE_SCORE) */
  minRelativeScore?: number
  /** drop results without real evidence, e.g. one chance kana bigram (relevance.ts hasEvidence; default false) */
  requireEvidence?: boolean
}

/** The options for a list shown to people: the long tail of weak matches cut (see relevance.ts). */
export const LIST_OPTIONS: Readonly<SearchOptions> = { minRelativeScore: MIN_RELATIVE_SCORE, requireEvidence: true }

/** Only the first MAX_QUERY_LENGTH characters of a query are used. */
export const MAX_QUERY_LENGTH = 200
/** Field weights (MiniSearch's boost option, which match.ts ports). */
export const FIELD_BOOST = { messages: 4, title: 3, keywords: 2, summary: 1.5, body: 1 } as const
/** Weight of a term that only comes from a synonym, relative to a typed term. */
export const SYNONYM_WEIGHT = 0.5
/** Score multiplier for a result whose message or title covers the whole query: × (1 + bonus · coverage²). */
export const COVERAGE_BONUS = 1.5
/**
 * Score multiplier for a result that matches all of the query's typed words somewhere:
 * × (1 + bonus · share²), share = matched / typed content tokens (grammatical endings left out).
 */
export const MATCH_SHARE_BONUS = 1
/** A typed Latin word weighs as much as this many bigrams at most (its length, if shorter). */
export const LATIN_WORD_WEIGHT = 3
/** Longest snippet (code units, without the "…" marks). */
export const SNIPPET_LENGTH = 80

/**
 * The indexed fields, in the order MiniSearch was given them at build time (buildIndex.ts): its field ids,
 * and the order it adds up a term's scores in, which match.ts keeps.
 */
export const FIELDS = ['title', 'messages', 'keywords', 'summary', 'body'] as const

/**
 * A stored text with its normalised form (for highlighting) and its token set (for coverage), each
 * worked out on first use and kept. Preparing every stored text on load cost about 100 ms at 4x CPU
 * (cold code running once per character, before the first result could show), while a query needs only
 * the tokens of the titles and messages it matched and the normalised text of the few results it shows.
 */
interface Prepared {
  readonly text: string
  /** the anchor of a message */
  readonly anchor?: string
  readonly norm: NormalizedText
  readonly tokens: Set<string>
}

// A plain object, not a class: class fields cost helper calls per instance in the bundle's ES2020.
function prepared(text: unknown, anchor?: string): Prepared {
  const t = typeof text === 'string' ? text : ''
  let norm: NormalizedText | undefined
  let tokens: Set<string> | undefined
  return {
    text: t,
    anchor,
    get norm() {
      return (norm ??= normalizeWithMap(t))
    },
    get tokens() {
      return (tokens ??= new Set(tokenizeNormalized(this.norm.text)))
    },
  }
}

/** What search needs per document beyond the index (prepared lazily: Prepared). */
interface DocInfo {
  step: string
  title: Prepared
  summary: Prepared
  excerpt: Prepared
  messages: Prepared[]
}

/** A question's stored fields as the loader puts them together: the shipped ones (m, x) and the shared ones. */
interface StoredFields {
  title: string
  step: string
  summary: string
  /** messages: t = text, a = anchor */
  m: { t: string; a?: string }[]
  /** body excerpt */
  x: string
}

/**
 * A language's word forms, between normalising and tokenising: normalised text in, the same text with its
 * words in the forms the index keeps (english.ts canonEnglish: stems, no stop words) out. Japanese needs
 * none (bigrams need no word forms); an index built with one is searched through withCanon and the same one.
 */
export type Canon = (normalized: string) => string

/**
 * What the first view already ships of each question (virtual:faq): the search chunk takes it from there
 * instead of shipping it twice.
 */
export type SharedDoc = Pick<SearchDoc, 'id' | 'title' | 'step' | 'summary'>

/** A stored message as shipped: its text, or [text, anchor]. */
type PackedMessage = string | [string, string]

/**
 * The index as shipped (buildIndex.ts packSearchIndex makes it from MiniSearch's JSON). That JSON holds
 * three parts that cost: its term list, which MiniSearch.loadJS turned into a radix tree term by term
 * (each insertion scans the hundreds of children of the root: over 100 ms at 4x CPU slowdown), so the
 * finished tree ships instead, as two strings (packedTree.ts); the stored fields, of which only the body
 * excerpt and the messages ship, as title, step and summary are in the first view (SharedDoc, by document:
 * the short ids are the positions in that list, so the document ids do not ship either); and the field
 * lengths (distinct terms per field), which the postings give, so they ship only when they differ.
 */
export interface PackedSearchIndex {
  packed: 2
  /** MiniSearch's plain object without index, documentIds, storedFields (and fieldLength, see above) */
  mini: Omit<AsPlainObject, 'index' | 'documentIds' | 'storedFields' | 'fieldLength'> & {
    /** [short id][field id] */
    fieldLength?: AsPlainObject['fieldLength']
  }
  tree: PackedTree
  /** by short id: [body excerpt, ...messages] */
  docs: [string, ...PackedMessage[]][]
}

/** The tree, and the field lengths its postings give (terms per field): [doc][field], every field of every document. */
export function fieldLengthsOf(tree: PackedTree, docCount: number, fieldCount: number): { tree: Tree; lengths: number[][] } {
  const lengths = Array.from({ length: docCount }, () => new Array<number>(fieldCount).fill(0))
  return { tree: unpackTree(tree, lengths), lengths }
}

function loadPacked(packed: PackedSearchIndex, shared: readonly SharedDoc[]): { index: MatchIndex; docs: Map<string, DocInfo> } {
  const n = packed.mini.documentCount
  if (!packed.tree || !Array.isArray(packed.docs) || shared.length !== n) throw new Error('search index: no terms')
  const { fieldIds, averageFieldLength, fieldLength } = packed.mini
  const { tree, lengths } = fieldLengthsOf(packed.tree, n, Object.keys(fieldIds).length)
  const docs = new Map<string, DocInfo>()
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const q = shared[i] as SharedDoc
    const [x, ...m] = packed.docs[i] ?? ['']
    ids.push(q.id)
    const messages = m.map((msg) => (typeof msg === 'string' ? { t: msg } : { t: msg[0], a: msg[1] }))
    docs.set(q.id, docInfoOf({ title: q.title, step: q.step, summary: q.summary, x, m: messages }))
  }
  const fields = FIELDS.map((f) => [fieldIds[f] as number, FIELD_BOOST[f]] as const)
  return { index: { tree, ids, documentCount: n, fields, avgFieldLength: averageFieldLength, fieldLength: fieldLength ?? lengths }, docs }
}

function docInfoOf(stored: StoredFields): DocInfo {
  return {
    step: String(stored.step ?? ''),
    title: prepared(stored.title),
    summary: prepared(stored.summary),
    excerpt: prepared(stored.x),
    messages: (Array.isArray(stored.m) ? stored.m : []).map((m) => prepared(m.t, m.a || undefined)),
  }
}

/**
 * Load an index packed by packSearchIndex (buildIndex.ts; as the JSON string or the parsed object) with
 * the questions it was packed with (`shared`) and the synonym groups from faq/synonyms.yaml. Throws only
 * if the index itself is not valid, or does not fit the questions.
 */
export function loadSearchIndex(
  json: string | object,
  synonyms?: SynonymGroups | CompiledSynonyms | null,
  readings?: ReadingTable | CompiledReadings | null,
  shared?: readonly SharedDoc[],
): SearchEngine {
  const parsed = (typeof json === 'string' ? JSON.parse(json) : json) as PackedSearchIndex
  if (parsed.packed !== 2) throw new Error('search index: not packed (packSearchIndex)')
  if (!shared) throw new Error('search index: a packed index needs its questions')
  return { ...loadPacked(parsed, shared), synonyms: compileSynonyms(synonyms), readings: compileReadings(readings) }
}

/**
 * The engine for an index built with `canon` (buildSearchIndex): the stored titles and messages, which say
 * how much of a query a question covers and which message it matched, tokenised through `canon` too, so
 * they meet the query's word forms. Its queries must go through `canon` before search() (after the
 * readings, which this engine leaves to its caller: english.ts searchEnglish). Here rather than an option of
 * loadSearchIndex, so the Japanese search chunk carries none of it.
 */
export function withCanon(engine: SearchEngine, canon: Canon): SearchEngine {
  const recanon = (p: Prepared): Prepared => {
    let tokens: Set<string> | undefined
    return {
      text: p.text,
      anchor: p.anchor,
      get norm() {
        return p.norm
      },
      get tokens() {
        return (tokens ??= new Set(tokenizeNormalized(canon(p.norm.text))))
      },
    }
  }
  const docs = new Map<string, DocInfo>()
  for (const [id, doc] of engine.docs) docs.set(id, { ...doc, title: recanon(doc.title), messages: doc.messages.map(recanon) })
  return { ...engine, readings: compileReadings(null), docs }
}

/**
 * Prepares the stored texts a query may need, one question per step, so a caller can do it in idle time
 * after loading (in small tasks) and the first query finds most of it done. Pure: no scheduling here.
 */
export function* prepareDocs(engine: SearchEngine): Generator<void, void, void> {
  for (const doc of engine.docs.values()) {
    for (const p of [doc.title, ...doc.messages]) void p.tokens
    void doc.summary.norm
    void doc.excerpt.norm
    yield
  }
}

/** First `max` code points of `s` (never splits a surrogate pair). */
function capLength(s: string, max: number): string {
  if (s.length <= max) return s
  return Array.from(s.slice(0, max * 2)).slice(0, max).join('')
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ' ' && !isJapaneseTerm(ch)
}

/** Where do `terms` (normalised) occur in `text`? Ranges in `text`'s own code units, merged. */
export function findMatchRanges(text: string, terms: Iterable<string>): MatchRange[] {
  return rangesIn(normalizeWithMap(text), terms)
}

/**
 * `weak` terms (kana-only bigrams of a longer query) are not highlighted on their own: alone they are
 * mostly chance hits, like the たい of 使いたい inside ワンタイム.
 */
function rangesIn(
  { text: norm, starts, ends }: NormalizedText,
  terms: Iterable<string>,
  weak: ReadonlySet<string> = new Set(),
): MatchRange[] {
  if (norm === '') return []
  const raw: [number, number, boolean][] = []
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
      raw.push([starts[at] as number, ends[end - 1] as number, weak.has(term)])
    }
  }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: { range: MatchRange; parts: number; weak: boolean }[] = []
  for (const [s, e, w] of raw) {
    const last = merged[merged.length - 1]
    if (last && s <= last.range[1]) {
      last.range[1] = Math.max(last.range[1], e)
      last.parts++
      last.weak &&= w
    } else {
      merged.push({ range: [s, e], parts: 1, weak: w })
    }
  }
  return merged.filter((m) => m.parts > 1 || !m.weak).map((m) => m.range)
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** Cut `text` to about SNIPPET_LENGTH around its first match, shifting the ranges with it. */
function cutAround(text: string, ranges: MatchRange[]): { text: string; ranges: MatchRange[] } {
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

/**
 * The snippet: the message, summary or body excerpt that holds the most of the query (distinct terms,
 * typed terms weighing more than synonyms), cut around the first match.
 */
function makeSnippet(
  doc: DocInfo,
  highlight: string[],
  weights: ReadonlyMap<string, number>,
  weak: ReadonlySet<string>,
): SearchSnippet {
  const candidates: { field: SearchSnippet['field']; p: Prepared; weight: number }[] = [
    ...doc.messages.map((p) => ({ field: 'message' as const, p, weight: 1.2 })),
    { field: 'summary', p: doc.summary, weight: 1 },
    { field: 'body', p: doc.excerpt, weight: 0.9 },
  ]
  let best: { field: SearchSnippet['field']; p: Prepared } | undefined
  let bestScore = 0
  for (const c of candidates) {
    let found = 0
    for (const t of highlight) if (c.p.norm.text.includes(t)) found += weights.get(t) ?? SYNONYM_WEIGHT
    const score = found * c.weight
    if (score > bestScore) {
      bestScore = score
      best = { field: c.field, p: c.p }
    }
  }
  if (!best) return { field: 'summary', ...cutAround(doc.summary.text, []) }
  return { field: best.field, ...cutAround(best.p.text, rangesIn(best.p.norm, highlight, weak)) }
}

/** The anchor of the message the query clearly matched: most query tokens, at least half of them, no tie. */
function pickAnchor(doc: DocInfo, queryTokens: string[]): string | undefined {
  const perAnchor = new Map<string | undefined, number>()
  for (const m of doc.messages) {
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
function coverage(doc: DocInfo, queryTokens: string[]): number {
  if (queryTokens.length === 0) return 0
  let best = 0
  for (const p of [doc.title, ...doc.messages]) {
    let n = 0
    for (const t of queryTokens) if (p.tokens.has(t)) n++
    best = Math.max(best, n / queryTokens.length)
  }
  return best
}

/**
 * Weight of a typed token. A Latin word is one token where a Japanese word of the same length is several
 * bigrams, so a typed "iPhone" would lose to the many bigrams its synonyms bring (スマートフォン); it
 * weighs as much as up to LATIN_WORD_WEIGHT bigrams instead.
 */
function typedWeight(t: string, stopped: boolean): number {
  if (stopped && isStopBigram(t)) return STOP_WEIGHT
  if (isJapaneseTerm(t)) return 1
  return Math.max(1, Math.min(LATIN_WORD_WEIGHT, t.length))
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
  const norm = applyReadings(normalizeWithMap(capLength(query, MAX_QUERY_LENGTH)).text, engine.readings)
  if (norm === '') return []
  const queryTokens = [...new Set(tokenizeNormalized(norm))]
  if (queryTokens.length === 0) return []
  const typedContent = contentTokens(queryTokens)
  const stopped = typedContent.length < queryTokens.length

  // term → weight: typed terms typedWeight(), terms only reached through a synonym SYNONYM_WEIGHT
  const weights = new Map<string, number>(queryTokens.map((t) => [t, typedWeight(t, stopped)]))
  const content = new Set(typedContent)
  const variants = expandSynonyms(norm, resolveSynonyms(engine, synonyms))
  for (const variant of variants) {
    for (const t of tokenizeNormalized(variant)) {
      if (weights.has(t)) continue
      weights.set(t, SYNONYM_WEIGHT)
      if (!isStopBigram(t)) content.add(t)
    }
  }
  let kanaOnOffer = 0
  for (const t of content) if (isKanaBigram(t)) kanaOnOffer++
  const minKana = Math.max(1, Math.min(2, kanaOnOffer))
  const lastTyped = queryTokens[queryTokens.length - 1]
  const typed = new Set(queryTokens)
  const typedContentSet = new Set(typedContent)

  // every term ORed, weighted by `weights`; the field weights are the index's (loadPacked)
  const raw = matchTerms(
    engine.index,
    [...weights].map(([term, boost]) => ({
      term,
      boost,
      // Latin words: prefix (the word may still be being typed); a lone kana/kanji: any bigram starting with it
      prefix: isJapaneseTerm(term) ? Array.from(term).length === 1 : term.length >= 2 || term === lastTyped,
      // typed Latin words of 4 to 20 letters: one typo, two from 8 letters (MiniSearch's fuzzy 0.2, maxFuzzy 2)
      fuzzy: !isJapaneseTerm(term) && term.length >= 4 && term.length <= 20 && typed.has(term) ? Math.min(2, Math.round(term.length * 0.2)) : 0,
    })),
  )

  const limit = Math.max(0, Math.floor(options.limit ?? 10))
  const scored: { r: Match; doc: DocInfo; score: number }[] = []
  for (const r of raw) {
    const doc = engine.docs.get(r.id)
    if (!doc || (options.requireEvidence && !hasEvidence(r.queryTerms, content, minKana))) continue
    const c = coverage(doc, queryTokens)
    let hit = 0
    for (const t of r.queryTerms) if (typedContentSet.has(t)) hit++
    const share = hit / typedContentSet.size
    scored.push({ r, doc, score: r.score * (1 + COVERAGE_BONUS * c * c) * (1 + MATCH_SHARE_BONUS * share * share) })
  }
  scored.sort((a, b) => b.score - a.score)
  const kept = cutBelowBest(scored, options.minRelativeScore ?? 0)
  const weak = new Set(queryTokens.length > 1 ? queryTokens.filter(isKanaBigram) : [])

  return kept.slice(0, limit).map(({ r, doc, score }) => {
    // Highlight what was typed (and its prefix/typo matches), and synonyms only as whole words: the
    // bigrams of a synonym alone (e.g. "ない" of 来ない) would light up unrelated text.
    const highlight = [...queryTokens, ...r.terms.filter((t) => !weights.has(t)), ...variants]
    const result: SearchResult = {
      id: r.id,
      title: doc.title.text,
      step: doc.step,
      score,
      titleRanges: rangesIn(doc.title.norm, highlight, weak),
      snippet: makeSnippet(doc, highlight, weights, weak),
    }
    const anchor = pickAnchor(doc, queryTokens)
    if (anchor) result.anchor = anchor
    return result
  })
}
