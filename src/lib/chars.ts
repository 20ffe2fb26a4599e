/**
 * Characters as a person sees them: splitting text into user-perceived characters (grapheme clusters),
 * naming what kind each one is (full-width, invisible, look-alike, …) and giving its half-width form
 * where one exists. Every checker builds on this, so positions and names agree everywhere.
 * Pure functions only: no Vue, no DOM, no storage.
 */
import type { CharIssue, CharKind } from './findings'
import { graphemeSegmenter } from './graphemes'

// ---------------------------------------------------------------------------------------------------
// Grapheme splitting
// ---------------------------------------------------------------------------------------------------

/*
 * Intl.Segmenter is the reference, but it costs several microseconds per segment (about 40 ms for
 * 10,000 characters in Node 20): far over the checker's budget. Most text never needs it: a boundary
 * always falls between two code points unless one of them can join a cluster (CR before LF, combining
 * and other Extend marks, ZWJ, spacing marks, Prepend, regional indicators, Hangul jamo/syllables).
 * So only the short runs around such "joining" code points go to the segmenter; everything else is
 * one code point per character. chars.test.ts checks the result against Intl.Segmenter directly.
 */
const JOINING =
  /[\r\u200D\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Mc}\u0E33\u0EB3\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{113D1}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uAC00-\uD7A3]/u

// Per-BMP-code-point memo of JOINING (0 unknown, 1 simple, 2 joining): one regex test per distinct
// code point instead of one per character.
const bmpJoining = new Uint8Array(0x10000)
// The same for astral code points (emoji, rare kanji): few distinct ones in any text.
const astralJoining = new Map<number, boolean>()

/** Whether a code point can join a neighbour into one character (CR, marks, ZWJ, flags, Hangul, …). */
export function isJoining(cp: number): boolean {
  if (cp < 0x300) return cp === 0x0d
  if (cp < 0x10000) {
    let v = bmpJoining[cp]
    if (!v) {
      v = JOINING.test(String.fromCharCode(cp)) ? 2 : 1
      bmpJoining[cp] = v
    }
    return v === 2
  }
  let joining = astralJoining.get(cp)
  if (joining === undefined) {
    joining = JOINING.test(String.fromCodePoint(cp))
    if (astralJoining.size < 4096) astralJoining.set(cp, joining)
  }
  return joining
}

function segmentRun(run: string, out: string[]): void {
  const segmenter = graphemeSegmenter()
  if (segmenter) {
    for (const s of segmenter.segment(run)) out.push(s.segment)
    return
  }
  // Old browsers without Intl.Segmenter (Firefox before 125): an approximation good enough to count
  // marks, ZWJ emoji and flags as one character.
  let prevZwj = false
  let riOpen = false
  for (const c of run) {
    const cp = c.codePointAt(0) ?? 0
    const last = out.length > 0 ? out[out.length - 1] : undefined
    const isRi = cp >= 0x1f1e6 && cp <= 0x1f1ff
    const attach: boolean =
      last !== undefined &&
      ((cp === 0x0a && last.endsWith('\r')) ||
        (cp !== 0x0d && cp !== 0x0a && isJoining(cp) && !isRi && !(cp >= 0xac00 && cp <= 0xd7a3)) ||
        (prevZwj && /\p{Extended_Pictographic}/u.test(c)) ||
        (isRi && riOpen))
    if (attach && last !== undefined) out[out.length - 1] = last + c
    else out.push(c)
    riOpen = isRi && !(attach && riOpen)
    prevZwj = cp === 0x200d
  }
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Whether every character is printable ASCII (U+0020–U+007E): then each UTF-16 unit is one character. */
export function isPrintableAscii(s: string): boolean {
  return PRINTABLE_ASCII.test(s)
}

/**
 * Split text into user-perceived characters: an emoji (also a ZWJ sequence or a flag) is one,
 * a letter with combining marks is one, CR LF is one, and a lone surrogate is one. Never throws.
 */
export function graphemes(s: string): string[] {
  if (PRINTABLE_ASCII.test(s)) return s.split('')
  const out: string[] = []
  const n = s.length
  let i = 0
  while (i < n) {
    const cp = s.codePointAt(i) ?? 0
    const w = cp > 0xffff ? 2 : 1
    const nextCp = i + w < n ? (s.codePointAt(i + w) ?? 0) : -1
    if (!isJoining(cp) && (nextCp < 0 || !isJoining(nextCp))) {
      out.push(s.slice(i, i + w))
      i += w
      continue
    }
    // A run that may hold clusters: extend it while the current or the next code point can join;
    // the run then ends where a boundary is certain, and the segmenter splits it exactly.
    let j = i
    let cpj = cp
    let wj = w
    for (;;) {
      const k = j + wj
      if (k >= n) break
      const cpk = s.codePointAt(k) ?? 0
      if (!isJoining(cpj) && !isJoining(cpk)) break
      j = k
      cpj = cpk
      wj = cpk > 0xffff ? 2 : 1
    }
    segmentRun(s.slice(i, j + wj), out)
    i = j + wj
  }
  return out
}

/** Number of user-perceived characters (see graphemes). */
export function graphemeLength(s: string): number {
  return PRINTABLE_ASCII.test(s) ? s.length : graphemes(s).length
}

const labelMemo = new Map<string, readonly string[]>()

/** The code points of a character as U+XXXX labels (a lone surrogate gives its own value). */
export function codePointLabels(g: string): string[] {
  // Memoised because a long input repeats characters; each caller still gets its own array.
  let labels = labelMemo.get(g)
  if (!labels) {
    const out: string[] = []
    for (const c of g) out.push('U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0'))
    labels = out
    if (labelMemo.size > 4096) labelMemo.clear()
    labelMemo.set(g, labels)
  }
  return labels.slice()
}

