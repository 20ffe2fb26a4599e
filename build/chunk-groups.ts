/**
 * Lazy chunk groups by folder. On a 2-second-latency line the service worker's install time grows with the
 * number of files far more than with their size, so lazily loaded code travels in few chunks:
 *
 * - a group's roots are the modules in its folders (the tool folders, the page shell's lazy parts);
 * - a module joins a group when it is not part of the first view and is imported, statically, by one of
 *   the group's modules; a module used by two groups joins the one listed first (it loads first);
 * - whatever the first view imports statically is never grouped: it stays in the entry;
 * - a module only ever imported dynamically from a group (the search engine) keeps a chunk of its own.
 *
 * The plugin reads the module graph once it is complete (buildEnd), before chunks are made.
 */
import type { Plugin } from 'vite'
import { localeChunk } from '../src/lib/languageFiles.ts'

export interface ChunkGroup {
  name: string
  /** path fragments of the group's root folders, such as `/src/tools/` + a tool folder */
  roots: RegExp
  /**
   * For a language's group: by lazy group (the page frame's, the tools'), the group its wording areas go
   * to when their accessor (src/locales/<area>.ts) is in that lazy group, with what only they import. A
   * page in that language then loads only the first view's wording before it can hydrate: no tool wording
   * (and so not the tools' code it uses), no page-frame wording.
   */
  parts?: Readonly<Record<string, string>>
}

interface ModuleInfoLike {
  isEntry: boolean
  importedIds: readonly string[]
}

/** The group of everything the first view imports statically: one chunk beside the entry, not several. */
export const FIRST_VIEW = 'first'

/** The worker's follower (src/pwa/register.ts, with workbox-window), preloaded with the entry (build/prerender-plugin.ts) so it waits for nothing. */
export const WORKER_FOLLOWER = 'sw'
/** The page shell's lazy parts (search box, timer banner, worker notices), loaded right after the first view. */
export const LATE = 'late'
/** The tool folders, loaded on demand. */
export const TOOLS = 'tools'

/**
 * This app's groups, in the order they load (a module two groups share joins the earlier one). The build
 * config (vite.config.ts), the prerenderer (build/prerender-plugin.ts) and the precache order
 * (build/precache-manifest.ts) take the names from here, so a renamed or added group reaches each of them.
 */
