/**
 * Build time (Node): the FAQ index, made with MiniSearch and packed into the form the search chunks load
 * (engine.ts loadSearchIndex). The only module that imports MiniSearch's code (engine.ts takes a type
 * only): the browser queries the packed tree with its own port of MiniSearch's search (match.ts), so
 * nothing the search chunks import may import this one.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import { FIELD_BOOST, FIELDS, fieldLengthsOf, type Canon, type PackedSearchIndex, type SearchDoc, type SharedDoc } from './engine.ts'
import { canonEnglish } from './english.ts'
import type { Match, TermQuery } from './match.ts'
import { normalize } from './normalize.ts'
import { packTree, type Tree } from './packedTree.ts'
import { tokenize, tokenizeNormalized } from './tokenize.ts'

/** Length of the body excerpt kept in the index for snippets (characters). */
export const BODY_EXCERPT_LENGTH = 120

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

/**
 * Build the index; returns MiniSearch's JSON (ship it packed: packSearchIndex). With `canon`, every
 * indexed text goes through it after normalising.
 */
export function buildSearchIndex(docs: readonly SearchDoc[], canon?: Canon): string {
  const tokenizeText = canon ? (text: string) => tokenizeNormalized(canon(normalize(text))) : MINI_OPTIONS.tokenize
  const mini = new MiniSearch<IndexedDoc>({ ...MINI_OPTIONS, tokenize: tokenizeText })
  mini.addAll(docs.map(toIndexedDoc))
  return JSON.stringify(mini)
}

/** The English index, every text in English word forms (englishSearch.ts; load it with loadEnglishIndex). */
export function buildEnglishIndex(docs: readonly SearchDoc[]): string {
  return buildSearchIndex(docs, canonEnglish)
}

/**
 * MiniSearch loaded from the JSON of buildSearchIndex, with the options it was built with: the reference
 * the tests compare the shipped index and its search with.
 */
export function loadMiniSearch(json: string): MiniSearch {
  return MiniSearch.loadJS(JSON.parse(json) as AsPlainObject, MINI_OPTIONS)
}

/**
 * MiniSearch's own search for `queries`, with the options engine.ts passed it before match.ts took over:
 * the reference match.ts is tested against (match.test.ts). `engineFuzzy`: fuzzy as the engine gave it, a
 * share of the term's length (0.2) capped by maxFuzzy 2, for queries the engine made; else each query's
 * own distance.
 */
export function searchWithMiniSearch(mini: MiniSearch, queries: readonly TermQuery[], engineFuzzy = false): Match[] {
  const at = (i: number) => queries[i] as TermQuery
  const results = mini.search(queries.map((q) => q.term).join(' '), {
    tokenize: (s: string) => s.split(' '),
    processTerm: (t: string) => t,
    boost: { ...FIELD_BOOST },
    combineWith: 'OR',
    boostTerm: (_t: string, i: number) => at(i).boost,
    prefix: (_t: string, i: number) => at(i).prefix,
    fuzzy: (_t: string, i: number) => (at(i).fuzzy ? (engineFuzzy ? 0.2 : at(i).fuzzy) : false),
    maxFuzzy: 2,
  })
  return results.map(({ id, score, terms, queryTerms }) => ({ id: String(id), score, terms, queryTerms }))
}

/** The radix tree inside a loaded MiniSearch (SearchableMap._tree). */
export function treeOf(mini: MiniSearch): Tree | null {
  const index = (mini as unknown as { _index?: { _tree?: unknown } })._index
  return index && index._tree instanceof Map ? (index._tree as Tree) : null
}

/**
 * The JSON of buildSearchIndex → the form to ship (engine.ts PackedSearchIndex). The tree is taken from
 * loadJS itself, so the loaded index is the one loadJS would give, down to the order terms are visited in
 * (which decides the order of equal scores). `shared` are the questions as the first view has them, in
 * the order the index was built from; throws if they do not match the index's documents.
 */
export function packSearchIndex(json: string, shared: readonly SharedDoc[]): PackedSearchIndex {
  const raw = JSON.parse(json) as AsPlainObject & { storedFields: Record<string, StoredFields> }
  const tree = treeOf(MiniSearch.loadJS<IndexedDoc>(raw, MINI_OPTIONS))
  if (!tree) throw new Error('search index: this MiniSearch version keeps its terms elsewhere')
  const { index: _i, documentIds, storedFields, fieldLength, ...rest } = raw
  const n = raw.documentCount
  // the loader and its search (match.ts) know no removed documents: short ids 0 … n-1, all there
  if (raw.nextId !== n || (raw.dirtCount ?? 0) !== 0 || shared.length !== n) {
    throw new Error('search index: documents do not match the questions')
  }
  const docs: PackedSearchIndex['docs'] = []
  for (let i = 0; i < n; i++) {
    const q = shared[i] as SharedDoc
    const stored = storedFields[i] as StoredFields
    if (documentIds[i] !== q.id || stored.title !== q.title || stored.step !== q.step || stored.summary !== q.summary) {
      throw new Error(`search index: document ${i} does not match question "${q.id}"`)
    }
    docs.push([stored.x, ...stored.m.map((m): [string, string] | string => (m.a ? [m.t, m.a] : m.t))])
  }
  const packedTree = packTree(tree)
  const { lengths } = fieldLengthsOf(packedTree, n, Object.keys(raw.fieldIds).length)
  const summed = JSON.stringify(lengths) === JSON.stringify(Array.from({ length: n }, (_, i) => fieldLength[i]))
  return { packed: 2, mini: summed ? rest : { ...rest, fieldLength }, tree: packedTree, docs }
}
