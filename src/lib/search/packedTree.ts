/**
 * MiniSearch's radix tree as two flat strings, the form the search chunk ships it in (buildIndex.ts
 * packSearchIndex; the chunk searches the unpacked tree with match.ts). Nested JSON arrays of the same
 * tree took 14.1 KB gzip; these two strings 10.1 KB (10.9 KB inside the chunk, next to the rest), and they
 * are read in one pass over their characters.
 *
 * keys — the tree depth first, each node's entries in the node's own (Map) order:
 *   node  := entry*                    (up to a ')' or the end)
 *   entry := '.'                       the node's own postings (MiniSearch's key '')
 *          | key '.'                   a child holding only postings (the commonest case: a term's end)
 *          | key '(' node ')'          any other child
 * postings — the postings of every '' key, in the order keys meets them. A term's postings are its
 *   fields, each a field character then its documents: 'A' + fieldId when another field follows, 'N' +
 *   fieldId for the term's last field. A document is the gap to the previous one of that field (0 for
 *   the next id; the first counts from -1) as 'a' + gap, or '{' gap '}' in decimal from 26 on, followed
 *   by its term frequency minus one in decimal when the term occurs more than once.
 * Documents of a field must be in ascending order, as MiniSearch.loadJS leaves them (it reads them from
 * an object with numeric keys). Every character used is plain ASCII without quotes, backslash, backtick
 * or '$', so the strings pass through JSON and a JS string literal unescaped.
 */

/**
 * The radix tree of MiniSearch 7 (SearchableMap._tree): a Map per node, postings under the key ''. Its Map
 * order is the order match.ts visits terms in, as MiniSearch does.
 */
export type Tree = Map<string, Tree | Postings>
/** fieldId → (short document id → term frequency) */
export type Postings = Map<number, Map<number, number>>

export interface PackedTree {
  keys: string
  postings: string
}

/** At most this many fields (the field characters are 'A'–'M' and 'N'–'Z'). */
export const MAX_FIELDS = 13
const FIELD_MORE = 65 // 'A'
const FIELD_LAST = 78 // 'N'
const DOC = 97 // 'a'
const DOC_GAPS = 26
const OPEN = 40 // '('
const CLOSE = 41 // ')'
const LEAF = 46 // '.'
const BIG = 123 // '{'
const BIG_END = 125 // '}'

function postingsText(postings: Postings): string {
  if (postings.size === 0) throw new Error('search index: a term without postings')
  let out = ''
  let n = 0
  for (const [field, docs] of postings) {
    if (!Number.isInteger(field) || field < 0 || field >= MAX_FIELDS) throw new Error(`search index: field ${field}`)
    out += String.fromCharCode((++n < postings.size ? FIELD_MORE : FIELD_LAST) + field)
    let prev = -1
    for (const [doc, freq] of docs) {
      const gap = doc - prev - 1
      if (!Number.isInteger(gap) || gap < 0) throw new Error('search index: document ids out of order')
      if (!Number.isInteger(freq) || freq < 1) throw new Error(`search index: term frequency ${freq}`)
      out += gap < DOC_GAPS ? String.fromCharCode(DOC + gap) : `{${gap}}`
      if (freq > 1) out += freq - 1
      prev = doc
    }
  }
  return out
}

/** Build time: the tree → its two strings. Throws on what the format cannot hold. */
export function packTree(tree: Tree): PackedTree {
  const postings: string[] = []
  const keysOf = (node: Tree): string => {
    let out = ''
    for (const [key, value] of node) {
      if (key === '') {
        postings.push(postingsText(value as Postings))
        out += '.'
        continue
      }
      if (/[().]/.test(key)) throw new Error(`search index: term "${key}" holds a character the packed tree uses`)
      const child = value as Tree
      out += child.size === 1 && child.has('') ? key + keysOf(child) : `${key}(${keysOf(child)})`
    }
    return out
  }
  const keys = keysOf(tree)
  return { keys, postings: postings.join('') }
}

/**
 * Load time: the two strings → the tree, in the same Map order as packed. `lengths[doc][field]` (arrays
 * the caller made for every document), if given, counts the terms of each field of each document:
 * MiniSearch's field length (distinct tokens) when every token became a term. Throws on a malformed
 * string. Written for a cold start (it runs once): plain loops, no iterables, no strings built.
 */
export function unpackTree({ keys, postings }: PackedTree, lengths?: number[][]): Tree {
  let k = 0
  let p = 0
  const bad = (): never => {
    throw new Error('search index: bad tree')
  }
  const number = (): number => {
    let n = 0
    let c = postings.charCodeAt(p)
    if (!(c >= 48 && c <= 57)) bad()
    do {
      n = n * 10 + c - 48
      c = postings.charCodeAt(++p)
    } while (c >= 48 && c <= 57)
    return n
  }
  const leaf = (): Postings => {
    const out: Postings = new Map()
    for (;;) {
      const c = postings.charCodeAt(p++)
      const last = c >= FIELD_LAST
      const field = c - (last ? FIELD_LAST : FIELD_MORE)
      if (!(field >= 0 && field < MAX_FIELDS) || out.has(field)) bad()
      const docs = new Map<number, number>()
      let doc = -1
      for (;;) {
        const d = postings.charCodeAt(p)
        if (d >= DOC && d < DOC + DOC_GAPS) {
          p++
          doc += d - DOC + 1
        } else if (d === BIG) {
          p++
          doc += number() + 1
          if (postings.charCodeAt(p++) !== BIG_END) bad()
        } else break
        const f = postings.charCodeAt(p)
        docs.set(doc, f >= 48 && f <= 57 ? number() + 1 : 1)
        const l = lengths?.[doc]
        if (l) l[field] = (l[field] ?? 0) + 1
      }
      if (docs.size === 0) bad()
      out.set(field, docs)
      if (last) return out
    }
  }
  const node = (): Tree => {
    const out: Tree = new Map()
    while (k < keys.length) {
      const c = keys.charCodeAt(k)
      if (c === CLOSE) break
      if (c === LEAF) {
        k++
        out.set('', leaf())
        continue
      }
      const start = k
      while (k < keys.length && !isMark(keys.charCodeAt(k))) k++
      const key = keys.slice(start, k)
      const m = keys.charCodeAt(k++)
      if (m === LEAF) {
        const child: Tree = new Map()
        child.set('', leaf())
        out.set(key, child)
      } else if (m === OPEN) {
        out.set(key, node())
        if (keys.charCodeAt(k++) !== CLOSE) bad()
      } else {
        bad()
      }
    }
    return out
  }
  const tree = node()
  if (k !== keys.length || p !== postings.length) bad()
  return tree
}

function isMark(c: number): boolean {
  return c === OPEN || c === CLOSE || c === LEAF
}
