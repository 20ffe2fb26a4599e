/**
 * <HydrateNextTask>…</HydrateNextTask>: its content, prerendered and visible at once like the rest of the
 * page, hydrates in a task after its parent's rather than in the same one (src/lib/nextTask.ts). For parts
 * of the first view heavy enough that hydrating them with everything else makes one task longer than a tap
 * may wait (50 ms at 4x CPU). Outside hydration it renders its content as any wrapper would.
 */
import { defineAsyncComponent, defineComponent, type HydrationStrategy } from 'vue'
import { nextTask } from '@/lib/nextTask'

/**
 * Lazy hydration (defineAsyncComponent's `hydrate`) in the task after the parent's: for parts that are
 * visible at once, so they should not wait for idle time, but need not hydrate in the same task.
 */
const hydrateOnNextTask: HydrationStrategy = (hydrate) => {
  let cancelled = false
  void nextTask().then(() => {
    if (!cancelled) hydrate()
  })
  return () => {
    cancelled = true
  }
}

const Content = defineComponent({
  name: 'HydrateNextTaskContent',
  setup: (_props, { slots }) => () => slots.default?.(),
})

export default defineAsyncComponent({ loader: async () => Content, hydrate: hydrateOnNextTask })
