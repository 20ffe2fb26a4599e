/**
 * Taps on a question's block before the block has hydrated. A block's code loads on demand and the block
 * hydrates once the browser is idle (src/components/QuestionWidgets.vue), so that the answer's text and the
 * page's own start never wait for it. Until then its prerendered buttons have no handlers: on a slow line a
 * tap there would do nothing at all. So a tap is kept instead:
 *
 * - before the block's code has arrived, the questions' widget area (hydrated with the page) keeps the
 *   latest tap on a button (keepEarlyTap) and says it will go on once loaded (tapWaiting);
 * - once the code is in, the block's hydration strategy (hydrateOnIdleOrTap) hydrates at once if a kept
 *   tap is inside it, or on a tap of its own, else when the browser is idle;
 * - the tap is then replayed on the same button, carrying the time it was made (tapTime), so a countdown
 *   started by it counts from the tap, not from when the code arrived.
 */
import { shallowRef, type HydrationStrategy } from 'vue'

/** The root elements of blocks that have hydrated (or are hydrating): taps inside them are theirs. */
const hydratedRoots = new WeakSet<Element>()
/** The latest tap kept before its block's code arrived. */
let kept: { button: HTMLButtonElement; at: number } | null = null
/** Replayed taps → the time the user made them. */
const tapTimes = new WeakMap<Event, number>()

/** true while a kept tap waits for its block's code (for a polite "it will go on" line). */
export const tapWaiting = shallowRef(false)

/** When the user made this tap, if it is a replayed one (else undefined: it is happening now). */
export function tapTime(e?: Event): number | undefined {
  return e ? tapTimes.get(e) : undefined
}

function buttonOf(e: Event): HTMLButtonElement | null {
  const target = e.target instanceof Element ? e.target : null
  const button = target?.closest('button') ?? null
  return button && !button.disabled ? button : null
}

function inHydratedBlock(el: Element, area: Element | null): boolean {
  for (let at: Element | null = el; at && at !== area; at = at.parentElement) if (hydratedRoots.has(at)) return true
  return false
}

/**
 * The widget area's click listener: keeps a tap on a button of a block that has not hydrated yet. A tap on
 * a link is left alone (without handlers it loads its page the ordinary way, which works offline too).
 */
export function keepEarlyTap(e: Event): void {
  const button = buttonOf(e)
  if (!button || inHydratedBlock(button, e.currentTarget instanceof Element ? e.currentTarget : null)) return
  kept = { button, at: Date.now() }
  tapWaiting.value = true
}

/** The widget area is leaving the page: a tap still kept there has nothing left to go on with. */
export function forgetEarlyTap(): void {
  kept = null
  tapWaiting.value = false
}

function replay(button: HTMLButtonElement, at: number): void {
  if (!button.isConnected) return
  const tap = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })
  tapTimes.set(tap, at)
  button.dispatchEvent(tap)
}

type IdleWindow = { requestIdleCallback?: (cb: () => void) => number; cancelIdleCallback?: (id: number) => void }

/**
 * Hydrates a block when the browser is idle, or at once for a tap inside it (kept earlier or new), and then
 * replays that tap. Vue installs a strategy only once the block's code has loaded.
 */
export function hydrateOnIdleOrTap(): HydrationStrategy {
  return (hydrate, forEachElement) => {
    const roots: Element[] = []
    forEachElement((el) => roots.push(el))
    let done = false
    const w = globalThis as IdleWindow
    // Set once the idle wait starts (below), after the early return.
    const idle: { id?: number } = {}
    const onTap = (e: Event): void => {
      const button = buttonOf(e)
      run(button ? { button, at: Date.now() } : null)
    }
    const teardown = (): void => {
      if (idle.id !== undefined) (w.cancelIdleCallback ?? clearTimeout)(idle.id)
      for (const r of roots) r.removeEventListener('click', onTap)
    }
    function run(tap: { button: HTMLButtonElement; at: number } | null): void {
      if (done) return
      done = true
      teardown()
      for (const r of roots) hydratedRoots.add(r)
      hydrate()
      if (tap) replay(tap.button, tap.at)
    }

    const waiting = kept
    if (waiting && roots.some((r) => r.contains(waiting.button))) {
      kept = null
      tapWaiting.value = false
      run(waiting)
      return teardown
    }
    // A tap of its own, once the code is in: it has passed its button (which had no handler yet) when it
    // reaches the block's root, so replaying it runs the button's handler exactly once.
    for (const r of roots) r.addEventListener('click', onTap)
    idle.id = (w.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1) as unknown as number))(() => run(null))
    return teardown
  }
}