// ---------------------------------------------------------------------------------------------------
// Invisible characters and special spaces
// ---------------------------------------------------------------------------------------------------

/** Name ids of invisible and special-space characters; the locale turns each into Japanese. */
export type InvisibleId =
  | 'zwsp'
  | 'zwnj'
  | 'zwj'
  | 'word-joiner'
  | 'bom'
  | 'soft-hyphen'
  | 'bidi'
  | 'invisible-operator'
  | 'variation-selector'
  | 'tag'
  | 'filler'
  | 'nbsp'
  | 'unicode-space'
  | 'ideographic-space'
  | 'other-invisible'

/** One row of the invisible-character table: an inclusive code point range, its kind and name id. */
export interface InvisibleEntry {
  from: number
  to: number
  kind: 'invisible' | 'nbsp' | 'ideographic-space'
  id: InvisibleId
}

/**
 * Characters a person cannot see (or cannot tell from an ordinary space). Copying from a web page,
 * a PDF or a chat app is how they get into a password, an address or a key.
 * Any other format character (Unicode category Cf) is treated as invisible too, as 'other-invisible'.
 */
export const INVISIBLE_CHARS: readonly InvisibleEntry[] = [
  { from: 0x200b, to: 0x200b, kind: 'invisible', id: 'zwsp' },
  { from: 0x200c, to: 0x200c, kind: 'invisible', id: 'zwnj' },
  { from: 0x200d, to: 0x200d, kind: 'invisible', id: 'zwj' },
  { from: 0x2060, to: 0x2060, kind: 'invisible', id: 'word-joiner' },
  { from: 0xfeff, to: 0xfeff, kind: 'invisible', id: 'bom' },
  { from: 0x00ad, to: 0x00ad, kind: 'invisible', id: 'soft-hyphen' },
  { from: 0x200e, to: 0x200f, kind: 'invisible', id: 'bidi' },
  { from: 0x202a, to: 0x202e, kind: 'invisible', id: 'bidi' },
  { from: 0x2066, to: 0x2069, kind: 'invisible', id: 'bidi' },
  { from: 0x061c, to: 0x061c, kind: 'invisible', id: 'bidi' },
  { from: 0x2061, to: 0x2064, kind: 'invisible', id: 'invisible-operator' },
  { from: 0x034f, to: 0x034f, kind: 'invisible', id: 'other-invisible' },
  { from: 0x180e, to: 0x180e, kind: 'invisible', id: 'other-invisible' },
  { from: 0xfe00, to: 0xfe0f, kind: 'invisible', id: 'variation-selector' },
  { from: 0xe0100, to: 0xe01ef, kind: 'invisible', id: 'variation-selector' },
  { from: 0xe0001, to: 0xe0001, kind: 'invisible', id: 'tag' },
  { from: 0xe0020, to: 0xe007f, kind: 'invisible', id: 'tag' },
  { from: 0x115f, to: 0x1160, kind: 'invisible', id: 'filler' },
  { from: 0x3164, to: 0x3164, kind: 'invisible', id: 'filler' },
  { from: 0xffa0, to: 0xffa0, kind: 'invisible', id: 'filler' },
  { from: 0x00a0, to: 0x00a0, kind: 'nbsp', id: 'nbsp' },
  { from: 0x1680, to: 0x1680, kind: 'nbsp', id: 'unicode-space' },
  { from: 0x2000, to: 0x200a, kind: 'nbsp', id: 'unicode-space' },
  { from: 0x202f, to: 0x202f, kind: 'nbsp', id: 'nbsp' },
  { from: 0x205f, to: 0x205f, kind: 'nbsp', id: 'unicode-space' },
  { from: 0x3000, to: 0x3000, kind: 'ideographic-space', id: 'ideographic-space' },
]

