/// <reference lib="webworker" />
/**
 * The service worker. vite-plugin-pwa (injectManifest) fills self.__WB_MANIFEST with every file to keep,
 * each with its SHA-256 (build/precache-manifest.ts).
 *
 * Why not Workbox's precaching: it downloads the precache one file after another, so on a 2-second-latency
 * connection 15 files take 30 s before the app works offline. Here every file is requested at once, hashed
 * assets the page already loaded come from the HTTP cache, and nothing else is needed at run time. What
 * Workbox guarantees is kept, and some more:
 *
 * - Each version installs into a cache of its own (named after its file list), so an install that never
 *   finishes cannot touch the cache the app runs on; the switch happens on activate.
 * - Every download is checked against the build's SHA-256 before it is kept (a body cut short or changed
 *   on the way is refused), given up when nothing arrives for STALL_MS, and tried again after a pause.
 *   The offline pages file is also parsed and checked. Any failure fails the install; what was already
 *   checked stays in the version's cache, so the next attempt (the page retries) resumes.
 * - A file an earlier version already holds is copied from its cache (after the same check), not
 *   downloaded again.
 * - The previous version's cache is kept after an update: a tab still running that version may need one
 *   of its lazy files later, even offline. Older ones are deleted.
 * - Languages are saved one by one (src/lib/languageFiles.ts): an install keeps the files every language
 *   needs and those of the languages of the open pages and of the languages the previous version had
 *   saved; a page in a language not saved yet asks for it (SAVE_LANGUAGE), and it is added to the live
 *   cache. A reader of one language never waits for the other's pages.
 *
 * Navigations are answered from the cache: the page is composed from the template and the route's
 * prerendered HTML in its language's offline pages file (assets/pages-<hash>.json, pages.<lang>-<hash>.json), so its text shows before any
 * script runs; a path without a page gets the template with an empty app, which shows its not-found page.
 * When neither the cache nor the network can give a page, the worker answers with a short page of its own
 * that says what happened and what to do, instead of the browser's error page.
 */
import { fillTemplate, pageHtml, routeKey, type OfflinePages } from './lib/pageTemplate'
import { NOT_FOUND_ROUTE, parseOfflinePages } from './lib/offlinePages'
import { PAGES_FILE, languageOfFile } from './lib/languageFiles'
import { download, sha256, type DownloadOptions } from './lib/download'
import { fallbackPage } from './lib/fallbackPage'
import { workerLangOf, workerTextFor } from './locales/worker'
import { alternatesOf, defaultLanguage, languageOfPath, languagePath, languages } from './locales'

interface Entry {
  url: string
  revision: string | null
  integrity?: string
}

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Entry[] }

// vite-plugin-pwa always lists the web app manifest; the browser fetches that itself and offline use does
// not need it, so it is not precached (one request less on a slow line).
const manifest = self.__WB_MANIFEST.filter((e) => !e.url.endsWith('.webmanifest'))

