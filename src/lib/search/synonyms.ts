/**
 * Query-side synonym expansion. The groups themselves are data (faq/synonyms.yaml); this module only
 * validates and applies them. Expanding the query, not the index, keeps the shipped index small and lets
 * the list change without rebuilding the index.
 *
 * A term of a group is found in a query after both are normalised (so スマホ, ｽﾏﾎ and すまほ are one term):
 * a term made of kana/kanji matches anywhere (Japanese has no spaces), while a Latin/digit edge must sit
 * on a word boundary, so "id" is found in "id忘れた" but not inside "omuid" or "android".
 */
import { normalize } from './normalize.ts'
import { isJapaneseCodePoint } from './tokenize.ts'

/** Groups of equivalent terms, as written in faq/synonyms.yaml. */
export type SynonymGroups = readonly (readonly string[])[]

/** Groups ready for matching: normalised, de-duplicated, empty terms and one-term groups dropped. */
export interface CompiledSynonyms {
  readonly groups: readonly (readonly string[])[]
}

/**
 * Validates parsed YAML (a list of lists of strings, or a list of `{ terms: [...] }`) and returns the
 * groups. Throws with the position of the first bad entry: the build must stop on bad data.
 */
export function parseSynonymGroups(data: unknown): string[][] {
  if (!Array.isArray(data)) throw new Error('synonyms: expected a list of groups')
  return data.map((entry: unknown, i) => {
    const terms: unknown =
      entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as { terms?: unknown }).terms : entry
    if (!Array.isArray(terms) || terms.length < 2) {
      throw new Error(`synonyms: group ${i + 1} must list at least two terms`)
    }
    return terms.map((t: unknown, k) => {
      if (typeof t !== 'string' && typeof t !== 'number') {
        throw new Error(`synonyms: group ${i + 1}, term ${k + 1} is not text`)
      }
      const s = String(t)
      if (normalize(s) === '') throw new Error(`synonyms: group ${i + 1}, term ${k + 1} is empty after normalisation`)
      return s
    })
  })
}

/** Normalise and de-duplicate the groups once, so each query only does substring checks. */
export function compileSynonyms(groups: SynonymGroups | CompiledSynonyms | undefined | null): CompiledSynonyms {
  if (!groups) return { groups: [] }
  if (!Array.isArray(groups)) return groups as CompiledSynonyms
  const compiled: string[][] = []
  for (const group of groups as SynonymGroups) {
    if (!Array.isArray(group)) continue
    const terms: string[] = []
    for (const t of group) {
      if (typeof t !== 'string') continue
      const n = normalize(t)
      if (n !== '' && !terms.includes(n)) terms.push(n)
    }
    if (terms.length >= 2) compiled.push(terms)
  }
  return { groups: compiled }
}

/**
 * Build time: compiled groups → the string virtual:search-index ships, '|' between the terms of a group
 * and '/' between groups (normalised terms hold neither); 0.1 KB gzip less than the same as JSON.
 */
export function packSynonyms({ groups }: CompiledSynonyms): string {
  if (groups.some((g) => g.length < 2 || g.some((t) => t === '' || /[|/]/.test(t)))) {
    throw new Error('synonyms: a compiled term is empty or holds | or /')
  }
  return groups.map((g) => g.join('|')).join('/')
}

/** The groups packSynonyms wrote (anything but a string: none). */
export function unpackSynonyms(packed: unknown): CompiledSynonyms {
  return { groups: typeof packed === 'string' && packed !== '' ? packed.split('/').map((g) => g.split('|')) : [] }
}

function isWordCodePoint(cp: number | undefined): boolean {
  if (cp === undefined || cp === 0x20) return false
  return !isJapaneseCodePoint(cp)
}

/** Code point just before index `i` of `s` (handles surrogate pairs). */
function codePointBefore(s: string, i: number): number | undefined {
  if (i <= 0) return undefined
  const low = s.charCodeAt(i - 1)
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(i - 2)
  }
  return low
}

/**
 * Does the normalised `term` occur in the normalised `query`? Kana/kanji edges match anywhere; a
 * Latin/digit edge needs a non-word neighbour (start, end, space or kana/kanji).
 */
export function containsTerm(query: string, term: string): boolean {
  if (term === '') return false
  const firstIsWord = isWordCodePoint(term.codePointAt(0))
  const lastIsWord = isWordCodePoint(codePointBefore(term, term.length))
  let from = 0
  for (;;) {
    const at = query.indexOf(term, from)
    if (at < 0) return false
    const end = at + term.length
    const okStart = !firstIsWord || !isWordCodePoint(codePointBefore(query, at))
    const okEnd = !lastIsWord || !isWordCodePoint(query.codePointAt(end))
    if (okStart && okEnd) return true
    from = at + 1
  }
}

/**
 * The extra terms a query should also search for: every other term of each group that has a term in
 * the query. Terms already contained in the query are left out. Input may be raw or normalised;
 * output terms are normalised, in group order, without duplicates.
 */
export function expandSynonyms(query: string, synonyms: SynonymGroups | CompiledSynonyms | undefined | null): string[] {
  const q = normalize(query)
  if (q === '') return []
  const { groups } = compileSynonyms(synonyms)
  const extra: string[] = []
  for (const group of groups) {
    if (!group.some((t) => containsTerm(q, t))) continue
    for (const t of group) {
      if (!containsTerm(q, t) && !extra.includes(t)) extra.push(t)
    }
  }
  return extra
}
