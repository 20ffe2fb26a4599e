/// <reference lib="webworker" />
/**
 * The service worker. vite-plugin-pwa (injectManifest) fills self.__WB_MANIFEST with every file to keep.
 *
 * Why not Workbox's precaching: it downloads the precache one file after another, so on a 2-second-latency
 * connection 15 files take 30 s before the app works offline. Here every file is requested at once, hashed
 * assets the page already loaded come from the HTTP cache, and nothing else is needed at run time.
 *
 * Navigations are answered from the cache: the page is composed from the template and the route's
 * prerendered HTML in the offline pages file (assets/pages-<hash>.json), so its text shows before any script runs; a path without a page gets the
 * template with an empty app, which shows its not-found page.
 */
import { PAGES_FILE, fillTemplate, routeKey, type OfflinePages } from './lib/pageTemplate'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] }

const CACHE = 'omu-start-helper-precache'
// vite-plugin-pwa always lists the web app manifest; the browser fetches that itself and offline use does
// not need it, so it is not precached (one request less on a slow line).
const manifest = self.__WB_MANIFEST.filter((e) => !e.url.endsWith('.webmanifest'))

/** The cache key of an entry: hashed files are their own version, others carry their revision. */
function keyOf(entry: { url: string; revision: string | null }): string {
  const url = new URL(entry.url, self.registration.scope)
  if (entry.revision) url.searchParams.set('__rev', entry.revision)
  return url.href
}

const keyByPath = new Map(manifest.map((e) => [new URL(e.url, self.registration.scope).pathname, keyOf(e)]))
const pagesEntry = manifest.find((e) => PAGES_FILE.test(e.url))
const pagesKey = pagesEntry && keyOf(pagesEntry)

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE)
  // Look up what an earlier version already holds once, up front: every download then starts at the same
  // moment, instead of each waiting behind the cache operations of the others.
  const held = new Set((await cache.keys()).map((r) => r.url))
  // Requested in the list's order (see precacheOrder in vite.config.ts): Chromium lets an installing
  // worker have 3 requests out at a time.
  const missing = manifest.filter((entry) => !held.has(keyOf(entry)))
  const responses = await Promise.all(
    missing.map(async (entry) => {
      // Hashed assets never change: the copy the page just loaded is as good as a new download.
      const response = await fetch(new URL(entry.url, self.registration.scope), {
        cache: entry.revision ? 'no-cache' : 'default',
        credentials: 'same-origin',
      })
      if (!response.ok) throw new Error(`precache: ${entry.url} answered ${response.status}`)
      return [keyOf(entry), response] as const
    }),
  )
  await Promise.all(responses.map(([key, response]) => cache.put(key, response)))
}

async function dropOutdated(): Promise<void> {
  const cache = await caches.open(CACHE)
  const wanted = new Set(keyByPath.values())
  const keys = await cache.keys()
  await Promise.all(keys.filter((r) => !wanted.has(r.url)).map((r) => cache.delete(r)))
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache())
})

self.addEventListener('activate', (event) => {
  // The first version takes the open page at once; later versions only after the user agrees (SKIP_WAITING).
  event.waitUntil(dropOutdated().then(() => self.clients.claim()))
})

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

/** A precached file, or the network when the cache lost it. */
async function fromCache(key: string, request: Request): Promise<Response> {
  const cached = await caches.match(key, { cacheName: CACHE })
  return cached ?? fetch(request)
}

// Parsed once per worker start; the cache holds the truth.
let offlinePromise: Promise<OfflinePages> | null = null

async function cachedText(key: string): Promise<string | null> {
  const res = await caches.match(key, { cacheName: CACHE })
  return res ? res.text() : null
}

/** The page for a navigation, composed offline; null when the cache does not hold what it needs. */
async function composePage(url: URL): Promise<Response | null> {
  if (!pagesKey) return null
  offlinePromise ??= cachedText(pagesKey).then((t) => (t ? (JSON.parse(t) as OfflinePages) : Promise.reject(new Error('no pages'))))
  try {
    const { template, pages } = await offlinePromise
    const path = routeKey(url.pathname)
    const page = pages[path] ?? null
    return new Response(fillTemplate(template, page && { ...page, path }), {
      status: page ? 200 : 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    })
  } catch {
    offlinePromise = null
    return null
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(composePage(url).then((page) => page ?? fetch(request)))
    return
  }
  const key = keyByPath.get(url.pathname)
  if (key) event.respondWith(fromCache(key, request))
})
