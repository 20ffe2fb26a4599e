/**
 * <HydrateNextTask>…</HydrateNextTask>: its content, prerendered and visible at once like the rest of the
 * page, hydrates in a task after its parent's rather than in the same one (src/lib/nextTask.ts). For parts
 * of the first view heavy enough that hydrating them with everything else makes one task longer than a tap
 * may wait (50 ms at 4x CPU). Outside hydration it renders its content as any wrapper would.
 */
import { defineAsyncComponent, defineComponent, type HydrationStrategy } from 'vue'
import { nextTask } from '@/lib/nextTask'

/** Parts waiting for their task: partsHydrated() waits until there are none. */
let pending = 0

/**
 * Lazy hydration (defineAsyncComponent's `hydrate`) in the task after the parent's: for parts that are
 * visible at once, so they should not wait for idle time, but need not hydrate in the same task.
 */
const hydrateOnNextTask: HydrationStrategy = (hydrate) => {
  let cancelled = false
  pending++
  void nextTask().then(() => {
    pending--
    if (!cancelled) hydrate()
  })
  return () => {
    cancelled = true
  }
}

/**
 * Resolves once every part of the page that hydrates in a later task has (after app.mount; a part inside
 * another is only scheduled once the outer one hydrates, so the count is read at task boundaries).
 */
export async function partsHydrated(maxTasks = 20): Promise<void> {
  for (let i = 0; i < maxTasks; i++) {
    await nextTask()
    if (pending === 0) return
  }
}

const Content = defineComponent({
  name: 'HydrateNextTaskContent',
  setup: (_props, { slots }) => () => slots.default?.(),
})

export default defineAsyncComponent({ loader: async () => Content, hydrate: hydrateOnNextTask })
