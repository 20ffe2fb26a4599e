/**
 * The English edition's search: the FAQ engine (engine.ts) with English word forms (english.ts). Pure, like
 * the engine: no Vue, no DOM, no storage.
 *
 * Everything of the Japanese search holds (fields and weights, coverage, relevance cut, prefix matching of
 * Latin words and one or two typos from four letters, bigrams for Japanese text); English adds, on both the
 * indexed text and the query, stems and no stop words (canonEnglish), so "expired", "expiry" and
 * "expiration" meet, and "how do I" weighs nothing. The English pages quote the real screens in Japanese,
 * so a pasted 「無効なキー」 is cut into bigrams and finds its English page. A query goes: normalised, romaji
 * readings of key terms replaced (faq/en/readings.yaml: kakunin kodo → confirmation code), word forms,
 * synonyms (faq/en/synonyms.yaml, compiled into the same word forms at build time), then the engine.
 *
 * Its own module, imported by the English search chunk only: the Japanese search chunk carries none of it.
 */
import {
  loadSearchIndex,
  MAX_QUERY_LENGTH,
  search,
  withCanon,
  type MatchRange,
  type SearchEngine,
  type SearchOptions,
  type SearchResult,
  type SharedDoc,
} from './engine.ts'
import { canonEnglish } from './english.ts'
import { normalize } from './normalize.ts'
import { applyReadings, compileReadings, type CompiledReadings, type ReadingTable } from './readings.ts'
import { compileSynonyms, type CompiledSynonyms, type SynonymGroups } from './synonyms.ts'
import { isJapaneseCodePoint } from './tokenize.ts'

/** A loaded English index: the engine, and the readings it leaves to searchEnglish (they come before the word forms). */
export interface EnglishEngine {
  readonly engine: SearchEngine
  readonly readings: CompiledReadings
}

/**
 * Synonym groups (faq/en/synonyms.yaml) in the index's word forms: normalised, each term through
 * canonEnglish, repeats dropped ("setting" and "settings" are one term). Throws, naming the group and the
 * term, on a term made of stop words only and on a group left with one term: the build must stop on a
 * group that cannot do anything.
 */
export function compileEnglishSynonyms(groups: SynonymGroups | null | undefined): CompiledSynonyms {
  const compiled: string[][] = []
  ;(groups ?? []).forEach((group, i) => {
    const terms: string[] = []
    for (const t of group) {
      const c = canonEnglish(normalize(t))
      if (c === '') throw new Error(`synonyms: group ${i + 1}: "${t}" is made of stop words only (english.ts STOP_WORDS), so it never matches`)
      if (!terms.includes(c)) terms.push(c)
    }
    if (terms.length < 2) throw new Error(`synonyms: group ${i + 1} has one term once stemmed (${terms.join('')}): its words are already the same for the search`)
    compiled.push(terms)
  })
  // compileSynonyms of normalised terms keeps them, and gives the shape the engine reads
  return compileSynonyms(compiled)
}

/**
 * Loads an index built by buildEnglishIndex and packed by packSearchIndex (buildIndex.ts), with the
 * questions of virtual:faq/en it was packed with as `shared`. `synonyms` as compileEnglishSynonyms gives
 * them (raw groups are compiled here), `readings` as faq/en/readings.yaml or compiled. Throws only if the
 * index is not valid.
 */
export function loadEnglishIndex(
  json: string | object,
  synonyms?: SynonymGroups | CompiledSynonyms | null,
  readings?: ReadingTable | CompiledReadings | null,
  shared?: readonly SharedDoc[],
): EnglishEngine {
  const groups = Array.isArray(synonyms) ? compileEnglishSynonyms(synonyms as SynonymGroups) : (synonyms as CompiledSynonyms | null | undefined)
  return { engine: withCanon(loadSearchIndex(json, groups, null, shared), canonEnglish), readings: compileReadings(readings) }
}

/** The query as the English index reads it: normalised, readings replaced, English word forms. */
export function englishQuery(query: string, readings: CompiledReadings): string {
  if (typeof query !== 'string') return ''
  // the engine caps queries at MAX_QUERY_LENGTH code points; the same cap first, so a pasted page costs nothing
  const capped = query.length <= MAX_QUERY_LENGTH ? query : Array.from(query.slice(0, 2 * MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_LENGTH).join('')
  return canonEnglish(applyReadings(normalize(capped), readings))
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Highlights reach the end of the word: the engine marks what matched, which for a stem is the start of a
 * word ("cod" of "code"); a reader expects the word. Japanese text is left as matched (bigrams).
 */
function wholeWords(text: string, ranges: readonly MatchRange[]): MatchRange[] {
  const out: MatchRange[] = []
  for (const [s, e0] of ranges) {
    let e = e0
    while (e < text.length && WORD_CHAR.test(text[e] as string) && !isJapaneseCodePoint(text.charCodeAt(e)) && !isJapaneseCodePoint(text.charCodeAt(e - 1))) e++
    const last = out[out.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

/** search() for the English edition: best matches first; [] for a query of nothing but stop words or punctuation; never throws. */
export function searchEnglish(english: EnglishEngine, query: string, options?: SearchOptions): SearchResult[] {
  try {
    return search(english.engine, englishQuery(query, english.readings), undefined, options).map((r) => ({
      ...r,
      titleRanges: wholeWords(r.title, r.titleRanges),
      snippet: { ...r.snippet, ranges: wholeWords(r.snippet.text, r.snippet.ranges) },
    }))
  } catch {
    return []
  }
}