const CF = /\p{Cf}/u

const entryMemo = new Map<number, InvisibleEntry | null>()

/** The invisible-table row for a code point, or for any other format character a synthetic row. */
export function invisibleEntry(cp: number): InvisibleEntry | undefined {
  if (cp < 0xa0) return undefined
  let e = entryMemo.get(cp)
  if (e === undefined) {
    e = INVISIBLE_CHARS.find((x) => cp >= x.from && cp <= x.to) ?? null
    if (!e && CF.test(String.fromCodePoint(cp))) e = { from: cp, to: cp, kind: 'invisible', id: 'other-invisible' }
    if (entryMemo.size > 4096) entryMemo.clear()
    entryMemo.set(cp, e)
  }
  return e ?? undefined
}

// Every code point invisibleEntry can call 'invisible' (and a few more), as one pattern, to skip
// work on clean text.
const ANY_INVISIBLE = /[\p{Cf}\p{Variation_Selector}\u034f\u180e\u115f\u1160\u3164\uffa0]/u

/** Whether a code point is invisible (zero-width, BOM, bidi mark, variation selector, …); spaces are not. */
export function isInvisibleCodePoint(cp: number): boolean {
  return invisibleEntry(cp)?.kind === 'invisible'
}

/** The name id of the first invisible or special-space code point in a character, if any. */
export function invisibleIdOf(g: string): InvisibleId | undefined {
  for (const c of g) {
    const e = invisibleEntry(c.codePointAt(0) ?? 0)
    if (e) return e.id
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------------
// Half-width forms
// ---------------------------------------------------------------------------------------------------

/**
 * Look-alikes NFKC leaves alone, with the half-width character the same key types when the IME is off.
 * Each one is what a Japanese IME produces for the ASCII key (or what a document's "smart" typography
 * puts in), so the replacement is what the person meant.
 */
export const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u30fc', '-'], // ー 長音記号 (the "-" key with the IME on)
  ['\uff70', '-'], // ｰ 半角長音記号
  ['\u2010', '-'], // ‐ hyphen
  ['\u2011', '-'], // ‑ non-breaking hyphen
  ['\u2012', '-'], // ‒ figure dash
  ['\u2013', '-'], // – en dash
  ['\u2014', '-'], // — em dash
  ['\u2015', '-'], // ― horizontal bar (what many IMEs give for ダッシュ)
  ['\u2212', '-'], // − minus sign
  ['\u301c', '~'], // 〜 wave dash (the "~" key with the IME on)
  ['\u3002', '.'], // 。 句点 (the "." key with the IME on)
  ['\uff61', '.'], // ｡ 半角句点
  ['\u3001', ','], // 、 読点 (the "," key with the IME on)
  ['\uff64', ','], // ､ 半角読点
  ['\u201c', '"'], // “ smart quotes, from word processors and phones
  ['\u201d', '"'], // ”
  ['\u2018', "'"], // ‘
  ['\u2019', "'"], // ’
])

// The Unicode space separators (category Zs) other than U+0020; all become ' '.
const isSpecialSpace = (cp: number): boolean =>
  cp === 0x3000 || cp === 0x00a0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f

