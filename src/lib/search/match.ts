/**
 * The query side of MiniSearch 7.2, ported for the one kind of query engine.ts makes, so that the search
 * chunks need not carry the library (8–9 KB gzip of each): the index is still built and packed with
 * MiniSearch at build time (buildIndex.ts), and this reads the same radix tree (packedTree.ts) and gives
 * the same results as MiniSearch's search() with the options the engine used to pass it
 * (combineWith 'OR', a field boost per field, boostTerm, prefix, fuzzy, maxFuzzy, default weights and
 * BM25+ parameters): the same documents in the same order, with the same score, terms and queryTerms.
 * match.test.ts compares the two on the real index.
 *
 * It follows MiniSearch step by step, in its order (executeQuerySpec, termResults, the OR combinator,
 * search), because the order matters: scores are sums of floating-point numbers, and results of equal
 * score keep the order they were found in. Left out, as the engine never needs them: documents removed
 * from the index, document boosts, AND / AND_NOT, wildcard queries, filters and the stored fields.
 */
import type { Postings, Tree } from './packedTree.ts'

/**
 * One term of a query, as MiniSearch's termToQuerySpec makes it. The terms are the engine's tokens: never
 * empty, never with a space (MiniSearch got them joined with spaces and split them again).
 */
export interface TermQuery {
  term: string
  /** multiplies the term's score (MiniSearch boostTerm) */
  boost: number
  /** also match the longer terms it starts (MiniSearch prefix) */
  prefix: boolean
  /** also match terms up to this many edits away (0: none): MiniSearch's fuzzy distance after maxFuzzy */
  fuzzy: number
}

/** What a query reads of a loaded index (MiniSearch's own fields of the same name, loaded from the packed index). */
export interface MatchIndex {
  tree: Tree
  /** by short document id */
  ids: readonly string[]
  documentCount: number
  /** [field id, boost] in the order MiniSearch scores the fields (its `fields` option) */
  fields: readonly (readonly [number, number])[]
  /** by field id */
  avgFieldLength: readonly number[]
  /** [short document id][field id]: the field's length in distinct terms */
  fieldLength: Readonly<Record<number, readonly number[]>>
}

/** One result, as MiniSearch's SearchResult (without match and stored fields). */
export interface Match {
  id: string
  score: number
  /** the index terms matched (exactly, by prefix or with typos), in MiniSearch's order (Object.keys of its match) */
  terms: string[]
  /** the query terms they were found for */
  queryTerms: string[]
}

/** MiniSearch's default weights of a prefix and a fuzzy match (searchOptions.weights), before the distance scaling. */
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
/** MiniSearch's default BM25+ parameters (searchOptions.bm25). */
const K = 1.2
const B = 0.7
const D = 0.5

/** A document's running result: score, query terms, and the index terms matched as the keys of `match`. */
interface Hit {
  score: number
  terms: string[]
  match: Record<string, 1>
}

/** Results, best first, as MiniSearch's search(terms joined by spaces, the options above) gives them. */
export function matchTerms(index: MatchIndex, queries: readonly TermQuery[]): Match[] {
  // combineResults: the first term's results, then each later term's OR'ed into them
  let all: Map<number, Hit> | undefined
  for (const q of queries) {
    const hits = termHits(index, q)
    if (!all) {
      all = hits
      continue
    }
    for (const [doc, hit] of hits) {
      const had = all.get(doc)
      if (!had) {
        all.set(doc, hit)
        continue
      }
      had.score = had.score + hit.score
      Object.assign(had.match, hit.match)
      for (const t of hit.terms) if (!had.terms.includes(t)) had.terms.push(t)
    }
  }
  const out: Match[] = []
  for (const [doc, { score, terms, match }] of all ?? []) {
    // MiniSearch multiplies by the number of query terms a document matched
    out.push({ id: index.ids[doc] as string, score: score * (terms.length || 1), terms: Object.keys(match), queryTerms: terms })
  }
  // a stable sort, as Array.prototype.sort is: equal scores stay in the order found
  return out.sort((a, b) => b.score - a.score)
}

