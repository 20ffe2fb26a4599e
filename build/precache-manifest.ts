import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The order in which the service worker requests its precache (see vite.config.ts): files the page does
 * not load by itself first, in the order the app needs them (the page shell's lazy parts, the tools, the
 * search); then what the page loads on its own from the first paint (the first view, the worker's
 * follower, the bundler's runtime, the offline pages file), which by then is in the HTTP cache or on
 * its way.
 */
const ORDER = [/\/late-/, /\/tools-/, /\/loadIndex-/]
const PAGE_LOADS = [/\/first-/, /\/sw-/, /\/rolldown-runtime-/, /\/pages-/]

function rank(url: string): number {
  const path = `/${url.replace(/^\//, '')}`
  const lazy = ORDER.findIndex((re) => re.test(path))
  if (lazy >= 0) return lazy
  const own = PAGE_LOADS.findIndex((re) => re.test(path))
  return own >= 0 ? ORDER.length + 1 + own : ORDER.length
}

export function precacheOrder<T extends { url: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => rank(a.entry.url) - rank(b.entry.url) || a.i - b.i)
    .map(({ entry }) => entry)
}

/**
 * Adds to each entry its SHA-256 as in subresource integrity (the one extra field the injected list
 * keeps), read from the built file: the worker checks every download against it, so a response cut short
 * or changed on the way is never kept.
 */
export function withIntegrity<T extends { url: string }>(entries: readonly T[], outDir: string): (T & { integrity: string })[] {
  return entries.map((entry) => ({ ...entry, integrity: `sha256-${createHash('sha256').update(readFileSync(join(outDir, entry.url))).digest('base64')}` }))
}
