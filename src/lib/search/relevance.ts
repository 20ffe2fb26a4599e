/**
 * Which results are worth listing. The engine ORs every bigram of a query, so 「ロックされた」 also finds
 * every question that says された, and 「ロック」's っく every question that says クリック. Three rules cut
 * that noise without touching the ranking of what is kept:
 *   1. Grammatical endings (STOP_BIGRAMS) weigh little and never count as a match on their own.
 *   2. A result needs real evidence: a matched kanji or Latin term, or at least two matched kana bigrams
 *      (one kana bigram alone is mostly a chance hit inside another word).
 *   3. A result scoring under MIN_RELATIVE_SCORE of the best one is dropped.
 * Pure: plain data in, plain data out.
 */

/**
 * Bigrams of grammatical endings and auxiliaries, after normalisation (hiragana): された, ている, ください,
 * ません, ました, です, ちゃった, てる, けど, のに, ので, ない. Content words are never listed, even common
 * ones (パス, コード): their rarity is for BM25 to weigh, not for a list.
 */
export const STOP_BIGRAMS: ReadonlySet<string> = new Set([
  'され', 'れた', 'てい', 'いる', 'くだ', 'ださ', 'さい', 'ませ', 'せん', 'まし', 'した', 'して', 'です',
  'ます', 'ちゃ', 'ゃっ', 'った', 'てる', 'けど', 'のに', 'ので', 'ない',
])

/** Weight of a stop bigram in a query that has other terms (a typed term weighs 1). */
export const STOP_WEIGHT = 0.1

/**
 * Results scoring under this share of the best one are not listed. Measured 2026-12-02 over both query
 * sets (tests/search/queries.ts, tests/search/situations.ts): every expected answer in the top three
 * scores at least 0.55 of the first result, so 0.2 keeps them all with room to spare and still drops
 * the long tail (a higher cut would hide the second-best answer of ambiguous queries).
 */
export const MIN_RELATIVE_SCORE = 0.2

/** Is `term` a bigram of a grammatical ending (see STOP_BIGRAMS)? */
export function isStopBigram(term: string): boolean {
  return STOP_BIGRAMS.has(term)
}

/** A token of two kana (hiragana after normalisation, or ー): weak evidence on its own. */
export function isKanaBigram(term: string): boolean {
  return term.length === 2 && /^[\u3041-\u309f\u30fc]{2}$/.test(term)
}

/**
 * The query tokens that carry meaning: all but the stop bigrams, or every token when the query is made
 * of nothing else (「ません」 alone must still find something).
 */
export function contentTokens(tokens: readonly string[]): string[] {
  const content = tokens.filter((t) => !isStopBigram(t))
  return content.length > 0 ? content : [...tokens]
}

/**
 * Does a result that matched `matched` (query terms, typed or from synonyms) show real evidence? One
 * content term that is not a kana bigram, or `minKana` content kana bigrams (2, or 1 when the query has
 * only one to give). `content` says which terms count.
 */
export function hasEvidence(matched: Iterable<string>, content: ReadonlySet<string>, minKana = 2): boolean {
  let kana = 0
  for (const t of matched) {
    if (!content.has(t)) continue
    if (!isKanaBigram(t)) return true
    if (++kana >= minKana) return true
  }
  return false
}

/** Keep the items scoring at least `ratio` of the best one (`items` sorted best first). */
export function cutBelowBest<T extends { score: number }>(items: readonly T[], ratio = MIN_RELATIVE_SCORE): T[] {
  const best = items[0]?.score ?? 0
  if (!(best > 0)) return [...items]
  const floor = best * ratio
  return items.filter((r) => r.score >= floor)
}
