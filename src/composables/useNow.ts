/**
 * A reactive "now" for drawing countdowns. It only refreshes what is displayed: the countdown itself is
 * derived from a deadline, so a throttled interval costs accuracy of the display, never of the time.
 */
import { getCurrentScope, onScopeDispose, readonly, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import type { Clock } from '@/lib/countdown'

/** The timer functions useNow needs (globalThis by default, a fake in tests). */
export interface NowScheduler {
  setInterval(callback: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

/** The part of `window` whose events mean "the user may have just come back". */
export type NowEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>
}

export interface UseNowOptions {
  /** default: Date.now */
  clock?: Clock
  /** ms between refreshes while active; default 1000 */
  interval?: number
  /** tick only while this is true (e.g. "a countdown is running"); default true */
  active?: MaybeRefOrGetter<boolean>
  /** default: globalThis.setInterval/clearInterval, only when running in a browser */
  scheduler?: NowScheduler | null
  /** where visibilitychange/pageshow/focus come from; default: window in a browser, null elsewhere */
  window?: NowEventSource | null
}

export interface UseNowReturn {
  now: Readonly<Ref<number>>
  /** read the clock now (e.g. right after a countdown was started) */
  refresh: () => void
}

// Looked up at call time, not import time, so fake timers installed later are honoured.
const globalScheduler: NowScheduler = {
  setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof globalThis.setInterval>),
}

/** A reactive current time, ticking only while `active` and refreshed when the page becomes visible again. */
export function useNow(options: UseNowOptions = {}): UseNowReturn {
  const { clock = () => Date.now(), interval = 1000, active = true } = options
  const win: NowEventSource | null = options.window !== undefined ? options.window : typeof window !== 'undefined' ? window : null
  // No browser means prerendering: one reading of the clock is all that page will ever need.
  const scheduler = options.scheduler !== undefined ? options.scheduler : win ? globalScheduler : null

  const now = ref(clock())
  const refresh = (): void => {
    now.value = clock()
  }

  let handle: unknown = null
  const stopTicking = (): void => {
    if (handle !== null && scheduler) scheduler.clearInterval(handle)
    handle = null
  }

  const cleanups: (() => void)[] = [stopTicking]

  if (scheduler) {
    // sync: the fresh reading must land before the next render, or a countdown started a moment ago
    // would be drawn against a stale "now" that lies before its start.
    const stopWatch = watch(
      () => toValue(active),
      (on) => {
        if (on) {
          refresh()
          if (handle === null) handle = scheduler.setInterval(refresh, interval)
        } else {
          stopTicking()
        }
      },
      { immediate: true, flush: 'sync' },
    )
    cleanups.push(stopWatch)
  }

  if (win) {
    // Coming back from the mail app: show the true time at once instead of up to a second late,
    // and even if the browser paused the interval while the page was hidden.
    const onVisibility = (): void => {
      if (win.document?.visibilityState !== 'hidden') refresh()
    }
    win.addEventListener('pageshow', refresh)
    win.addEventListener('focus', refresh)
    win.document?.addEventListener('visibilitychange', onVisibility)
    cleanups.push(() => {
      win.removeEventListener('pageshow', refresh)
      win.removeEventListener('focus', refresh)
      win.document?.removeEventListener('visibilitychange', onVisibility)
    })
  }

  if (getCurrentScope()) onScopeDispose(() => cleanups.forEach((fn) => fn()))

  return { now: readonly(now), refresh }
}
