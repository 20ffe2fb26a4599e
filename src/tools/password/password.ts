/**
 * The new-password checker for the practice form that mirrors パスワード変更画面. The checker, the
 * `passwordrules` attribute and the rule list shown on the page are all built from the same rules.ts
 * values, so they cannot disagree. Pure functions only: no Vue, no DOM, no storage.
 */
import {
  charIssue,
  classifyChar,
  graphemeLength,
  graphemes,
  isJoining,
  isPrintableAscii,
  replacementFor,
  stripInvisibleCodePoints,
  toHalfWidth,
} from '@/lib/chars'
import type { CharIssue, Finding } from '@/lib/findings'
import {
  PASSWORD_ALLOWED_SYMBOLS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_REQUIRED_CLASSES,
  PASSWORD_SYMBOLS_PUBLISHED,
  type RequiredClass,
} from '@/lib/rules'
import { screenMessages } from '@/content/screenMessages'

/** Every finding code checkPassword can return, in the order findings appear. */
export const PASSWORD_CODES = ['empty', 'disallowed-char', 'missing-class', 'too-short', 'too-long', 'confirm-empty', 'confirm-mismatch'] as const
export type PasswordCode = (typeof PASSWORD_CODES)[number]

/** Codes of the rules the page lists (and the live checklist ticks). */
export type PasswordRuleCode = 'min-length' | 'max-length' | `require-${RequiredClass}` | 'allowed-chars'

/** One rule as the page lists it. `published`: false when the value is our default, not the university's. */
export interface PasswordRule {
  code: PasswordRuleCode
  data: Record<string, string | number>
  published: boolean
}

/** A rule with whether the current input meets it. */
export interface ChecklistItem extends PasswordRule {
  met: boolean
}

/** Why two passwords likely differ (firstDifference). */
export type DifferenceCause = 'trailing-space' | 'leading-space' | 'invisible' | 'width' | 'case' | 'length' | 'other'

/** Where two passwords first differ: a 1-based character position and a likely cause; never the characters. */
export interface Difference {
  position: number
  cause: DifferenceCause
}

const ALLOWED_SYMBOLS: ReadonlySet<string> = new Set(graphemes(PASSWORD_ALLOWED_SYMBOLS))

/** Whether one character is allowed in a password: a half-width letter or digit, or an allowed symbol. */
export function isAllowedPasswordChar(g: string): boolean {
  if (g.length === 1) {
    const c = g.charCodeAt(0)
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true
  }
  return ALLOWED_SYMBOLS.has(g)
}

interface Analysis {
  length: number
  counts: Record<RequiredClass, number>
  /** the first MAX_LISTED_CHARS disallowed characters */
  bad: CharIssue[]
  badCount: number
  /** the input with every replaceable disallowed character replaced (or removed) */
  fixed: string
}

// Allowed-ness of each ASCII code unit, for the common all-ASCII input.
const ASCII_ALLOWED = new Uint8Array(128)
for (let c = 0x20; c < 0x7f; c++) ASCII_ALLOWED[c] = isAllowedPasswordChar(String.fromCharCode(c)) ? 1 : 0

/**
 * At most this many characters are listed in one finding (data.count still counts them all): nobody
 * reads a list of thousands, and building one is most of the cost on a huge pasted input.
 */
export const MAX_LISTED_CHARS = 200

// Whether any allowed symbol is outside ASCII (only if rules.ts is changed that way).
const NON_ASCII_SYMBOLS = [...ALLOWED_SYMBOLS].some((g) => g.length !== 1 || g.charCodeAt(0) >= 0x80)

