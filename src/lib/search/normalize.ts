/**
 * Text normalisation for search: the same function runs on FAQ text (at build time, in Node) and on what
 * a user types (in the browser), so that ＰＷ and pw, パスワード and ぱすわーど, ｶﾞ and が all meet.
 *
 * Steps, per character cluster (a code point plus the combining / half-width voicing marks after it):
 *   1. NFKC: full-width ASCII → ASCII, half-width kana → full-width, ㍻ → 平成, U+3000 → space.
 *   2. lower-case.
 *   3. katakana → hiragana (ヒラガナ → ひらがな); ヷ–ヺ have no hiragana form and stay.
 *   4. dash-like characters right after kana (ー ｰ ‐ ‑ – — ― − -) become the long-vowel mark ー, so
 *      パスワ−ド (a minus sign, a common IME slip) equals パスワード; elsewhere they are separators.
 *      The wave dash 〜 is not among them: after kana it is decoration (メール〜), not a long vowel.
 *   5. left-over combining marks and invisible format characters (ZWSP, ZWJ, BOM, variation selectors)
 *      are dropped; lone surrogates are dropped.
 *   6. everything that is not a letter or digit (spaces, punctuation, symbols, emoji) becomes a single
 *      space; leading/trailing spaces are trimmed.
 *
 * NFKC alone does not map ー ‐ − 〜 。 or U+200B (see src/lib/SOURCES.md), hence steps 4–6.
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

const RE_MARK = /^\p{M}$/u
const RE_DROP = /^[\p{Cf}\p{Cs}]$/u
const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** Dash-like code points after NFKC: hyphen-minus, U+2010–2015, hyphen bullet, minus sign, ー. */
function isDash(cp: number): boolean {
  return cp === 0x2d || (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2043 || cp === 0x2212 || cp === 0x30fc
}

/** Is `cp` a hiragana, katakana or the long-vowel mark (after normalisation)? */
function isKanaCodePoint(cp: number): boolean {
  return (cp >= 0x3041 && cp <= 0x309f) || (cp >= 0x30a0 && cp <= 0x30ff)
}

function toHiragana(cp: number): number {
  // ァ (U+30A1) … ヶ (U+30F6) and ヽ ヾ have hiragana twins 0x60 lower.
  if ((cp >= 0x30a1 && cp <= 0x30f6) || cp === 0x30fd || cp === 0x30fe) return cp - 0x60
  return cp
}

/**
 * Code points that NFKC and lower-casing leave alone and that can be classified without a regular
 * expression: the common case for Japanese and ASCII text, kept fast (search runs on every keystroke).
 */
function isSimple(cp: number): boolean {
  return (
    cp < 0x80 ||
    (cp >= 0x3041 && cp <= 0x3096) || // hiragana (not ゛゜ゟ, which NFKC changes)
    (cp >= 0x309d && cp <= 0x309e) || // ゝ ゞ
    (cp >= 0x30a1 && cp <= 0x30fa) || // katakana (not ヿ)
    (cp >= 0x30fc && cp <= 0x30fe) || // ー ヽ ヾ
    (cp >= 0x3000 && cp <= 0x3007) || // ideographic space, 、。〃〄々〆〇
    (cp >= 0x4e00 && cp <= 0x9fff) // CJK unified ideographs
  )
}

/** Marks that attach to the code point before them (NFKC must see the pair together). */
function isJoiner(cp: number): boolean {
  if (cp < 0x300 || isSimple(cp)) return false
  if (cp === 0xff9e || cp === 0xff9f) return true // half-width ﾞ ﾟ
  return RE_MARK.test(String.fromCodePoint(cp))
}

/**
 * Normalise `input` for matching, keeping a map back to source positions (used to highlight matches in
 * the original text). Never throws; non-strings are treated as the empty string.
 */
export function normalizeWithMap(input: string): NormalizedText {
  const starts: number[] = []
  const ends: number[] = []
  if (typeof input !== 'string' || input.length === 0) return { text: '', starts, ends }

  let out = ''
  let pendingSpace = false
  let lastCp = -1 // last emitted code point; -1 at the start or after a separator
  let spaceStart = 0
  let start = 0 // source range of the cluster being handled
  let end = 0

  const emit = (cp: number): void => {
    if (pendingSpace && out.length > 0) {
      out += ' '
      starts.push(spaceStart)
      ends.push(spaceStart)
    }
    pendingSpace = false
    if (cp > 0xffff) {
      out += String.fromCodePoint(cp)
      starts.push(start, start)
      ends.push(end, end)
    } else {
      out += String.fromCharCode(cp)
      starts.push(start)
      ends.push(end)
    }
    lastCp = cp
  }
  const separator = (): void => {
    if (!pendingSpace) spaceStart = start
    pendingSpace = true
    lastCp = -1
  }
  /** One code point after NFKC and lower-casing. */
  const handle = (cp: number): void => {
    if (isDash(cp)) {
      if (lastCp !== -1 && isKanaCodePoint(lastCp)) emit(0x30fc)
      else separator()
    } else if (cp < 0x80) {
      if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) emit(cp)
      else if (cp >= 0x41 && cp <= 0x5a) emit(cp + 0x20)
      else separator()
    } else if (isSimple(cp)) {
      if (cp >= 0x3000 && cp <= 0x3004) separator() // space 、。〃〄
      else emit(toHiragana(cp))
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // lone surrogate: dropped
    } else {
      const ch = String.fromCodePoint(cp)
      if (RE_MARK.test(ch) || RE_DROP.test(ch)) return
      if (RE_LETTER_OR_DIGIT.test(ch)) emit(toHiragana(cp))
      else separator()
    }
  }

  const n = input.length
  let i = 0
  while (i < n) {
    const cp = input.codePointAt(i) as number
    start = i
    let j = i + (cp > 0xffff ? 2 : 1)
    if (cp >= 0xd800 && cp <= 0xdfff) {
      i = j // lone surrogate: dropped, and nothing attaches to it
      continue
    }
    while (j < n) {
      const next = input.codePointAt(j) as number
      if (!isJoiner(next)) break
      j += next > 0xffff ? 2 : 1
    }
    end = j
    i = j
    if (j - start === 1 && isSimple(cp)) {
      handle(cp)
      continue
    }
    let cluster = input.slice(start, end)
    try {
      cluster = cluster.normalize('NFKC')
    } catch {
      // normalize() only throws for a bad form name; keep the raw text if an engine misbehaves.
    }
    for (const c of cluster) {
      const lower = c.toLowerCase()
      for (let k = 0; k < lower.length; ) {
        const lc = lower.codePointAt(k) as number
        k += lc > 0xffff ? 2 : 1
        handle(lc)
      }
    }
  }
  return { text: out, starts, ends }
}

/** Normalise text for matching (NFKC, lower case, katakana→hiragana, ー unified, separators → one space). */
export function normalize(input: string): string {
  return normalizeWithMap(input).text
}
