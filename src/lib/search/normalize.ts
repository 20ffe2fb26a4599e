/**
 * Text normalisation for search: the same function runs on FAQ text (at build time, in Node) and on what
 * a user types (in the browser), so that ＰＷ and pw, パスワード and ぱすわーど, ｶﾞ and が all meet.
 *
 * Steps, per character cluster (a code point plus the combining / half-width voicing marks after it):
 *   1. NFKC: full-width ASCII → ASCII, half-width kana → full-width, ㍻ → 平成, U+3000 → space.
 *   2. lower-case.
 *   3. katakana → hiragana (ヒラガナ → ひらがな); ヷ–ヺ have no hiragana form and stay.
 *   4. dash-like characters right after kana (ー ｰ ‐ ‑ – — ― − - 〜 ~) become the long-vowel mark ー,
 *      so パスワ−ド (a minus sign, a common IME slip) equals パスワード; elsewhere they are separators.
 *   5. left-over combining marks and invisible format characters (ZWSP, ZWJ, BOM, variation selectors)
 *      are dropped; lone surrogates are dropped.
 *   6. everything that is not a letter or digit (spaces, punctuation, symbols, emoji) becomes a single
 *      space; leading/trailing spaces are trimmed.
 *
 * NFKC alone does not map ー ‐ − 〜 。 or U+200B (see shared/facts.md), hence steps 4–6.
 * Pure and total: never throws, idempotent (normalize(normalize(s)) === normalize(s)).
 */

/** A normalised string plus, for each of its UTF-16 code units, the source range it came from. */
export interface NormalizedText {
  text: string
  /** start (inclusive) in the source string, per code unit of `text` */
  starts: number[]
  /** end (exclusive) in the source string, per code unit of `text` */
  ends: number[]
}

const RE_JOINER = /^[\p{M}\uFF9E\uFF9F]$/u
const RE_MARK = /^\p{M}$/u
const RE_DROP = /^[\p{Cf}\p{Cs}]$/u
const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** After NFKC: ASCII hyphen-minus, U+2010–2015, minus sign, long-vowel mark, wave dash, tilde. */
const RE_DASH = /^[-\u2010-\u2015\u2043\u2212\u30FC\u301C~]$/u

/** Is `cp` (a code point) a hiragana, katakana or the long-vowel mark (after normalisation)? */
function isKanaCodePoint(cp: number): boolean {
  return (cp >= 0x3041 && cp <= 0x309f) || (cp >= 0x30a0 && cp <= 0x30ff)
}

function toHiragana(cp: number): number {
  // ァ (U+30A1) … ヶ (U+30F6) and ヽ ヾ have hiragana twins 0x60 lower.
  if ((cp >= 0x30a1 && cp <= 0x30f6) || cp === 0x30fd || cp === 0x30fe) return cp - 0x60
  return cp
}

function isLoneSurrogate(ch: string): boolean {
  if (ch.length !== 1) return false
  const c = ch.charCodeAt(0)
  return c >= 0xd800 && c <= 0xdfff
}

/**
 * Normalise `input` for matching, keeping a map back to source positions (used to highlight matches in
 * the original text). Never throws; non-strings are treated as the empty string.
 */
export function normalizeWithMap(input: string): NormalizedText {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  if (typeof input !== 'string' || input.length === 0) return { text: '', starts, ends }

  let pendingSpace = false
  let lastCp = -1 // last emitted code point (not counting spaces); -1 at start or after a space
  let spaceStart = 0

  const emit = (cp: number, s: number, e: number): void => {
    if (pendingSpace && out.length > 0) {
      out.push(' ')
      starts.push(spaceStart)
      ends.push(spaceStart)
    }
    pendingSpace = false
    const str = String.fromCodePoint(cp)
    for (let k = 0; k < str.length; k++) {
      out.push(str[k] as string)
      starts.push(s)
      ends.push(e)
    }
    lastCp = cp
  }
  const separator = (s: number): void => {
    if (!pendingSpace) spaceStart = s
    pendingSpace = true
    lastCp = -1
  }

  // Split into clusters: a code point followed by any combining marks / half-width voicing marks.
  const chars: string[] = []
  const offsets: number[] = []
  let pos = 0
  for (const ch of input) {
    chars.push(ch)
    offsets.push(pos)
    pos += ch.length
  }
  offsets.push(pos)

  let i = 0
  while (i < chars.length) {
    const first = chars[i] as string
    const start = offsets[i] as number
    let j = i + 1
    if (!isLoneSurrogate(first)) {
      while (j < chars.length && RE_JOINER.test(chars[j] as string)) j++
    }
    const end = offsets[j] as number
    i = j
    if (isLoneSurrogate(first)) continue

    let cluster = input.slice(start, end)
    try {
      cluster = cluster.normalize('NFKC')
    } catch {
      // normalize() only throws for a bad form name; keep the raw text if an engine misbehaves.
    }
    for (const c of cluster) {
      for (const lc of c.toLowerCase()) {
        if (RE_MARK.test(lc) || RE_DROP.test(lc) || isLoneSurrogate(lc)) continue
        if (RE_DASH.test(lc)) {
          if (lastCp !== -1 && isKanaCodePoint(lastCp)) emit(0x30fc, start, end)
          else separator(start)
          continue
        }
        if (RE_LETTER_OR_DIGIT.test(lc)) {
          emit(toHiragana(lc.codePointAt(0) as number), start, end)
          continue
        }
        separator(start)
      }
    }
  }
  return { text: out.join(''), starts, ends }
}

/** Normalise text for matching (NFKC, lower case, katakana→hiragana, ー unified, separators → one space). */
export function normalize(input: string): string {
  return normalizeWithMap(input).text
}