/** A short fingerprint of the file list: a new build is a new list, and a new cache. */
function fingerprint(entries: readonly Entry[]): string {
  let h = 0x811c9dc5
  for (const ch of JSON.stringify(entries.map((e) => [e.url, e.revision, e.integrity ?? '']))) {
    h ^= ch.charCodeAt(0)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

const PREFIX = 'omu-start-helper-precache-'
/** The one cache every version shared before caches were per version. */
const SHARED = 'omu-start-helper-precache'
const CACHE = PREFIX + fingerprint(manifest)
/** Written last by a complete install: an older cache without it never finished. */
const COMPLETE = new URL('/__precache-complete__', self.location.origin).href

// On a 2-second-latency line a response's headers come after 2 s and its bytes keep coming; nothing for
// 10 s means the request is stuck. Two more attempts, after 1 s and 3 s.
const DOWNLOAD: DownloadOptions = {
  stallMs: 10_000,
  attempts: 3,
  pauseMs: (n) => 1000 * 3 ** n,
  fetch: (url, init) => fetch(url, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** The cache key of an entry: hashed files are their own version, others carry their revision. */
function keyOf(entry: Entry): string {
  const url = new URL(entry.url, self.registration.scope)
  if (entry.revision) url.searchParams.set('__rev', entry.revision)
  return url.href
}

const keyByPath = new Map(manifest.map((e) => [new URL(e.url, self.registration.scope).pathname, keyOf(e)]))

const codes = Object.keys(languages)
/** Each entry's language, or null for a file every language needs (src/lib/languageFiles.ts). */
const languageOf = new Map(manifest.map((e) => [e, languageOfFile(e.url, codes, defaultLanguage)]))
/** The cache key of each language's offline pages file. */
const pagesKeys = new Map(manifest.filter((e) => PAGES_FILE.test(e.url) && languageOf.get(e) !== null).map((e) => [languageOf.get(e)!, keyOf(e)]))
/** Written beside a language's files once they are all kept: the language is saved for offline use. */
const savedMark = (lang: string): string => new URL(`/__precache-language__/${encodeURIComponent(lang)}`, self.location.origin).href

/** The other precache caches that finished installing, newest first (the previous version first). */
async function completeOlderCaches(): Promise<string[]> {
  const names = (await caches.keys()).filter((n) => n !== CACHE && (n === SHARED || n.startsWith(PREFIX)))
  const complete: string[] = []
  for (const name of names) {
    // The shared cache was only ever the live one.
    if (name === SHARED || (await (await caches.open(name)).match(COMPLETE))) complete.push(name)
  }
  return complete.reverse()
}

/** A checked copy of the entry from an older version's cache, or null. */
async function reuse(entry: Entry, key: string, older: readonly string[]): Promise<Response | null> {
  for (const name of older) {
    const res = await (await caches.open(name)).match(key)
    if (!res) continue
    const bytes = new Uint8Array(await res.arrayBuffer())
    if (entry.integrity && (await sha256(bytes)) !== entry.integrity) continue
    return new Response(bytes, { status: 200, headers: { 'Content-Type': res.headers.get('Content-Type') ?? 'application/octet-stream' } })
  }
  return null
}

/** Keeps every entry of `entries` the cache lacks: copied from an older version's cache, else downloaded. */
async function fill(cache: Cache, entries: readonly Entry[], older: readonly string[]): Promise<void> {
  // What an earlier attempt already checked and kept, and what older versions hold, is looked up once, up
  // front: every download then starts at the same moment. They are requested in the list's order (see
  // build/precache-manifest.ts): Chromium lets an installing worker have 3 requests out at a time. (On a first
  // visit the page asks for the files only the install needs itself, build/prerender-plugin.ts: a hashed file is
  // then taken from the HTTP cache, or waits there for the page's download, instead of going out again.)
  const held = new Set((await cache.keys()).map((r) => r.url))
  const missing = entries.filter((entry) => !held.has(keyOf(entry)))
  const copies = await Promise.all(missing.map((entry) => reuse(entry, keyOf(entry), older)))
  await Promise.all(
    missing.map(async (entry, i) => {
      const response =
        copies[i] ??
        (await download(new URL(entry.url, self.registration.scope).href, entry.integrity, {
          // Hashed assets never change: the copy the page just loaded is as good as a new download.
          cache: entry.revision ? 'no-cache' : 'default',
          credentials: 'same-origin',
        }, DOWNLOAD))
      await cache.put(keyOf(entry), response)
    }),
  )
}

/** Keeps the files of the languages `langs` (and those every language needs) in `cache`, checked; then marks each language saved. */
async function saveLanguages(cache: Cache, langs: readonly string[], older: readonly string[]): Promise<void> {
  const wanted = (e: Entry): boolean => {
    const lang = languageOf.get(e) ?? null
    return lang === null || langs.includes(lang)
  }
  await fill(cache, manifest.filter(wanted), older)
  for (const lang of langs) {
    const key = pagesKeys.get(lang)
    if (!key) continue
    const pages = await cache.match(key)
    try {
      parseOfflinePages(pages ? await pages.text() : '', lang)
    } catch (e) {
      await cache.delete(key)
      throw e
    }
  }
  for (const lang of langs) await cache.put(savedMark(lang), new Response(String(Date.now())))
}

/**
 * The languages to save at install: those of the pages open now (the page that registered the worker
 * first), and those an earlier version had saved (an update keeps every language the reader uses
 * offline); the default language when there is none.
 */
async function languagesToInstall(older: readonly string[]): Promise<string[]> {
  const wanted = new Set<string>()
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    wanted.add(languageOfPath(new URL(client.url).pathname, codes))
  }
  for (const name of older) {
    const cache = await caches.open(name)
    const marked = []
    for (const lang of codes) if (await cache.match(savedMark(lang))) marked.push(lang)
    // A cache from before languages were saved one by one held the default language's files.
    for (const lang of marked.length > 0 ? marked : [defaultLanguage]) wanted.add(lang)
  }
  if (wanted.size === 0) wanted.add(defaultLanguage)
  return codes.filter((lang) => wanted.has(lang))
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE)
  const older = await completeOlderCaches()
  await saveLanguages(cache, await languagesToInstall(older), older)
  await cache.put(COMPLETE, new Response(String(Date.now())))
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache())
})

