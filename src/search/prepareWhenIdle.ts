/** Idle-time preparation of a loaded index, shared by the Japanese and the English search chunks. */

/** Longest slice of idle-time preparation: well under a long task (50 ms), even at 4x CPU slowdown. */
const SLICE_MS = 8

/**
 * The index loads on focus or on the first keystroke; what the engine leaves to the first query (see
 * prepareDocs) is done meanwhile in short slices, so typing never waits behind one long task.
 */
export function prepareWhenIdle(steps: Iterator<void>): void {
  if (typeof window === 'undefined') return
  const later = (fn: () => void): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1000 })
    else setTimeout(fn, 0)
  }
  const slice = (): void => {
    const end = performance.now() + SLICE_MS
    while (performance.now() < end) if (steps.next().done) return
    later(slice)
  }
  later(slice)
}