// One pass over the characters: segmentation happens once, so a 10,000-character input stays linear.
// Counters are plain locals and the fixed text is only built once something changes: this runs on
// every key press, and the benchmark feeds it 10,000 characters.
function analyse(pw: string): Analysis {
  const bad: CharIssue[] = []
  let badCount = 0
  let upper = 0
  let lower = 0
  let digit = 0
  if (isPrintableAscii(pw)) {
    // Each code unit is one character here, so no segmenting and no per-character strings.
    for (let i = 0; i < pw.length; i++) {
      const c = pw.charCodeAt(i)
      if (c >= 0x61 && c <= 0x7a) lower++
      else if (c >= 0x41 && c <= 0x5a) upper++
      else if (c >= 0x30 && c <= 0x39) digit++
      else if (!ASCII_ALLOWED[c]) {
        badCount++
        if (bad.length < MAX_LISTED_CHARS) bad.push(charIssue(pw[i] as string, i + 1, classifyChar(pw[i] as string)))
      }
    }
    return { length: pw.length, counts: { upper, lower, digit }, bad, badCount, fixed: pw }
  }
  const chars = graphemes(pw)
  let parts: string[] | undefined
  // A long paste repeats the same few characters: classify each distinct one once.
  const seen = new Map<string, { kind: ReturnType<typeof classifyChar>; r: string | undefined }>()
  for (let i = 0; i < chars.length; i++) {
    const g = chars[i] as string
    if (g.length === 1) {
      const c = g.charCodeAt(0)
      if (c < 0x80 && ASCII_ALLOWED[c]) {
        if (c >= 0x61 && c <= 0x7a) lower++
        else if (c >= 0x41 && c <= 0x5a) upper++
        else if (c >= 0x30 && c <= 0x39) digit++
        parts?.push(g)
        continue
      }
    }
    if (NON_ASCII_SYMBOLS && ALLOWED_SYMBOLS.has(g)) {
      parts?.push(g)
      continue
    }
    let known = seen.get(g)
    if (!known) {
      const kind = classifyChar(g)
      let r = replacementFor(g, kind)
      // A replacement is offered only if it is itself allowed: U+3000 becomes ' ', which the rules refuse.
      if (r !== undefined && r !== '' && !isAllowedPasswordChar(r)) r = undefined
      known = { kind, r }
      seen.set(g, known)
    }
    const { kind, r } = known
    badCount++
    if (bad.length < MAX_LISTED_CHARS) bad.push(charIssue(g, i + 1, kind, r))
    if (r !== undefined && parts === undefined) parts = chars.slice(0, i)
    parts?.push(r ?? g)
  }
  return { length: chars.length, counts: { upper, lower, digit }, bad, badCount, fixed: parts ? parts.join('') : pw }
}

/**
 * The one-tap fix for a password: each disallowed character that has an allowed half-width form is
 * replaced by it (Ａ→A, ー→-, 。→.), invisible characters are removed; everything else is kept, so
 * the user still sees what they must change by hand. Idempotent.
 */
export function fixPassword(pw: string): string {
  return analyse(pw).fixed
}

/** The rules the page lists, in order, built from rules.ts. */
export function passwordRuleList(): PasswordRule[] {
  const rules: PasswordRule[] = [{ code: 'min-length', data: { min: PASSWORD_MIN_LENGTH }, published: true }]
  if (PASSWORD_MAX_LENGTH !== null) rules.push({ code: 'max-length', data: { max: PASSWORD_MAX_LENGTH }, published: false })
  for (const cls of PASSWORD_REQUIRED_CLASSES) rules.push({ code: `require-${cls}`, data: {}, published: true })
  rules.push({ code: 'allowed-chars', data: { symbols: PASSWORD_ALLOWED_SYMBOLS }, published: PASSWORD_SYMBOLS_PUBLISHED })
  return rules
}

/**
 * Each listed rule with whether `pw` meets it now. Length rules add `data.length` (the current count).
 * An empty input meets 'allowed-chars' (nothing wrong typed yet) and nothing else.
 */
export function liveChecklist(pw: string): ChecklistItem[] {
  const a = analyse(pw)
  return passwordRuleList().map((rule): ChecklistItem => {
    switch (rule.code) {
      case 'min-length':
        return { ...rule, data: { ...rule.data, length: a.length }, met: a.length >= PASSWORD_MIN_LENGTH }
      case 'max-length':
        return { ...rule, data: { ...rule.data, length: a.length }, met: PASSWORD_MAX_LENGTH === null || a.length <= PASSWORD_MAX_LENGTH }
      case 'allowed-chars':
        return { ...rule, met: a.badCount === 0 }
      default:
        return { ...rule, met: a.counts[rule.code.slice('require-'.length) as RequiredClass] > 0 }
    }
  })
}

