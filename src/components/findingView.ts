/**
 * How a field's findings are laid out under it, shared by FieldFindings.vue (which renders them) and the
 * forms (which point each input's aria-describedby at them). Both sides use these functions, so the ids
 * an input refers to always exist.
 */
import type { Finding, Severity } from '@/lib/findings'

/** One red line as the real screen would show it; `alt` is the other wording the FAQ lists for it. */
export interface ScreenLine {
  /** element id */
  id: string
  text: string
  alt?: string
  /** the finding code the line came from */
  code: string
}

/** The element id of a finding's explanation under the field with id base `base`. */
export function explanationId(base: string, code: string): string {
  return `${base}-${code}`
}

/**
 * The distinct on-screen messages of a field's error findings, in order: the real screen shows each
 * message once, even when several problems lead to it (a stray space and a full-width ＠ both give
 * 「入力書式が正しくありません。」).
 */
export function screenLines(base: string, findings: readonly Finding[]): ScreenLine[] {
  const lines: ScreenLine[] = []
  for (const f of findings) {
    if (f.severity !== 'error' || !f.screenMessage || lines.some((l) => l.text === f.screenMessage)) continue
    const alt = f.data?.screenMessageAlt
    const line: ScreenLine = { id: `${base}-screen-${f.code}`, text: f.screenMessage, code: f.code }
    if (typeof alt === 'string' && alt !== '') line.alt = alt
    lines.push(line)
  }
  return lines
}

/** The ids an input's aria-describedby lists: its red screen lines, then each finding's explanation. */
export function describedByIds(base: string, findings: readonly Finding[]): string[] {
  return [...screenLines(base, findings).map((l) => l.id), ...findings.map((f) => explanationId(base, f.code))]
}

/** Whether any finding would make the real screen refuse the input. */
export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}

/** How many findings of each severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const f of findings) c[f.severity]++
  return c
}
