/**
 * What a one-tap fix does to an input, so its button can say exactly that (「半角に直す」 for a full-width
 * letter, 「見えない文字を消す」 for a zero-width space) instead of a label chosen by the checker's name.
 * Pure functions only: no Vue, no DOM, no storage.
 */
import { classifyChar, graphemes, halfWidthOf, isBlankKind, replacementFor } from './chars'
import type { Fix } from './findings'

/** One kind of change a character-by-character fix makes. 'other' is anything these do not explain. */
export type FixChange = 'remove-blank' | 'remove-invisible' | 'remove-hyphen' | 'halfwidth' | 'uppercase' | 'other'

/** The order changes are named in. */
export const FIX_CHANGE_ORDER: readonly FixChange[] = ['remove-blank', 'remove-invisible', 'remove-hyphen', 'halfwidth', 'uppercase', 'other']

/**
 * Whether a character is a hyphen or a dash used to separate groups: half- or full-width, a dash, or a
 * character whose half-width form is '-' (the long-vowel mark ー, which Japanese input gives for '-').
 */
export function isHyphenLike(g: string): boolean {
  // halfWidthOf knows every full-width form and look-alike that stands for '-' (chars.ts LOOKALIKES).
  return g === '-' || halfWidthOf(g) === '-'
}

/**
 * The changes that turn `input` into `output`, for fixes that map or delete characters one at a time
 * (half-width forms, removed blanks, invisible characters and group hyphens, upper case). Both are walked
 * in step; whatever those changes cannot explain is 'other'. In FIX_CHANGE_ORDER, each kind once.
 */
export function charFixChanges(input: string, output: string): FixChange[] {
  const from = graphemes(input)
  const to = graphemes(output)
  const found = new Set<FixChange>()
  let j = 0
  for (const g of from) {
    const next = to[j]
    if (next === g) {
      j++
      continue
    }
    const kind = classifyChar(g)
    const half = replacementFor(g, kind) ?? halfWidthOf(g)
    if (half !== undefined && half !== '' && next === half) {
      found.add('halfwidth')
      j++
    } else if (half !== undefined && half !== '' && next === half.toUpperCase()) {
      found.add('halfwidth').add('uppercase')
      j++
    } else if (next !== undefined && next !== g && next === g.toUpperCase()) {
      found.add('uppercase')
      j++
    } else if (isBlankKind(kind)) found.add('remove-blank')
    else if (kind === 'invisible' && half === '') found.add('remove-invisible')
    else if (isHyphenLike(g)) found.add('remove-hyphen')
    else {
      found.add('other')
      if (next !== undefined) j++
    }
  }
  if (j < to.length) found.add('other')
  return FIX_CHANGE_ORDER.filter((c) => found.has(c))
}

/** Fix codes whose value comes from changing characters one by one (the others name their change). */
export const CHAR_FIX_CODES: ReadonlySet<string> = new Set(['halfwidth', 'clean'])

/** What applying a fix to this input changes, for a character-by-character fix; [] for any other fix. */
export function fixChanges(input: string, fix: Fix): FixChange[] {
  return CHAR_FIX_CODES.has(fix.code) ? charFixChanges(input, fix.value) : []
}
