/**
 * Cuts a text into plain and matched parts for highlighting. Pure: the UI renders the parts as text and
 * <mark>, so nothing from the index or the query is ever parsed as HTML.
 */
import type { MatchRange } from './engine'

/** One piece of a highlighted text. */
export interface HighlightPart {
  text: string
  mark: boolean
}

/**
 * Splits `text` at the [start, end) `ranges`. Ranges are clamped to the text; unsorted or overlapping
 * ranges are merged, empty ones ignored, so a bad range can cost a highlight but never text.
 */
export function highlightParts(text: string, ranges: readonly MatchRange[]): HighlightPart[] {
  const clean = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as MatchRange)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
  const parts: HighlightPart[] = []
  let at = 0
  for (const [s, e] of clean) {
    if (e <= at) continue
    const start = Math.max(s, at)
    if (start > at) parts.push({ text: text.slice(at, start), mark: false })
    const last = parts[parts.length - 1]
    // A range that touches the previous one extends it: one <mark> per matched run.
    if (last?.mark && start === at) last.text += text.slice(start, e)
    else parts.push({ text: text.slice(start, e), mark: true })
    at = e
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false })
  return parts
}
