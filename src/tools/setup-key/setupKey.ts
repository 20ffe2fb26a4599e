/**
 * The setup-key checker for 2要素認証設定画面: finds what makes Google Authenticator answer 「無効なキー」
 * when the key is entered by hand. The FAQ's most common cause is a space copied in front of the key.
 * Pure functions only: no Vue, no DOM, no storage.
 */
import { charIssue, classifyChar, graphemes, isBlankKind, replacementFor, stripInvisibleCodePoints, toHalfWidth } from '@/lib/chars'
import type { CharIssue, Finding } from '@/lib/findings'
import { isHyphenLike } from '@/lib/fixes'
import { SETUP_KEY_ALPHABET } from '@/lib/rules'
import { screenMessages } from '@/content/screenMessages'

/** Every finding code checkSetupKey can return, in the order findings appear. */
export const SETUP_KEY_CODES = ['empty', 'edge-space', 'inner-space', 'separator', 'char', 'padding', 'length'] as const
export type SetupKeyCode = (typeof SETUP_KEY_CODES)[number]

const ALPHABET: ReadonlySet<string> = new Set([...SETUP_KEY_ALPHABET, ...SETUP_KEY_ALPHABET.toLowerCase()])
const PAD = '='
// The digits the key alphabet leaves out (0, 1, 8, 9): one of them is almost always O, I or B misread.
const MISREAD_DIGITS: ReadonlySet<string> = new Set([...'0123456789'].filter((d) => !SETUP_KEY_ALPHABET.includes(d)))
// RFC 4648: an unpadded Base32 text of length n encodes whole bytes only if n mod 8 is 0, 2, 4, 5 or 7.
const IMPOSSIBLE_REMAINDERS: ReadonlySet<number> = new Set([1, 3, 6])

/**
 * The key as it should be pasted: blanks (spaces, full-width spaces, tabs, line breaks), hyphens between
 * groups and invisible characters removed, full-width characters made half-width, letters upper-cased.
 * Characters outside the alphabet are kept, so they stay visible. Idempotent.
 */
export function cleanSetupKey(input: string): string {
  return stripInvisibleCodePoints(toHalfWidth(input))
    .replace(/[\s-]+/gu, '')
    .replace(/[a-z]+/g, (s) => s.toUpperCase())
}

/**
 * The cleaned key when it is one a person can use: it differs from the input and passes the check
 * with no finding at all. null otherwise — a key that cannot be right is never offered as fixed.
 */
export function usableCleanedKey(input: string): string | null {
  const cleaned = cleanSetupKey(input)
  return cleaned !== input && checkSetupKey(cleaned).length === 0 ? cleaned : null
}

/**
 * Check a setup key (RFC 4648 Base32: A–Z and 2–7, lower case accepted, optional trailing '=' padding).
 * Findings in SETUP_KEY_CODES order; positions are 1-based characters of the input:
 *  - 'empty' (error): nothing but blanks, invisible characters or padding.
 *  - 'edge-space' (error, 無効なキー): blanks before or after the key, the FAQ's named cause;
 *    data.leading / data.trailing = how many on each side.
 *  - 'inner-space' (warning): blanks inside; some apps ignore them, but the cleaned key is safer.
 *  - 'separator' (warning): hyphens or dashes, which some pages print between groups of the key and
 *    authenticator apps strip like spaces; removed (replacement '').
 *  - 'char' (error, 無効なキー): every other character outside the alphabet (full-width, invisible,
 *    0/1/8/9, symbols, kana, …), with replacement only where it gives a valid key character;
 *    data.fullwidth = how many are full-width forms of key characters, data.misread = how many are
 *    the digits 0, 1, 8 or 9 (half- or full-width), which keys never use.
 *  - 'padding' (error, 無効なキー): '=' anywhere but at the end.
 *  - 'length' (warning): only when everything else is fine; a length no Base32 text can have
 *    (data.length), which usually means a character was lost or added.
 * Findings other than 'length' carry fix = the cleaned key, only when usableCleanedKey gives one.
 */
export function checkSetupKey(input: string): Finding<SetupKeyCode>[] {
  const chars = graphemes(input)
  const cleaned = cleanSetupKey(input)
  const findings: Finding<SetupKeyCode>[] = []
  const kinds = chars.map((g) => classifyChar(g))
  let first = 0
  while (first < chars.length && isBlankKind(kinds[first] ?? 'other')) first++
  let last = chars.length
  while (last > first && isBlankKind(kinds[last - 1] ?? 'other')) last--

  const edge: CharIssue[] = []
  const inner: CharIssue[] = []
  const bad: CharIssue[] = []
  const separators: CharIssue[] = []
  const pads: CharIssue[] = []
  let fullwidth = 0
  let misread = 0
  let seenPad = false
  let padAfterKey = true
  for (let i = 0; i < chars.length; i++) {
    const g = chars[i] as string
    const kind = kinds[i] ?? 'other'
    if (isBlankKind(kind)) {
      ;(i < first || i >= last ? edge : inner).push(charIssue(g, i + 1, kind, ''))
      continue
    }
    if (ALPHABET.has(g)) {
      if (seenPad) padAfterKey = false
      continue
    }
    if (g === PAD) {
      seenPad = true
      pads.push(charIssue(g, i + 1, kind))
      continue
    }
    if (isHyphenLike(g)) {
      separators.push(charIssue(g, i + 1, kind, ''))
      continue
    }
    const r = replacementFor(g, kind)
    if (r !== undefined && ALPHABET.has(r)) fullwidth++
    if (MISREAD_DIGITS.has(r ?? g)) misread++
    bad.push(charIssue(g, i + 1, kind, r !== undefined && (r === '' || ALPHABET.has(r)) ? r : undefined))
  }
  // Only a key that will then be right is offered (the cleaned key's own check offers none: it is clean).
  const usable = usableCleanedKey(input)
  const fix = usable !== null ? { code: 'clean', value: usable } : undefined

  // Padding alone is no key either.
  if (cleaned.replace(/=/g, '') === '') findings.push({ code: 'empty', severity: 'error' })
  if (edge.length > 0) {
    const data = { leading: first, trailing: chars.length - last }
    findings.push(withFix({ code: 'edge-space', severity: 'error', screenMessage: screenMessages['invalid-key'], chars: edge, data }, fix))
  }
  if (inner.length > 0) findings.push(withFix({ code: 'inner-space', severity: 'warning', chars: inner }, fix))
  if (separators.length > 0) findings.push(withFix({ code: 'separator', severity: 'warning', chars: separators }, fix))
  if (bad.length > 0) {
    findings.push(withFix({ code: 'char', severity: 'error', screenMessage: screenMessages['invalid-key'], chars: bad, data: { fullwidth, misread } }, fix))
  }
  if (!padAfterKey) findings.push(withFix({ code: 'padding', severity: 'error', screenMessage: screenMessages['invalid-key'], chars: pads }, fix))
  if (cleaned !== '' && bad.length === 0 && padAfterKey) {
    const length = cleaned.replace(/=+$/, '').length
    if (IMPOSSIBLE_REMAINDERS.has(length % 8)) findings.push({ code: 'length', severity: 'warning', data: { length } })
  }
  return findings
}

function withFix(f: Finding<SetupKeyCode>, fix: Finding['fix']): Finding<SetupKeyCode> {
  if (fix) f.fix = fix
  return f
}
