/** The lazy components of the registered tools: their pages and their question widgets. */
import type { Component } from 'vue'
import { TOOLS, widgetIndex } from './registry'
import { withWording } from '@/i18n'

type Loader = () => Promise<{ default: Component }>

// One lazy import per component file of a tool folder; the registry says which of them are used where.
const files = import.meta.glob<{ default: Component }>('./*/*.vue')

/**
 * The loader of a component file in a tool's folder; throws for one that does not exist. The tools' wording
 * in the page's language (a chunk of its own in every language, see loadLanguage in src/i18n) is asked for
 * beside the tools' code, and is in before the component renders.
 */
export function toolComponent(tool: string, component: string): Loader {
  const loader = files[`./${tool}/${component}.vue`]
  if (!loader) throw new Error(`src/tools/${tool}/${component}.vue does not exist`)
  return withWording(loader, true)
}

/** Widget id → its lazy component and props, for every widget the registry lists. */
export const widgets: ReadonlyMap<string, { load: Loader; props: Readonly<Record<string, unknown>> }> = new Map(
  [...widgetIndex(TOOLS)].map(([id, { tool, widget }]) => [id, { load: toolComponent(tool, widget.component), props: widget.props ?? {} }]),
)
