/**
 * The one grapheme segmenter of the app, made on first use. Constructing an Intl.Segmenter loads the
 * engine's break rules: about 20 ms on a desktop, 80 ms at 4x CPU, in one task. Made when a module loads,
 * it lengthened the task that loads the page's idle-time code; made on first use, it costs only the first
 * cut paste or the first character check.
 *
 * Intl.Segmenter is everywhere the app runs (Safari 14.1+, Chrome 87+, Firefox 125+); null where it is
 * missing, and callers fall back to a simpler rule.
 */
let made: Intl.Segmenter | null | undefined

export function graphemeSegmenter(): Intl.Segmenter | null {
  if (made === undefined) made = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  return made
}