export const APP_GROUPS: readonly ChunkGroup[] = [
  { name: WORKER_FOLLOWER, roots: /\/node_modules\/workbox-window\/|\/src\/pwa\/register\.ts$/ },
  { name: LATE, roots: /\/src\/shell\// },
  { name: TOOLS, roots: /\/src\/tools\/[^/]+\// },
]

/**
 * The chunk name of one language: its wording (src/locales/<lang>/, loaded by src/locales/load.ts) and its
 * FAQ edition (src/content/editions/<lang>/, loaded by src/content/faq.ts), both by loadLanguage(). Named
 * in src/lib/languageFiles.ts, which the service worker reads too.
 */
export { localeChunk }

/**
 * One group per language folder: a language's areas and its FAQ edition load together, in one request,
 * before its first page is shown (of the default language, the first view's areas whose accessors load it
 * lazily, and the edition); the areas of the page frame's lazy parts and of the tools each in a group of
 * their own (`parts`: locale-<lang>-late, locale-<lang>-tools), loaded with them.
 */
export function localeGroups(codes: readonly string[]): ChunkGroup[] {
  return codes.flatMap((code) => {
    const folder = code.replace(/[^a-zA-Z0-9-]/g, '')
    const parts = localeParts(code)
    // The parts have no roots of their own: assignGroups gives them the language's areas of their group.
    return [
      { name: localeChunk(code), roots: new RegExp(`/src/(locales|content/editions)/${folder}/`), parts },
      ...Object.values(parts).map((name) => ({ name, roots: /(?!)/ })),
    ]
  })
}

/** The chunks of a language's wording for the lazy groups, by group: `locale-<lang>-late`, `locale-<lang>-tools`. */
export function localeParts(code: string): Record<string, string> {
  return Object.fromEntries([LATE, TOOLS].map((group) => [group, `${localeChunk(code)}-${group}`]))
}

/** The accessor of a language's wording file: /src/locales/<lang>/<area>.ts → /src/locales/<area>.ts; null for any other module. */
export function accessorOf(id: string): string | null {
  const m = /^(.*\/src\/locales\/)[^/]+\/([^/]+\.ts)$/.exec(id)
  return m ? m[1]! + m[2]! : null
}

/**
 * Assigns every module to a group, or to none; exported for its unit test. What the entries import
 * statically is the FIRST_VIEW group: left to itself the bundler splits it into several chunks by which
 * lazy chunk shares which part, and every file is a request on a slow line.
 */
export function assignGroups(modules: ReadonlyMap<string, ModuleInfoLike>, groups: readonly ChunkGroup[]): Map<string, string> {
  const eager = new Set<string>()
  const stack = [...modules].filter(([, m]) => m.isEntry).map(([id]) => id)
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (eager.has(id)) continue
    eager.add(id)
    stack.push(...(modules.get(id)?.importedIds ?? []))
  }
  const out = new Map<string, string>()
  for (const id of eager) if (!modules.get(id)?.isEntry) out.set(id, FIRST_VIEW)
  const place = (roots: string[], name: string): void => {
    const todo = [...roots]
    while (todo.length > 0) {
      const id = todo.pop() as string
      if (out.has(id) || eager.has(id)) continue
      out.set(id, name)
      todo.push(...(modules.get(id)?.importedIds ?? []))
    }
  }
  for (const group of groups) {
    const roots = [...modules.keys()].filter((id) => group.roots.test(id) && !eager.has(id))
    if (!group.parts) {
      place(roots, group.name)
      continue
    }
    // A language's areas of each lazy group first go to that group's part, the rest of the language after them.
    const groupOfAccessor = (id: string): string | undefined => {
      const accessor = accessorOf(id)
      return accessor === null ? undefined : out.get(accessor)
    }
    for (const [lazyGroup, part] of Object.entries(group.parts)) place(roots.filter((id) => groupOfAccessor(id) === lazyGroup), part)
    place(roots.filter((id) => !Object.hasOwn(group.parts!, groupOfAccessor(id) ?? '')), group.name)
  }
  // A language's own chunk loads with the first view, before hydration. A module it imports that went to a
  // lazy group (the procedure's rules, which the wording quotes and the timers use too) would pull that
  // whole group into the first view: it joins the first view instead, with what it imports from lazy groups.
  const lazy = new Set(groups.filter((g) => g.name === LATE || g.name === TOOLS).map((g) => g.name))
  const languageChunks = new Set(groups.filter((g) => g.parts).map((g) => g.name))
  const todo = [...out].filter(([, name]) => languageChunks.has(name)).map(([id]) => id)
  while (todo.length > 0) {
    for (const dep of modules.get(todo.pop() as string)?.importedIds ?? []) {
      if (!lazy.has(out.get(dep) ?? '')) continue
      out.set(dep, FIRST_VIEW)
      todo.push(dep)
    }
  }
  return out
}

/** The plugin, and the test to give each codeSplitting group. */
export function chunkGroups(groups: readonly ChunkGroup[]): { plugin: Plugin; test: (name: string) => (id: string) => boolean } {
  let assigned = new Map<string, string>()
  const plugin: Plugin = {
    name: 'omu:chunk-groups',
    apply: 'build',
    buildEnd() {
      const modules = new Map<string, ModuleInfoLike>()
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id)
        if (info) modules.set(id, { isEntry: info.isEntry, importedIds: info.importedIds })
      }
      assigned = assignGroups(modules, groups)
    },
  }
  return { plugin, test: (name) => (id) => assigned.get(id) === name }
}
