/**
 * Japanese-aware tokenizer for MiniSearch, applied identically to FAQ text and to queries.
 *
 * After normalize(): runs of kana/kanji become overlapping character bigrams (a one-character run stays a
 * unigram); runs of other letters/digits (Latin, digits, …) stay whole words (the engine searches them by
 * prefix too). Spaces and punctuation end a run.
 *
 * Why bigrams and not Intl.Segmenter('ja', {granularity: 'word'}): measured on tests/search/queries.ts
 * (97 queries) with the same engine, field weights and synonyms: bigrams top-1 91, top-3 97; Segmenter
 * (Node 20, ICU 78) top-1 84, top-3 94, for an index 40% smaller (13.4 vs 21.9 KB gzip). Both put every
 * on-screen message query first; the segmenter loses on everyday phrasing, where its dictionary splits
 * words the FAQ text does not share: 「ガラケーしかない」, 「すまほがない」 (hiragana for katakana), 「マイページが
 * 出てくる」. Bigrams need no dictionary, so they also match partial words. And they are deterministic:
 * the index is built in Node but queried in browsers whose Segmenter dictionaries differ (or that lack
 * Intl.Segmenter), and a token mismatch there would silently lose matches.
 */
import { normalize } from './normalize.ts'

/** Kana (incl. ー), kanji and the CJK iteration marks: the characters that get bigrams. */
export function isJapaneseCodePoint(cp: number): boolean {
  return (
    (cp >= 0x3041 && cp <= 0x30ff) || // hiragana, katakana, ー
    (cp >= 0x31f0 && cp <= 0x31ff) || // katakana phonetic extensions
    cp === 0x3005 || // 々
    cp === 0x3006 || // 〆
    cp === 0x3007 || // 〇
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK ext. A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0x20000 && cp <= 0x3ffff) // CJK ext. B and later (astral)
  )
}

/** True if `term` is a Japanese token (a bigram or unigram of kana/kanji), false for a word token. */
export function isJapaneseTerm(term: string): boolean {
  const cp = term.codePointAt(0)
  return cp !== undefined && isJapaneseCodePoint(cp)
}

/** Tokenize text that is already normalised (no second normalisation pass). */
export function tokenizeNormalized(normalized: string): string[] {
  const tokens: string[] = []
  for (const chunk of normalized.split(' ')) {
    if (chunk === '') continue
    let run: string[] = [] // code points of the current run
    let runIsJa = false
    const flush = (): void => {
      if (run.length === 0) return
      if (!runIsJa) tokens.push(run.join(''))
      else if (run.length === 1) tokens.push(run[0] as string)
      else for (let k = 0; k + 1 < run.length; k++) tokens.push((run[k] as string) + (run[k + 1] as string))
      run = []
    }
    for (const ch of chunk) {
      const ja = isJapaneseCodePoint(ch.codePointAt(0) as number)
      if (run.length > 0 && ja !== runIsJa) flush()
      runIsJa = ja
      run.push(ch)
    }
    flush()
  }
  return tokens
}

/** Tokenize any text: normalise it, then bigrams for kana/kanji runs and whole words for the rest. */
export function tokenize(text: string): string[] {
  return tokenizeNormalized(normalize(text))
}