/** executeQuerySpec: the term exactly, then its prefix matches, then its fuzzy matches. */
function termHits(index: MatchIndex, { term, boost, prefix, fuzzy }: TermQuery): Map<number, Hit> {
  const hits = new Map<number, Hit>()
  // termResults
  const add = (postings: Postings | undefined, found: string, weight: number): void => {
    if (!postings) return
    for (const [field, fieldBoost] of index.fields) {
      const docs = postings.get(field)
      if (!docs) continue
      const avgLength = index.avgFieldLength[field] as number
      // MiniSearch works this out per document, always to the same number
      const idf = Math.log(1 + (index.documentCount - docs.size + 0.5) / (docs.size + 0.5))
      for (const [doc, freq] of docs) {
        const length = (index.fieldLength[doc] as readonly number[])[field] as number
        const bm25 = idf * (D + (freq * (K + 1)) / (freq + K * (1 - B + (B * length) / avgLength)))
        // MiniSearch's termWeight * termBoost * fieldBoost * docBoost * rawScore, docBoost being 1
        const score = weight * boost * fieldBoost * bm25
        const hit = hits.get(doc)
        if (hit) {
          hit.score += score
          if (!hit.terms.includes(term)) hit.terms.push(term)
          hit.match[found] = 1
        } else {
          hits.set(doc, { score, terms: [term], match: { [found]: 1 } })
        }
      }
    }
  }
  const { node, rest } = descend(index.tree, term)
  add(rest ? undefined : (node.get('') as Postings | undefined), term, 1)
  const typos = fuzzy ? fuzzyGet(index.tree, term, fuzzy) : undefined
  if (prefix) {
    const visit = (found: string, postings: Postings): void => {
      const distance = found.length - term.length
      if (!distance) return // the exact match, done above
      typos?.delete(found) // scored as a prefix match only
      add(postings, found, (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * distance))
    }
    if (!rest) eachTerm(node, term, visit)
    else {
      // the term ends inside a key (atPrefix): the terms under the first key it starts
      for (const [key, child] of node) {
        if (key.startsWith(rest)) {
          eachTerm(child as Tree, term + key.slice(rest.length), visit)
          break
        }
      }
    }
  }
  if (typos) {
    for (const [found, [postings, distance]] of typos) {
      if (distance) add(postings, found, (FUZZY_WEIGHT * found.length) / (found.length + distance))
    }
  }
  return hits
}

/** Down the tree along whole keys (MiniSearch's lookup and trackDown): the last node reached, and what is left of `key`. */
function descend(node: Tree, key: string): { node: Tree; rest: string } {
  walk: while (key) {
    for (const [k, child] of node) {
      if (k && key.startsWith(k)) {
        node = child as Tree
        key = key.slice(k.length)
        continue walk
      }
    }
    break
  }
  return { node, rest: key }
}

/** Every term under `node` (whose terms start with `prefix`) in the order of MiniSearch's TreeIterator: each node's keys last first. */
function eachTerm(node: Tree, prefix: string, visit: (term: string, postings: Postings) => void): void {
  const keys = [...node.keys()]
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i] as string
    if (k) eachTerm(node.get(k) as Tree, prefix + k, visit)
    else visit(prefix, node.get(k) as Postings)
  }
}

/**
 * MiniSearch's fuzzySearch (SearchableMap.fuzzyGet): every term within `maxDistance` edits (Levenshtein) of
 * `query`, with its distance, in the order found. One row of the distance matrix per character down the
 * tree, a branch left as soon as every cell of a row is over the distance. Kept as MiniSearch writes it,
 * down to the byte matrix and its reads past the end for terms longer than it has rows.
 */
function fuzzyGet(tree: Tree, query: string, maxDistance: number): Map<string, [Postings, number]> {
  const results = new Map<string, [Postings, number]>()
  const n = query.length + 1 // columns
  const rows = n + maxDistance
  const matrix = new Uint8Array(rows * n).fill(maxDistance + 1)
  for (let j = 0; j < n; ++j) matrix[j] = j
  for (let i = 1; i < rows; ++i) matrix[i * n] = i
  const recurse = (node: Tree, m: number, prefix: string): void => {
    key: for (const [key, value] of node) {
      if (!key) {
        const distance = matrix[m * n - 1] as number
        if (distance <= maxDistance) results.set(prefix, [value as Postings, distance])
        continue
      }
      let i = m
      for (let pos = 0; pos < key.length; ++pos, ++i) {
        const char = key[pos]
        const row = n * i
        const prev = row - n
        let min = matrix[row] as number
        const jmax = Math.min(n - 1, i + maxDistance)
        for (let j = Math.max(0, i - maxDistance - 1); j < jmax; ++j) {
          const rpl = (matrix[prev + j] as number) + +(char !== query[j])
          const del = (matrix[prev + j + 1] as number) + 1
          const ins = (matrix[row + j] as number) + 1
          const dist = (matrix[row + j + 1] = Math.min(rpl, del, ins))
          if (dist < min) min = dist
        }
        if (min > maxDistance) continue key
      }
      recurse(value as Tree, i, prefix + key)
    }
  }
  recurse(tree, 1, '')
  return results
}