// One save per language at a time, however many pages ask.
const saving = new Map<string, Promise<'saved' | 'already'>>()

/**
 * Saves a language the installed version does not hold yet, into its own (live) cache: asked by a page in
 * that language (src/pwa/register.ts) the first time it is opened. Rejects while this version is not
 * installed, and when a file cannot be had; a later page asks again.
 */
function saveLanguage(lang: string): Promise<'saved' | 'already'> {
  const running = saving.get(lang)
  if (running) return running
  const job = (async (): Promise<'saved' | 'already'> => {
    if (!codes.includes(lang)) throw new Error(`unknown language ${lang}`)
    const cache = await caches.open(CACHE)
    if (!(await cache.match(COMPLETE))) throw new Error('not installed yet')
    if (await cache.match(savedMark(lang))) return 'already'
    await saveLanguages(cache, [lang], await completeOlderCaches())
    return 'saved'
  })().finally(() => saving.delete(lang))
  saving.set(lang, job)
  return job
}

/** Deletes every precache cache but this version's and the previous complete one. */
async function dropOutdated(): Promise<void> {
  const [previous] = await completeOlderCaches()
  const names = (await caches.keys()).filter((n) => n !== CACHE && n !== previous && (n === SHARED || n.startsWith(PREFIX)))
  await Promise.all(names.map((n) => caches.delete(n)))
}

self.addEventListener('activate', (event) => {
  // The first version takes the open page at once; later versions only after the user agrees (SKIP_WAITING).
  event.waitUntil(dropOutdated().then(() => self.clients.claim()))
})

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; lang?: unknown } | null
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting()
  // The page's reply port (a MessageChannel) hears how it went: { saved: 'saved' | 'already' } or { error }.
  else if (data?.type === 'SAVE_LANGUAGE' && typeof data.lang === 'string') {
    const port = event.ports[0]
    event.waitUntil(
      saveLanguage(data.lang).then(
        (saved) => port?.postMessage({ saved }),
        (e: unknown) => port?.postMessage({ error: String(e) }),
      ),
    )
  }
})

/**
 * A file of this version from its cache; a hashed file of the previous version (a tab still running it)
 * from that one; else the network.
 */
async function fromCache(request: Request, key: string | undefined): Promise<Response> {
  const own = key ? await caches.match(key, { cacheName: CACHE }) : undefined
  if (own) return own
  if (!key) {
    for (const name of await completeOlderCaches()) {
      const old = await (await caches.open(name)).match(request.url)
      if (old) return old
    }
  }
  return fetch(request)
}

// Parsed once per worker start and language; the cache holds the truth.
const offlinePromises = new Map<string, Promise<OfflinePages>>()

async function cachedPages(lang: string): Promise<OfflinePages> {
  const key = pagesKeys.get(lang)
  const res = key ? await caches.match(key, { cacheName: CACHE }) : undefined
  if (!res) throw new Error(`no offline pages for ${lang}`)
  return parseOfflinePages(await res.text(), lang)
}

/** The page for a navigation, composed offline; null when the cache does not hold what it needs. */
async function composePage(url: URL): Promise<Response | null> {
  const lang = languageOfPath(url.pathname, codes)
  let parsed = offlinePromises.get(lang)
  if (!parsed) offlinePromises.set(lang, (parsed = cachedPages(lang)))
  try {
    const { template, pages, frames } = await parsed
    // An unknown path gets the prerendered not-found page, as the server sends 404.html: its text is
    // painted at once instead of after the app has started and rendered it.
    const found = routeKey(url.pathname)
    const path = pages[found] ? found : languagePath(NOT_FOUND_ROUTE, lang)
    const page = pages[path]
    return new Response(fillTemplate(template, page ? { ...page, html: pageHtml(frames, page), path } : null, alternatesOf(path)), {
      status: path === found ? 200 : 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    })
  } catch {
    // Not saved (yet), or damaged: the network, or the worker's own page.
    offlinePromises.delete(lang)
    return null
  }
}

/** The worker's own page, when neither the cache nor the network can give one. */
function cannotOpen(url: URL): Response {
  const lang = workerLangOf(url.pathname)
  return new Response(fallbackPage(workerTextFor(lang), languages[lang]?.htmlLang ?? lang, url.pathname + url.search), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(composePage(url).then((page) => page ?? fetch(request).catch(() => cannotOpen(url))))
    return
  }
  const key = keyByPath.get(url.pathname)
  if (key || url.pathname.startsWith('/assets/')) event.respondWith(fromCache(request, key))
})
