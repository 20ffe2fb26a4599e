/**
 * Taps on buttons that have no handler yet. A page shows its prerendered text at once and its script
 * starts after the first paint: on a slow line its buttons do nothing for seconds. A question's blocks
 * load their code on demand and hydrate once the browser is idle (src/components/QuestionWidgets.vue), so
 * their buttons wait longer still. A tap made then is kept instead of lost:
 *
 * - before the app has started, the page's bootstrap script keeps the latest tap on a button
 *   (build/prerender-plugin.ts, BOOT_TAP); once the page has hydrated, adoptBootTap() replays it, or hands
 *   it to its block when the block has not hydrated yet;
 * - on a block whose code has not arrived, the widget area (hydrated with the page) keeps it (keepEarlyTap)
 *   and says it will go on once loaded (tapWaiting);
 * - once a block's code is in, its hydration strategy (hydrateOnIdleOrTap) hydrates at once for a kept tap
 *   inside it, or for a tap of its own, else when the browser is idle;
 * - the tap is then replayed on the same button, carrying the time it was made (tapTime), so a countdown
 *   started by it counts from the tap, not from when the code arrived.
 */
import { hydrateOnIdle, shallowRef, type HydrationStrategy } from 'vue'
import { BOOT_TAP } from '@/lib/pageTemplate'
import { partsHydrated } from './HydrateNextTask'

/** Marks the questions' widget area, whose blocks hydrate on their own. */
export const WIDGET_AREA_ATTR = 'data-widget-area'

interface Tap {
  button: HTMLButtonElement
  at: number
}

/** The root elements of blocks that have hydrated (or are hydrating): taps inside them are theirs. */
const hydratedRoots = new WeakSet<Element>()
/** Blocks whose code is in but which wait for idle time: each takes a tap inside it (and says so). */
const waitingBlocks = new Set<(tap: Tap) => boolean>()
/** The latest tap kept for a block whose code has not arrived. */
let kept: Tap | null = null
/** Widget areas on the page (the waiting line is only shown once one has mounted: hydration stays exact). */
let areas = 0
/** Replayed taps → the time the user made them. */
const tapTimes = new WeakMap<Event, number>()

/** true while a kept tap waits for its block's code (for a polite "it will go on" line). */
export const tapWaiting = shallowRef(false)

/** When the user made this tap, if it is a replayed one (else undefined: it is happening now). */
export function tapTime(e?: Event): number | undefined {
  return e ? tapTimes.get(e) : undefined
}

function buttonOf(target: EventTarget | null): HTMLButtonElement | null {
  const button = target instanceof Element ? target.closest('button') : null
  return button && !button.disabled ? button : null
}

function inHydratedBlock(el: Element, area: Element | null): boolean {
  for (let at: Element | null = el; at && at !== area; at = at.parentElement) if (hydratedRoots.has(at)) return true
  return false
}

function replay({ button, at }: Tap): void {
  if (!button.isConnected) return
  const tap = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })
  tapTimes.set(tap, at)
  button.dispatchEvent(tap)
}

/** Keeps a tap for a block that has not hydrated: its own block takes it now if its code is in. */
function keep(tap: Tap): void {
  for (const take of waitingBlocks) if (take(tap)) return
  kept = tap
  if (areas > 0) tapWaiting.value = true
}

/**
 * The widget area's click listener: keeps a tap on a button of a block that has not hydrated yet. A tap on
 * a link is left alone (without handlers it loads its page the ordinary way, which works offline too).
 */
export function keepEarlyTap(e: Event): void {
  const button = buttonOf(e.target)
  if (button && !inHydratedBlock(button, e.currentTarget instanceof Element ? e.currentTarget : null)) keep({ button, at: Date.now() })
}

/** A widget area has mounted: a tap kept for it can be announced now. */
export function widgetAreaMounted(): void {
  areas++
  tapWaiting.value = kept !== null
}

/** A widget area is leaving the page: a tap still kept there has nothing left to go on with. */
export function widgetAreaUnmounted(): void {
  areas = Math.max(0, areas - 1)
  kept = null
  tapWaiting.value = false
}

/**
 * After app.mount: the tap the bootstrap kept, if any, goes on once the page's parts have hydrated, on its
 * button, or on its block once that has.
 */
export async function adoptBootTap(): Promise<void> {
  const w = window as unknown as Record<string, unknown>
  const boot = w[BOOT_TAP]
  delete w[BOOT_TAP]
  if (!Array.isArray(boot)) return
  const [target, at] = boot as [unknown, unknown]
  await partsHydrated()
  const button = buttonOf(target instanceof Element ? target : null)
  if (!button || !button.isConnected || typeof at !== 'number') return
  const area = button.closest(`[${WIDGET_AREA_ATTR}]`)
  if (area && !inHydratedBlock(button, area)) keep({ button, at })
  else replay({ button, at })
}

/**
 * Hydrates a block when `idle` says (Vue's hydrateOnIdle: idle time, or 10 s at the latest), or at once for a
 * tap inside it (kept earlier or new), and then replays that tap. Vue installs a strategy only once the
 * block's code has loaded.
 */
export function hydrateOnIdleOrTap(idle: HydrationStrategy = hydrateOnIdle()): HydrationStrategy {
  return (hydrate, forEachElement) => {
    const roots: Element[] = []
    forEachElement((el) => roots.push(el))
    let done = false
    // Set once the idle wait starts (below), after the early return.
    const waitingFor: { idle?: () => void } = {}
    const onTap = (e: Event): void => {
      const button = buttonOf(e.target)
      run(button ? { button, at: tapTime(e) ?? Date.now() } : null)
    }
    const take = (tap: Tap): boolean => {
      if (!roots.some((r) => r.contains(tap.button))) return false
      run(tap)
      return true
    }
    const teardown = (): void => {
      waitingFor.idle?.()
      for (const r of roots) r.removeEventListener('click', onTap)
      waitingBlocks.delete(take)
    }
    function run(tap: Tap | null): void {
      if (done) return
      done = true
      teardown()
      for (const r of roots) hydratedRoots.add(r)
      hydrate()
      if (tap) replay(tap)
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
    waitingBlocks.add(take)
    waitingFor.idle = idle(() => run(null), forEachElement) || undefined
    return teardown
  }
}
