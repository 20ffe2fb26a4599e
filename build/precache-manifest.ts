import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PAGES_FILE, searchChunk } from '../src/lib/languageFiles.ts'
import { defaultLanguage } from '../src/locales/index.ts'
import { APP_GROUPS, FIRST_VIEW, WORKER_FOLLOWER, localeParts } from './chunk-groups.ts'

/** The search engine and index: a chunk of its own (build/chunk-groups.ts), which the bundler names after its module, src/search/loadIndex.ts. */
export const SEARCH_CHUNK = searchChunk(defaultLanguage, defaultLanguage)
/**
 * The English edition's search (src/search/loadIndexEn.ts): a chunk of its own with its own copy of the engine
 * (build/own-copies.ts). Saved for offline use with the English pages (src/lib/languageFiles.ts), so not in
 * LAZY_CHUNKS.
 */
export const ENGLISH_SEARCH_CHUNK = searchChunk('en', defaultLanguage)
/** The bundler's runtime helpers: a chunk rolldown makes and names itself; the worker's follower imports it, so the page preloads it. */
export const RUNTIME_CHUNK = 'rolldown-runtime'

/** The chunks the page loads on its own from the first paint: the first view, the worker's follower, the bundler's runtime. */
export const PAGE_CHUNKS: readonly string[] = [FIRST_VIEW, WORKER_FOLLOWER, RUNTIME_CHUNK]
/** The chunks the page does not load by itself, in the order the app needs them: the other groups, in their order (build/chunk-groups.ts), then the search. */
export const LAZY_CHUNKS: readonly string[] = [...APP_GROUPS.map((g) => g.name).filter((name) => !PAGE_CHUNKS.includes(name)), SEARCH_CHUNK]

/**
 * The chunks a first visit in language `lang` installs that its page does not load by itself: the lazy
 * groups, the language's search and its lazy wording (a language without lazy wording has no such chunk;
 * build/chunk-groups.ts). The page asks for them itself on a first visit (build/prerender-plugin.ts).
 */
export function installOnlyChunks(lang: string): string[] {
  return [...LAZY_CHUNKS.filter((name) => name !== SEARCH_CHUNK), searchChunk(lang, defaultLanguage), ...Object.values(localeParts(lang))]
}

/**
 * The whole stylesheet (Vite's one CSS file, assets/style-<hash>.css): each page has its first paint's rules
 * inline and loads the file right after its first paint (build/prerender-plugin.ts).
 */
export const STYLESHEET = /(^|\/)assets\/[^/]+\.css$/

/** A chunk's file as the precache list names it: assets/<name>-<hash>.js (Vite's chunk file names). */
export function chunkFile(name: string): RegExp {
  return new RegExp(`(^|/)assets/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[\\w-]+\\.js$`)
}

/**
 * The order in which the service worker requests its precache (see vite.config.ts): files the page does
 * not load by itself first, in the order the app needs them (the page shell's lazy parts, the tools, the
 * search); then what the page loads on its own from the first paint (the first view, the worker's
 * follower, the bundler's runtime, the offline pages file, the stylesheet), which by then is in the HTTP
 * cache or on its way. Anything else goes between the two.
 */
const LAZY = LAZY_CHUNKS.map(chunkFile)
const PAGE_LOADS = [...PAGE_CHUNKS.map(chunkFile), PAGES_FILE, STYLESHEET]

function rank(url: string): number {
  const path = url.replace(/^\//, '')
  const lazy = LAZY.findIndex((re) => re.test(path))
  if (lazy >= 0) return lazy
  const own = PAGE_LOADS.findIndex((re) => re.test(path))
  return own >= 0 ? LAZY.length + 1 + own : LAZY.length
}

export function precacheOrder<T extends { url: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => rank(a.entry.url) - rank(b.entry.url) || a.i - b.i)
    .map(({ entry }) => entry)
}

/**
 * What the order places that the list lacks, by chunk name (or the pages file). A group, module or bundler
 * chunk renamed without its name here would drop silently to the middle of the order; the build stops
 * instead (vite.config.ts).
 */
export function unplacedFiles(entries: readonly { url: string }[]): string[] {
  const paths = entries.map((e) => e.url.replace(/^\//, ''))
  const placed: [string, RegExp][] = [...LAZY_CHUNKS, ...PAGE_CHUNKS].map((name) => [name, chunkFile(name)])
  placed.push(['the offline pages file', PAGES_FILE], ['the stylesheet', STYLESHEET])
  return placed.filter(([, re]) => !paths.some((p) => re.test(p))).map(([name]) => name)
}

/**
 * Adds to each entry its SHA-256 as in subresource integrity (the one extra field the injected list
 * keeps), read from the built file: the worker checks every download against it, so a response cut short
 * or changed on the way is never kept.
 */
export function withIntegrity<T extends { url: string }>(entries: readonly T[], outDir: string): (T & { integrity: string })[] {
  return entries.map((entry) => ({ ...entry, integrity: `sha256-${createHash('sha256').update(readFileSync(join(outDir, entry.url))).digest('base64')}` }))
}