/**
 * Apple's `passwordrules` attribute for the new-password fields, e.g.
 * `minlength: 12; required: upper; required: lower; required: digit; allowed: upper, lower, digit, [-!"#…]];`.
 * In a custom class Apple's parser accepts '-' only as the first character and reads ']' as a literal
 * only as the last one (written `]]`), so they are placed there; nothing else needs escaping.
 */
export function passwordRulesAttribute(): string {
  const parts = [`minlength: ${PASSWORD_MIN_LENGTH}`]
  if (PASSWORD_MAX_LENGTH !== null) parts.push(`maxlength: ${PASSWORD_MAX_LENGTH}`)
  for (const cls of PASSWORD_REQUIRED_CLASSES) parts.push(`required: ${cls}`)
  // Only printable ASCII other than space can go in a custom class.
  const symbols = [...PASSWORD_ALLOWED_SYMBOLS].filter((c) => c > ' ' && c <= '~')
  const middle = symbols.filter((c) => c !== '-' && c !== ']').join('')
  const cls = (symbols.includes('-') ? '-' : '') + middle + (symbols.includes(']') ? ']' : '')
  parts.push(cls ? `allowed: upper, lower, digit, [${cls}]` : 'allowed: upper, lower, digit')
  return parts.join('; ') + ';'
}

// Blanks a copy-and-paste leaves at the ends: whitespace (incl. U+3000, NBSP) and zero-width characters.
const EDGE_BLANK = /[\s\u200b-\u200d\u2060\ufeff]/u

// Trimmed by hand: a /[…]+$/ regex backtracks quadratically on long runs of blanks in the middle.
function trimBlankEnd(s: string): string {
  let end = s.length
  while (end > 0 && EDGE_BLANK.test(s[end - 1] as string)) end--
  return s.slice(0, end)
}

function trimBlankStart(s: string): string {
  let start = 0
  while (start < s.length && EDGE_BLANK.test(s[start] as string)) start++
  return s.slice(start)
}

// Code-point level throughout: these only decide equality, so no segmenting is needed.
function widthNormal(s: string): string {
  return stripInvisibleCodePoints(toHalfWidth(s)).normalize('NFKC')
}

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff

// 1-based character position of the first difference, and whether it is just the end of the shorter
// string (one is the other cut short, counted in whole characters). Only the tail after a certain
// character boundary is compared character by character; the shared prefix before it is just counted.
function differencePosition(a: string, b: string): { position: number; cutShort: boolean } {
  let k = 0
  const n = Math.min(a.length, b.length)
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++
  const joinsAt = (s: string, i: number): boolean => i < s.length && isJoining(s.codePointAt(i) ?? 0)
  // After a printable-ASCII prefix each unit is one character, unless what follows joins the last one.
  if (isPrintableAscii(a.slice(0, k)) && !joinsAt(a, k) && !joinsAt(b, k)) return { position: k + 1, cutShort: k === n }
  // Step back to a boundary that holds in both strings: between two code points neither of which can
  // join a neighbour (the same rule graphemes() relies on), never inside a surrogate pair.
  let k0 = k
  while (k0 > 0) {
    if (isHigh(a.charCodeAt(k0 - 1))) {
      k0--
      continue
    }
    const prevStart = k0 >= 2 && isLow(a.charCodeAt(k0 - 1)) && isHigh(a.charCodeAt(k0 - 2)) ? k0 - 2 : k0 - 1
    if (isJoining(a.codePointAt(prevStart) ?? 0) || joinsAt(a, k0) || joinsAt(b, k0)) k0 = prevStart
    else break
  }
  const ga = graphemes(a.slice(k0))
  const gb = graphemes(b.slice(k0))
  let i = 0
  while (i < ga.length && i < gb.length && ga[i] === gb[i]) i++
  return { position: graphemeLength(a.slice(0, k0)) + i + 1, cutShort: i === ga.length || i === gb.length }
}

/**
 * Where two passwords first differ (1-based, counted as a person counts) and the likely cause, or null
 * if they are equal. Causes are tried in order: trailing-space, leading-space, invisible (same once
 * invisible characters are removed), width (same after half-width/NFKC), case, length (one is the
 * other cut short), other. The characters themselves are never returned.
 */