function halfWidthOfCodePoint(cp: number, c: string): string | undefined {
  // Full-width ASCII forms ！..～: NFKC maps each to its ASCII character (offset 0xFEE0).
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0)
  if (cp < 0x80) return undefined
  if (isSpecialSpace(cp)) return ' '
  return LOOKALIKES.get(c)
}

/**
 * The half-width ASCII form of one character, where one exists: full-width forms (Ａ０＠．－＿～),
 * special spaces (U+3000, NBSP, U+2000–200A → ' ') and the LOOKALIKES table. undefined otherwise,
 * including for characters that already are ASCII.
 */
export function halfWidthOf(g: string): string | undefined {
  if (g.length === 0 || g.length > 2) return undefined
  const cp = g.codePointAt(0) ?? 0
  if (cp < 0x80 || (cp > 0xffff ? 2 : 1) !== g.length) return undefined
  return halfWidthOfCodePoint(cp, g)
}

const HALF_WIDTH_SOURCES = /[\uff01-\uff5e\u3000\u00a0\u1680\u2000-\u200a\u202f\u205f\u30fc\uff70\u2010-\u2015\u2212\u301c\u3002\uff61\u3001\uff64\u201c\u201d\u2018\u2019]/g

/**
 * Replace every character that has a half-width form with it (see halfWidthOf); everything else is
 * kept. Idempotent: the output characters are plain ASCII, which map to themselves.
 */
export function toHalfWidth(s: string): string {
  return s.replace(HALF_WIDTH_SOURCES, (c) => halfWidthOfCodePoint(c.charCodeAt(0), c) ?? c)
}

// ---------------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------------

const EMOJI_CORE = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3|\u200D|\p{Emoji_Modifier}/u
const KANA_KANJI = /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u
const NON_ASCII_SYMBOL = /^[\p{P}\p{S}]/u
const LINE_BREAKS = new Set(['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029'])

/** Whether a character is an emoji as a person would call it (incl. ZWJ sequences, flags, keycaps). */
export function isEmoji(g: string): boolean {
  return EMOJI_CORE.test(g) ? EMOJI_PRESENTATION.test(g) : /\u20E3/.test(g)
}

function hasInvisible(g: string): boolean {
  for (const c of g) if (isInvisibleCodePoint(c.codePointAt(0) ?? 0)) return true
  return false
}

// Classifying the same character again is common (passwords repeat characters; a page re-checks on
// every key press), so results are memoised; the memo is cleared when it grows, to stay small.
const kindMemo = new Map<string, CharKind>()
// Single BMP code points, the vast majority, are memoised in a flat table instead (index + 1 of KINDS).
// (Written as a Record so the compiler insists on every kind.)
const KIND_SET: Record<CharKind, true> = {
  'fullwidth-letter': true, 'fullwidth-digit': true, 'fullwidth-symbol': true, 'ideographic-space': true, space: true,
  nbsp: true, invisible: true, 'line-break': true, tab: true, control: true, lookalike: true, 'kana-kanji': true,
  emoji: true, other: true, 'ascii-letter': true, 'ascii-digit': true, 'ascii-symbol': true,
}
const KINDS = Object.keys(KIND_SET) as CharKind[]
const bmpKind = new Uint8Array(0x10000)

/**
 * What kind of character one user-perceived character is. Plain ASCII is 'ascii-letter',
 * 'ascii-digit', 'ascii-symbol' or 'space'; a checker decides which kinds its field accepts.
 * A character carrying an invisible code point (e.g. a letter followed by a zero-width joiner) is
 * 'invisible'; emoji sequences keep their joiners and are 'emoji'.
 */
export function classifyChar(g: string): CharKind {
  if (g.length === 1) {
    const c = g.charCodeAt(0)
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) return 'ascii-letter'
      if (c >= 0x41 && c <= 0x5a) return 'ascii-letter'
      if (c >= 0x30 && c <= 0x39) return 'ascii-digit'
      if (c === 0x20) return 'space'
      if (c === 0x09) return 'tab'
      if (c === 0x0a || c === 0x0d) return 'line-break'
      if (c < 0x20 || c === 0x7f) return 'control'
      return 'ascii-symbol'
    }
    const k = bmpKind[c] as number
    if (k !== 0) return KINDS[k - 1] as CharKind
    const kind = classifySlow(g)
    bmpKind[c] = KINDS.indexOf(kind) + 1
    return kind
  }
  const memo = kindMemo.get(g)
  if (memo) return memo
  const kind = classifySlow(g)
  if (kindMemo.size > 4096) kindMemo.clear()
  kindMemo.set(g, kind)
  return kind
}

