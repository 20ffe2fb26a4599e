/**
 * The OMUID checker for the login screens: checks an ID against the three published shapes (rules.ts
 * OMUID_SHAPES) and spots the usual slips — a student or staff number typed instead, full-width
 * characters, spaces, a letter O or l/I typed where the shape needs a digit. Letter case is never
 * judged: the published formats say nothing about it. Pure functions only: no Vue, no DOM, no storage.
 */
import { charIssue, classifyChar, graphemes, isBlankKind, replacementFor } from '@/lib/chars'
import type { CharIssue, Finding } from '@/lib/findings'
import { OMUID_SHAPES } from '@/lib/rules'

/** Every finding code checkOmuid can return, in the order findings appear. */
export const OMUID_CODES = ['empty', 'space', 'fullwidth', 'char', 'looks-like-number', 'length', 'letter-for-digit', 'digit-for-letter', 'shape'] as const
export type OmuidCode = (typeof OMUID_CODES)[number]

/** Id of one published OMUID shape (rules.ts). */
export type OmuidShapeId = (typeof OMUID_SHAPES)[number]['id']

type Slot = 'letter' | 'digit'

const SHAPES = OMUID_SHAPES.map((s) => ({
  id: s.id as OmuidShapeId,
  slots: s.runs.flatMap(([cls, n]) => Array.from({ length: n }, (): Slot => cls)),
}))

/** The lengths an OMUID can have, from the shapes (7 and 8). */
export const OMUID_LENGTHS: readonly number[] = [...new Set(SHAPES.map((s) => s.slots.length))].sort((a, b) => a - b)

const isLetter = (c: string): boolean => /^[A-Za-z]$/.test(c)
const isDigit = (c: string): boolean => /^[0-9]$/.test(c)

/** The shape an ID matches exactly (half-width letters of either case and digits), if any. */
export function omuidShapeOf(id: string): OmuidShapeId | undefined {
  for (const s of SHAPES) {
    if (id.length === s.slots.length && s.slots.every((slot, i) => (slot === 'letter' ? isLetter : isDigit)(id[i] ?? ''))) return s.id
  }
  return undefined
}

interface Unit {
  ch: string
  pos: number
}

function cleanUnits(input: string): { units: Unit[]; space: CharIssue[]; fullwidth: CharIssue[]; other: CharIssue[] } {
  const units: Unit[] = []
  const space: CharIssue[] = []
  const fullwidth: CharIssue[] = []
  const other: CharIssue[] = []
  graphemes(input).forEach((g, i) => {
    const pos = i + 1
    const kind = classifyChar(g)
    if (kind === 'ascii-letter' || kind === 'ascii-digit') units.push({ ch: g, pos })
    else if (isBlankKind(kind)) space.push(charIssue(g, pos, kind, ''))
    else if (kind === 'fullwidth-letter' || kind === 'fullwidth-digit') {
      const r = replacementFor(g, kind) as string
      fullwidth.push(charIssue(g, pos, kind, r))
      units.push({ ch: r, pos })
    } else if (kind === 'invisible' && replacementFor(g, kind) === '') other.push(charIssue(g, pos, kind, ''))
    else {
      other.push(charIssue(g, pos, kind))
      units.push({ ch: g, pos })
    }
  })
  return { units, space, fullwidth, other }
}

/**
 * The ID with blanks and invisible characters removed and full-width letters and digits made
 * half-width; anything else is kept so it stays visible. Letter case is kept. Idempotent.
 */
export function cleanOmuid(input: string): string {
  return cleanUnits(input)
    .units.map((u) => u.ch)
    .join('')
}

interface Slip {
  unit: Unit
  code: 'letter-for-digit' | 'digit-for-letter'
  replacement: string | undefined
}

// The slips a shape can absorb: letter O/o or l/I where it needs a digit; 0 or 1 where it needs a letter.
function slipsFor(units: readonly Unit[], slots: readonly Slot[], lowerLetters: boolean): Slip[] | undefined {
  const slips: Slip[] = []
  for (let i = 0; i < slots.length; i++) {
    const u = units[i] as Unit
    const c = u.ch
    if (slots[i] === 'digit') {
      if (isDigit(c)) continue
      if (c === 'O' || c === 'o') slips.push({ unit: u, code: 'letter-for-digit', replacement: '0' })
      else if (c === 'l' || c === 'I') slips.push({ unit: u, code: 'letter-for-digit', replacement: '1' })
      else return undefined
    } else {
      if (isLetter(c)) continue
      // 0 was probably the letter O, written in the case the other letters use.
      if (c === '0') slips.push({ unit: u, code: 'digit-for-letter', replacement: lowerLetters ? 'o' : 'O' })
      // 1 could be I or l: we do not guess which.
      else if (c === '1') slips.push({ unit: u, code: 'digit-for-letter', replacement: undefined })
      else return undefined
    }
  }
  return slips
}

