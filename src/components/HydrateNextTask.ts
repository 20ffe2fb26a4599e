/**
 * <HydrateNextTask>…</HydrateNextTask>: its content, prerendered and visible at once like the rest of the
 * page, hydrates in a task after its parent's rather than in the same one (src/lib/nextTask.ts). For parts
 * of the first view heavy enough that hydrating them with everything else makes one task longer than a tap
 * may wait (50 ms at 4x CPU). Outside hydration it renders its content as any wrapper would.
 */
import { defineAsyncComponent, defineComponent } from 'vue'
import { hydrateOnNextTask } from '@/lib/nextTask'

const Content = defineComponent({
  name: 'HydrateNextTaskContent',
  setup: (_props, { slots }) => () => slots.default?.(),
})

export default defineAsyncComponent({ loader: async () => Content, hydrate: hydrateOnNextTask })
