/**
 * Prerenders every route to its own HTML file after the client build is written, so text shows before any
 * JavaScript runs. It also inlines the one CSS file into every page (no render-blocking request on a slow
 * connection) and writes pages.json for the service worker: the page template (CSS inline) and every
 * route's rendered app HTML, title and description, in one file. From it the worker composes any page
 * offline, so its text shows at once, before the JavaScript has even started. Precaching 30+ full pages
 * instead would repeat the CSS and frame in each and cost a request apiece on a 2-second-latency line.
 *
 * Each page also runs its script only after the first frame is painted (see deferEntry).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin, ResolvedConfig } from 'vite'
import { applyCsp } from './csp.ts'
import { APP_GROUPS, WORKER_FOLLOWER } from './chunk-groups.ts'
import { APP_PLACEHOLDER, PAGES_FILE, PAGES_LINK_ATTR, fillTemplate, packFrames, pageHtml, type OfflinePages, type PageParts } from '../src/lib/pageTemplate.ts'

interface ServerEntry {
  prerenderPaths: () => string[]
  render: (path: string) => Promise<{ html: string; title: string; description: string; lang: string; dir: string; status: number }>
}

export interface PrerenderOptions {
  /** the SSR build of src/entry-server.ts */
  serverEntry: string
  /** the service worker's script URL: each page registers it right after its first paint */
  worker?: string
}

/** Output file for a route path: / → index.html, /faq/x → faq/x.html, /404 → 404.html. */
export function fileForPath(path: string): string {
  if (path === '/') return 'index.html'
  return `${path.replace(/^\//, '').replace(/\/$/, '')}.html`
}

/** Replaces the stylesheet link with an inline <style>; returns the page and the CSS file it used. */
export function inlineCss(html: string, readCss: (href: string) => string): { html: string; cssFiles: string[] } {
  const cssFiles: string[] = []
  const out = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (_m, href: string) => {
    cssFiles.push(href)
    return `<style>${readCss(href).trim()}</style>`
  })
  return { html: out, cssFiles }
}

/**
 * Starts the app only after the first frame is painted. The entry <script type="module" src> and Vite's
 * module preloads become one tiny inline module that, after the first frame, preloads the entry's chunks
 * in parallel and imports the entry. Otherwise, with the scripts already cached (offline, or a second
 * visit), compiling and running them comes before the first paint and holds the page's text back.
 *
 * With `worker`, the same script registers the service worker at once, as soon as the page is parsed
 * (the call costs well under a millisecond and the worker starts on another thread, so the first paint
 * does not wait for it): its download and its own downloads start while the first view's script is on
 * its way instead of after hydration (on a 2-second-latency line, about 4 s sooner). It records whether
 * a worker was active before, for src/pwa/register.ts, which follows the registration once the app runs.
 */
export function deferEntry(html: string, extraPreloads: string[] = [], worker?: string): string {
  const entryRe = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/
  const preloadRe = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g
  const entry = entryRe.exec(html)?.[1]
  if (!entry) throw new Error('prerender: the entry <script type="module" src> was not found in index.html')
  const preloads = [...[...html.matchAll(preloadRe)].map((m) => m[1]), ...extraPreloads]
  // Start after the first paint, by whichever signal comes first: the paint timing entry, a message posted
  // from a frame callback (handled once that frame is painted), or a timer as the last resort (a hidden
  // tab runs no frames; a test clock may hold timers and frames back).
  const register = worker
    ? `const w=navigator.serviceWorker;if(w)window.__omuWorker=w.getRegistration().then(r=>{const a=!!(r&&r.active);` +
      `return w.register(${JSON.stringify(worker)},{scope:"/"}).then(g=>({registration:g,hadActive:a}))}).catch(()=>null);`
    : ''
  const start =
    register +
    `let s=0;const go=()=>{if(s++)return;for(const h of ${JSON.stringify(preloads)}){` +
    `const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.append(l)}` +
    `import(${JSON.stringify(entry)})};` +
    `try{new PerformanceObserver(go).observe({type:"paint",buffered:true})}catch{}` +
    `requestAnimationFrame(()=>{const c=new MessageChannel;c.port1.onmessage=go;c.port2.postMessage(0)});setTimeout(go,500)`
  return html.replace(preloadRe, '').replace(entryRe, () => `<script type="module">${start}</script>`)
}

const PAGES_URL_PLACEHOLDER = '/assets/pages-PLACEHOLDER.json'

/**
 * Names the offline pages file in the page head with a prefetch link, so the page starts fetching it
 * while it parses (its bytes travel while the first view's script does, instead of after the service
 * worker has arrived: on a 2-second-latency line that is one round trip less before offline use).
 */