/**
 * Check an OMUID. Findings in OMUID_CODES order, all severity 'error' (no login screen message is
 * published, so none carries a screenMessage); positions are 1-based characters of the input:
 *  - 'empty'.
 *  - 'space' / 'fullwidth' / 'char': blanks (replacement ''), full-width letters and digits
 *    (replacement half-width), anything else that is not a half-width letter or digit (invisible ones
 *    get replacement ''); each with fix = cleanOmuid(input) when that differs.
 *  The rest is judged on the cleaned ID, and only when it is all half-width letters and digits:
 *  - 'looks-like-number': digits only (a student or staff number); data.length.
 *  - 'length': not 7 or 8 characters (OMUID_LENGTHS); data.length.
 *  - 'letter-for-digit' / 'digit-for-letter': the ID matches a shape once these slips are undone;
 *    chars with replacement ('0', '1', 'O'/'o'; none for a 1 where a letter belongs, as I and l both
 *    fit); data.shape; fix = the repaired ID when every replacement is known. With several shapes
 *    reachable, the one needing fewest slips wins (ties: the first in OMUID_SHAPES).
 *  - 'shape': the right length but no shape fits; data.length.
 */
export function checkOmuid(input: string): Finding<OmuidCode>[] {
  const { units, space, fullwidth, other } = cleanUnits(input)
  const cleaned = units.map((u) => u.ch).join('')
  const fix = cleaned !== input ? { code: 'clean', value: cleaned } : undefined
  const findings: Finding<OmuidCode>[] = []
  const add = (code: OmuidCode, chars: CharIssue[]): void => {
    if (chars.length === 0) return
    const f: Finding<OmuidCode> = { code, severity: 'error', chars }
    if (fix) f.fix = fix
    findings.push(f)
  }
  if (units.length === 0) findings.push({ code: 'empty', severity: 'error' })
  add('space', space)
  add('fullwidth', fullwidth)
  add('char', other)
  if (units.length === 0 || !units.every((u) => isLetter(u.ch) || isDigit(u.ch))) return findings

  const length = units.length
  if (units.every((u) => isDigit(u.ch))) {
    findings.push({ code: 'looks-like-number', severity: 'error', data: { length } })
    return findings
  }
  if (omuidShapeOf(cleaned)) return findings
  if (!OMUID_LENGTHS.includes(length)) {
    findings.push({ code: 'length', severity: 'error', data: { length } })
    return findings
  }
  // The case the ID's letters are written in, judged without the letters that may be slips themselves.
  const letters = units.filter((u) => isLetter(u.ch) && !['l', 'o', 'O', 'I'].includes(u.ch))
  const lowerLetters = letters.length > 0 && letters.every((u) => u.ch === u.ch.toLowerCase())
  let best: { id: OmuidShapeId; slips: Slip[] } | undefined
  for (const s of SHAPES) {
    if (s.slots.length !== length) continue
    const slips = slipsFor(units, s.slots, lowerLetters)
    if (slips && (!best || slips.length < best.slips.length)) best = { id: s.id, slips }
  }
  if (!best) {
    findings.push({ code: 'shape', severity: 'error', data: { length } })
    return findings
  }
  const { id, slips } = best
  const repaired = slips.every((s) => s.replacement !== undefined)
    ? units.map((u) => slips.find((s) => s.unit === u)?.replacement ?? u.ch).join('')
    : undefined
  for (const code of ['letter-for-digit', 'digit-for-letter'] as const) {
    const mine = slips.filter((s) => s.code === code)
    if (mine.length === 0) continue
    const f: Finding<OmuidCode> = {
      code,
      severity: 'error',
      chars: mine.map((s) => charIssue(s.unit.ch, s.unit.pos, code === 'letter-for-digit' ? 'ascii-letter' : 'ascii-digit', s.replacement)),
      data: { shape: id },
    }
    if (repaired !== undefined) f.fix = { code: 'slip', value: repaired }
    findings.push(f)
  }
  return findings
}