export function firstDifference(a: string, b: string): Difference | null {
  if (a === b) return null
  const { position, cutShort } = differencePosition(a, b)
  let cause: DifferenceCause
  if (trimBlankEnd(a) === trimBlankEnd(b)) cause = 'trailing-space'
  else if (trimBlankStart(a) === trimBlankStart(b)) cause = 'leading-space'
  else if (stripInvisibleCodePoints(a) === stripInvisibleCodePoints(b)) cause = 'invisible'
  else {
    // Printable ASCII is already its own half-width NFKC form.
    const ascii = isPrintableAscii(a) && isPrintableAscii(b)
    const na = ascii ? a : widthNormal(a)
    const nb = ascii ? b : widthNormal(b)
    if (na === nb) cause = 'width'
    else if (na.toLowerCase() === nb.toLowerCase()) cause = 'case'
    // One is the other cut short, and the difference is only the missing end ('e' vs 'é' is not that).
    else if (cutShort) cause = 'length'
    else cause = 'other'
  }
  return { position, cause }
}

/**
 * Check a new password (and, when given, its confirmation) as パスワード変更画面 would, plus what the
 * screen does not say. Findings come in PASSWORD_CODES order; all are severity 'error':
 *  - 'empty': nothing typed; no other rule is checked.
 *  - 'disallowed-char': chars = each offending character (the first MAX_LISTED_CHARS) with position,
 *    kind and (when one exists and is allowed) replacement ('' means delete); data.count = how many in
 *    all; fix = fixPassword(pw) when it changes anything.
 *    screenMessage 使用不可文字…; data.screenMessageAlt holds 使用許可文字以外…, since the FAQ lists
 *    both for this field without saying which appears when.
 *  - 'missing-class': data.missing = the missing classes joined by ',' (e.g. 'upper,digit'), plus
 *    data.upper / lower / digit = how many of each there are. Only half-width characters count.
 *  - 'too-short' / 'too-long': data.length (characters as a person counts), data.min / data.max.
 *    The screen's wording for length is not published, so no screenMessage.
 *  - 'confirm-empty': confirm === '' while pw is not.
 *  - 'confirm-mismatch': exact comparison; data.position and data.cause from firstDifference.
 * `confirm` undefined means "not checked".
 */
export function checkPassword(pw: string, confirm?: string): Finding<PasswordCode>[] {
  const findings: Finding<PasswordCode>[] = []
  if (pw === '') {
    findings.push({ code: 'empty', severity: 'error' })
  } else {
    const a = analyse(pw)
    if (a.bad.length > 0) {
      const f: Finding<PasswordCode> = {
        code: 'disallowed-char',
        severity: 'error',
        screenMessage: screenMessages['disallowed-char'],
        chars: a.bad,
        data: { count: a.badCount, screenMessageAlt: screenMessages['not-allowed-char'] },
      }
      if (a.fixed !== pw) f.fix = { code: 'halfwidth', value: a.fixed }
      findings.push(f)
    }
    const missing = PASSWORD_REQUIRED_CLASSES.filter((cls) => a.counts[cls] === 0)
    if (missing.length > 0) {
      findings.push({
        code: 'missing-class',
        severity: 'error',
        screenMessage: screenMessages['missing-class'],
        data: { missing: missing.join(','), ...a.counts },
      })
    }
    if (a.length < PASSWORD_MIN_LENGTH) {
      findings.push({ code: 'too-short', severity: 'error', data: { length: a.length, min: PASSWORD_MIN_LENGTH } })
    }
    if (PASSWORD_MAX_LENGTH !== null && a.length > PASSWORD_MAX_LENGTH) {
      findings.push({ code: 'too-long', severity: 'error', data: { length: a.length, max: PASSWORD_MAX_LENGTH } })
    }
  }
  if (confirm !== undefined) {
    if (confirm === '') {
      if (pw !== '') findings.push({ code: 'confirm-empty', severity: 'error' })
    } else {
      const d = firstDifference(pw, confirm)
      if (d) {
        findings.push({
          code: 'confirm-mismatch',
          severity: 'error',
          screenMessage: screenMessages['confirm-mismatch'],
          data: { position: d.position, cause: d.cause },
        })
      }
    }
  }
  return findings
}
