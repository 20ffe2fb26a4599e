/**
 * The one list of tools. The routes, the prerendered paths, the home page's tool list, the FAQ compiler's
 * `tool:` links and widget ids, the question widget map and the lazy `tools` chunk all derive from it.
 *
 * A tool's `id` is its folder under src/tools/, its route name and its key in the tools wording
 * (`toolText` for the home page, `pageTitles` for the page's title). Pure data, no imports: the FAQ
 * compiler reads it in Node. How to add a tool: src/tools/README.md.
 */

/** A block a question can show after its answer (`widgets:` in the question's frontmatter). */
export interface WidgetSpec {
  /** a component file in the tool's folder, without `.vue` */
  component: string
  /** props passed to it */
  props?: Readonly<Record<string, string | number | boolean>>
}

export interface ToolSpec {
  /** the folder name under src/tools/, the route name and the wording key */
  id: string
  /** the page's route; absent for a tool that only lives inside questions */
  path?: string
  /** the page's view: a component file in the tool's folder, without `.vue` (required with `path`) */
  view?: string
  /** listed on the home page (in this list's order) */
  listed: boolean
  /** the question widgets this tool provides, by widget id */
  widgets: Readonly<Record<string, WidgetSpec>>
}

export const TOOLS = [
  {
    id: 'omuid',
    path: '/tools/omuid',
    view: 'OmuidView',
    listed: true,
    widgets: { 'omuid-check': { component: 'OmuidChecker', props: { headingLevel: 2, compact: true } } },
  },
  {
    id: 'password',
    path: '/tools/password',
    view: 'PasswordView',
    listed: true,
    widgets: { 'password-check': { component: 'PasswordCheckLink', props: { headingLevel: 2 } } },
  },
  {
    id: 'email',
    path: '/tools/email',
    view: 'EmailView',
    listed: true,
    widgets: { 'email-check': { component: 'EmailCheckWidget', props: { headingLevel: 2 } } },
  },
  {
    id: 'timers',
    path: '/timers',
    view: 'TimersView',
    listed: true,
    widgets: {
      'code-timer': { component: 'TimerStarter', props: { kind: 'code', headingLevel: 2 } },
      'reflection-timer': { component: 'TimerStarter', props: { kind: 'reflection', headingLevel: 2 } },
    },
  },
  {
    id: 'setup-key',
    path: '/tools/setup-key',
    view: 'SetupKeyView',
    listed: true,
    widgets: { 'setup-key-check': { component: 'SetupKeyChecker', props: { headingLevel: 2, compact: true } } },
  },
  {
    id: 'inquiry',
    path: '/inquiry',
    view: 'InquiryView',
    listed: true,
    widgets: { inquiry: { component: 'InquiryCard', props: { headingLevel: 2 } } },
  },
  // The companion: the preparation list and the walk through the real screens (faq/walk.yaml). Home links
  // to it on its own (and to where the walk was left), so it is not in the tool list.
  { id: 'companion', path: '/start', view: 'CompanionView', listed: false, widgets: {} },
  { id: 'network', listed: false, widgets: { 'network-check': { component: 'NetworkCheck', props: { headingLevel: 2 } } } },
  // The search page: its content depends on ?q=, but an empty one is prerendered too.
  { id: 'search', path: '/search', view: 'SearchView', listed: false, widgets: {} },
] as const satisfies readonly ToolSpec[]

export type ToolId = (typeof TOOLS)[number]['id']

/** Tools that have a page of their own. */
export function routedTools(tools: readonly ToolSpec[] = TOOLS): (ToolSpec & { path: string; view: string })[] {
  return tools.filter((t): t is ToolSpec & { path: string; view: string } => t.path !== undefined && t.view !== undefined)
}

/** Every widget id a question may name, with the tool that provides it. */
export function widgetIndex(tools: readonly ToolSpec[] = TOOLS): Map<string, { tool: string; widget: WidgetSpec }> {
  const out = new Map<string, { tool: string; widget: WidgetSpec }>()
  for (const t of tools) for (const [id, widget] of Object.entries(t.widgets)) out.set(id, { tool: t.id, widget })
  return out
}

/** `tool:<id>` link targets for FAQ bodies: every tool with a page, by id. */
export function toolRoutes(tools: readonly ToolSpec[] = TOOLS): Record<string, string> {
  return Object.fromEntries(routedTools(tools).map((t) => [t.id, t.path]))
}

/**
 * What is wrong with a registry, given the files of src/tools/ (paths relative to it, such as
 * `password/PasswordView.vue`) and the wording keys: an empty list when nothing is.
 */
export function registryProblems(
  tools: readonly ToolSpec[],
  files: readonly string[],
  wording: { listed: readonly string[]; pages: readonly string[] },
): string[] {
  const problems: string[] = []
  const has = (tool: string, component: string): boolean => files.includes(`${tool}/${component}.vue`)
  const seen = new Set<string>()
  const paths = new Set<string>()
  const widgets = new Set<string>()
  for (const t of tools) {
    if (seen.has(t.id)) problems.push(`${t.id}: registered twice`)
    seen.add(t.id)
    if (!files.some((f) => f.startsWith(`${t.id}/`))) problems.push(`${t.id}: no folder src/tools/${t.id}/`)
    if ((t.path === undefined) !== (t.view === undefined)) problems.push(`${t.id}: a page needs both path and view`)
    if (t.path !== undefined) {
      if (paths.has(t.path)) problems.push(`${t.id}: path ${t.path} is taken`)
      paths.add(t.path)
      if (!wording.pages.includes(t.id)) problems.push(`${t.id}: no page title in the wording`)
    }
    if (t.view !== undefined && !has(t.id, t.view)) problems.push(`${t.id}: view ${t.view}.vue is missing`)
    if (t.listed && t.path === undefined) problems.push(`${t.id}: listed on the home page without a page`)
    if (t.listed && !wording.listed.includes(t.id)) problems.push(`${t.id}: no title and description for the home page in the wording`)
    for (const [id, w] of Object.entries(t.widgets)) {
      if (widgets.has(id)) problems.push(`${t.id}: widget ${id} is provided twice`)
      widgets.add(id)
      if (!has(t.id, w.component)) problems.push(`${t.id}: widget ${id}'s component ${w.component}.vue is missing`)
    }
  }
  const folders = new Set(files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/'))))
  for (const folder of folders) if (!seen.has(folder)) problems.push(`${folder}: a folder in src/tools/ that the registry does not list`)
  return problems
}