function classifySlow(g: string): CharKind {
  if (g.length === 0) return 'other'
  if (LINE_BREAKS.has(g)) return 'line-break'
  if (isEmoji(g)) return 'emoji'
  if (hasInvisible(g)) return 'invisible'
  const cp = g.codePointAt(0) ?? 0
  const single = g.length === (cp > 0xffff ? 2 : 1)
  if (single) {
    const entry = invisibleEntry(cp)
    if (entry) return entry.kind
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control'
    if (LOOKALIKES.has(g)) return 'lookalike'
    if (cp >= 0xff01 && cp <= 0xff5e) {
      const a = cp - 0xfee0
      if ((a >= 0x41 && a <= 0x5a) || (a >= 0x61 && a <= 0x7a)) return 'fullwidth-letter'
      if (a >= 0x30 && a <= 0x39) return 'fullwidth-digit'
      return 'fullwidth-symbol'
    }
  }
  if (KANA_KANJI.test(g)) return 'kana-kanji'
  if (cp >= 0x80 && NON_ASCII_SYMBOL.test(g)) return 'fullwidth-symbol'
  return 'other'
}

/**
 * The replacement a fix would use for one character: its half-width form, '' (delete) for an
 * invisible character, or the visible part of a character that carries an invisible code point.
 * undefined when there is no sensible replacement.
 */
export function replacementFor(g: string, kind: CharKind = classifyChar(g)): string | undefined {
  if (kind === 'invisible') {
    let rest = ''
    for (const c of g) if (!isInvisibleCodePoint(c.codePointAt(0) ?? 0)) rest += c
    if (rest === '') return ''
    if (PRINTABLE_ASCII.test(rest)) return rest
    const h = halfWidthOf(rest)
    return h
  }
  return halfWidthOf(g)
}

const ANY_INVISIBLE_ALL = new RegExp(ANY_INVISIBLE.source, 'gu')

/**
 * Remove every invisible code point, emoji joiners included: cheap (no segmenting), for comparing
 * two strings "apart from invisible characters", not for showing text.
 */
export function stripInvisibleCodePoints(s: string): string {
  return ANY_INVISIBLE.test(s) ? s.replace(ANY_INVISIBLE_ALL, '') : s
}

/** Remove invisible code points, keeping those that hold an emoji sequence together. */
export function removeInvisible(s: string): string {
  if (!ANY_INVISIBLE.test(s)) return s
  let out = ''
  for (const g of graphemes(s)) {
    if (classifyChar(g) !== 'invisible') out += g
    else for (const c of g) if (!isInvisibleCodePoint(c.codePointAt(0) ?? 0)) out += c
  }
  return out
}

/**
 * Build the CharIssue for one character at a 1-based position. The replacement is whatever the checker
 * decided (it depends on what the field accepts); undefined means none is offered.
 */
export function charIssue(g: string, position: number, kind: CharKind = classifyChar(g), replacement?: string): CharIssue {
  const issue: CharIssue = { position, char: g, codePoints: codePointLabels(g), kind }
  if (replacement !== undefined) issue.replacement = replacement
  return issue
}

/** Whether a kind is a kind of blank: space, full-width space, special space, tab or line break. */
export function isBlankKind(kind: CharKind): boolean {
  return kind === 'space' || kind === 'ideographic-space' || kind === 'nbsp' || kind === 'tab' || kind === 'line-break'
}

/**
 * How a character a person cannot see is drawn in the marked-up copy of the input. Visible characters
 * are drawn as themselves; these stand in for blanks and invisible ones so their place can be seen. The
 * same symbols in every language: they are not wording.
 */
export const MARKER_SYMBOLS: Partial<Record<CharKind, string>> = {
  space: '␣',
  'ideographic-space': '□',
  nbsp: '⍽',
  tab: '⇥',
  'line-break': '↵',
  invisible: '◌',
  control: '◌',
}