export function linkPages(html: string, url: string): string {
  if (!html.includes('</head>')) throw new Error('prerender: index.html has no </head>')
  return html.replace('</head>', () => `<link rel="prefetch" href="${url}" ${PAGES_LINK_ATTR}>\n</head>`)
}

/**
 * The offline pages file's name and text. The file holds the template, which names the file: the hash is
 * taken over the text with a placeholder name, then the placeholder is replaced everywhere.
 */
export function hashPages(offline: OfflinePages): { url: string; text: string; template: string } {
  const withPlaceholder = JSON.stringify(offline)
  const hash = createHash('sha256').update(withPlaceholder).digest('base64url').slice(0, 10)
  const url = `/assets/pages-${hash}.json`
  if (!PAGES_FILE.test(url)) throw new Error(`prerender: ${url} does not match PAGES_FILE`)
  return { url, text: withPlaceholder.replaceAll(PAGES_URL_PLACEHOLDER, url), template: offline.template.replaceAll(PAGES_URL_PLACEHOLDER, url) }
}

/** Vite plugin (client build only). */
export function prerenderPlugin(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig
  return {
    name: 'omu-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      config = c
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(_options, bundle) {
        const outDir = resolve(config.root, config.build.outDir)
        const entryPath = resolve(config.root, options.serverEntry)
        if (!existsSync(entryPath)) this.error(`prerender: ${options.serverEntry} is missing (build the SSR entry first)`)
        const server = (await import(pathToFileURL(entryPath).href + `?t=${Date.now()}`)) as ServerEntry
        const built = readFileSync(join(outDir, 'index.html'), 'utf8')
        const inlined = inlineCss(built, (href) => readFileSync(join(outDir, href), 'utf8'))
        // A first-view module that imports a lazy group would silently pull the whole group into the first
        // view (and past its 60 KB budget): refuse it here.
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
        const entryChunk = chunks.find((c) => c.isEntry)
        const lazy = APP_GROUPS.map((g) => g.name).filter((name) => name !== WORKER_FOLLOWER)
        const pulled = (entryChunk?.imports ?? []).map((f) => chunks.find((c) => c.fileName === f)?.name).filter((n) => n !== undefined && lazy.includes(n))
        if (pulled.length > 0) this.error(`prerender: the entry statically imports the lazy chunk(s) ${pulled.join(', ')}; see build/chunk-groups.ts`)
        // The worker's follower (the WORKER_FOLLOWER chunk) comes with the entry, so the app follows the
        // worker right after mount; so do the chunks it imports (the bundler's runtime helpers), or they
        // would cost one more round trip.
        const swChunk = chunks.find((c) => c.name === WORKER_FOLLOWER)
        const template = linkPages(
          deferEntry(inlined.html, swChunk ? [swChunk.fileName, ...swChunk.imports].map((f) => `/${f}`) : [], options.worker),
          PAGES_URL_PLACEHOLDER,
        )
        const cssFiles = inlined.cssFiles
        if (!template.includes(APP_PLACEHOLDER)) this.error(`prerender: index.html must contain ${APP_PLACEHOLDER}`)
        const pages: Record<string, PageParts> = {}
        for (const path of server.prerenderPaths()) {
          const { status, dir, ...rendered } = await server.render(path)
          // Left-to-right is the template's default: only another direction is written out.
          const page: PageParts = dir === 'ltr' ? rendered : { ...rendered, dir }
          if (path !== '/404' && status !== 200) this.error(`prerender: ${path} rendered as not found`)
          pages[path] = page
        }
        // The template keeps the app placeholder: the worker fills it (or empties it for a path it has no
        // page for).
        // Content-Security-Policy (build/csp.ts): in the template as <meta>, and the servers' header files.
        const csp = applyCsp(template, pages)
        for (const [name, text] of Object.entries(csp.files)) writeFileSync(join(outDir, name), text)
        // The header and footer once, not on every page (packFrames; the worker puts them back, pageHtml).
        const packed = packFrames({ template: csp.template, pages })
        const changed = Object.keys(pages).filter((path) => pageHtml(packed.frames, packed.pages[path]!) !== pages[path]!.html)
        if (changed.length > 0) this.error(`prerender: the offline pages file would not give back ${changed.join(', ')} exactly`)
        const named = hashPages(packed)
        mkdirSync(join(outDir, 'assets'), { recursive: true })
        writeFileSync(join(outDir, named.url), named.text)
        for (const [path, page] of Object.entries(pages)) {
          const file = join(outDir, fileForPath(path))
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, fillTemplate(named.template, { ...page, path }))
        }
        // Every page carries the CSS inline now; the file would only be downloaded and precached twice.
        for (const href of cssFiles) rmSync(join(outDir, href))
      },
    },
  }
}
