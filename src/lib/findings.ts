/**
 * The shape every checker returns. A checker is a pure function from input to findings; the UI only
 * renders them. Plain-language wording lives in src/locales/<lang>/, keyed by `code`; only the exact
 * strings the real screen shows (`screenMessage`) live with the rules, because they are facts.
 */

/** error: the real screen would refuse it; warning: likely trouble; info: worth knowing. */
export type Severity = 'error' | 'warning' | 'info'

/** What kind of character a flagged character is (named in plain words by the locale). */
export type CharKind =
  | 'fullwidth-letter' // 全角英字 (Ａ, ａ)
  | 'fullwidth-digit' // 全角数字 (０)
  | 'fullwidth-symbol' // 全角記号 (＠, ！, ．)
  | 'ideographic-space' // 全角スペース U+3000
  | 'space' // 半角スペース U+0020
  | 'nbsp' // ノーブレークスペース U+00A0 and other Unicode spaces
  | 'invisible' // zero-width space/joiner, BOM, soft hyphen, bidi marks
  | 'line-break' // CR, LF, U+2028/2029
  | 'tab' // U+0009
  | 'control' // other C0/C1 controls
  | 'lookalike' // ー ‐ − 〜 。 、 ・ etc.: look like ASCII but NFKC does not fix them
  | 'kana-kanji' // ひらがな・カタカナ・漢字
  | 'emoji'
  | 'other' // anything else outside the allowed set (accented letters, Greek, …)
  // Half-width ASCII that a particular field still refuses (a setup key has no 0/1/8/9, an OMUID has
  // no symbols, a letter O typed where an OMUID needs a digit): named so the locale can say 半角….
  | 'ascii-letter' // 半角英字
  | 'ascii-digit' // 半角数字
  | 'ascii-symbol' // 半角記号

/** One flagged character, by its position as a person counts (1-based, one emoji = one character). */
export interface CharIssue {
  /** 1-based position in user-perceived characters (grapheme clusters) */
  position: number
  /** the character (grapheme) itself */
  char: string
  /** its code points as U+XXXX, for characters a person cannot see */
  codePoints: string[]
  kind: CharKind
  /** the allowed half-width form, where one exists */
  replacement?: string
}

/** A one-tap fix: the whole corrected input. */
export interface Fix {
  code: string
  value: string
}

export interface Finding<Code extends string = string> {
  code: Code
  severity: Severity
  /** the exact message the real screen shows for this problem, when one is published */
  screenMessage?: string
  /** characters involved, in order */
  chars?: CharIssue[]
  /** extra numbers or strings the wording needs (counts, suggestions, …) */
  data?: Record<string, string | number>
  fix?: Fix
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

/**
 * The worst severity among the findings, or 'ok' when there are none: a checker's verdict follows it, so a
 * warning (a likely typo) is never summed up as "no problem".
 */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | 'ok' {
  let worst: Severity | 'ok' = 'ok'
  for (const f of findings) if (worst === 'ok' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity
  return worst
}

/** A number a finding carries for its wording (0 when absent): each language's checkers wording reads it. */
export const findingNumber = (f: Pick<Finding, 'data'>, key: string): number => Number(f.data?.[key] ?? 0)
/** A string a finding carries for its wording ('' when absent). */
export const findingString = (f: Pick<Finding, 'data'>, key: string): string => String(f.data?.[key] ?? '')
/** How many characters a finding points at. */
export const findingCharCount = (f: Pick<Finding, 'chars'>): number => f.chars?.length ?? 0
