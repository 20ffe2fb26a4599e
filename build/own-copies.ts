/**
 * A lazy chunk that keeps its own copy of the code it shares with another lazy chunk. The bundler never
 * copies a module: code that two dynamically imported chunks both use goes into a third chunk both load.
 * For the two search chunks that would split the Japanese one (the engine, 5.4 KB gzip, into a chunk of
 * its own: a second request on a 2-second line before the first search) as soon as an English page
 * imports the English one. With this plugin the English search chunk (src/search/loadIndexEn.ts)
 * imports every module under a name of its own (`<file>?own-copy`), so it is built as one self-contained
 * chunk and the Japanese search chunk stays exactly as it was; the copy costs bytes only to whoever loads
 * the English search. Virtual modules (the index) and ids that carry a query already are left shared.
 *
 * Build only: the dev server and the tests load every module once, as written.
 */
import type { Plugin } from 'vite'

/** Appended to the id of every module the root imports, directly or not. */
export const OWN_COPY = '?own-copy'

/** The id a module `resolved` gets when `importer` (a root, or a copy) imports it; null: the module stays shared. */
export function copyId(resolvedId: string, importer: string, root: RegExp): string | null {
  if (!(root.test(importer) || importer.endsWith(OWN_COPY))) return null
  if (resolvedId.startsWith('\0') || resolvedId.includes('?')) return null
  return resolvedId + OWN_COPY
}

/** The plugin: every module imported from a module matching `root` (by its resolved id), or from a copy, is copied. */
export function ownCopies(root: RegExp): Plugin {
  return {
    name: 'omu:own-copies',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (!importer || !(root.test(importer) || importer.endsWith(OWN_COPY))) return null
      // resolved as the original module would resolve it (relative paths, aliases, node_modules)
      const from = importer.endsWith(OWN_COPY) ? importer.slice(0, -OWN_COPY.length) : importer
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true })
      if (!resolved || resolved.external) return resolved
      const id = copyId(resolved.id, importer, root)
      return id ? { ...resolved, id } : resolved
    },
  }
}
