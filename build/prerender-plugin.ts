/**
 * Prerenders every route to its own HTML file after the client build is written, so text shows before any
 * JavaScript runs. It also inlines the CSS of the first paint into every page (no render-blocking request on
 * a slow connection; build/critical-css.ts), has the page load the whole stylesheet after its first paint,
 * and writes pages.json for the service worker: the page template (that CSS inline) and every
 * route's rendered app HTML, title and description, in one file. From it the worker composes any page
 * offline, so its text shows at once, before the JavaScript has even started. Precaching 30+ full pages
 * instead would repeat the CSS and frame in each and cost a request apiece on a 2-second-latency line.
 *
 * Each page also runs its script only after the first frame is painted (see deferEntry).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin, ResolvedConfig } from 'vite'
import { applyCsp } from './csp.ts'
import { criticalCss } from './critical-css.ts'
import { APP_GROUPS, WORKER_FOLLOWER } from './chunk-groups.ts'
import { installOnlyChunks } from './precache-manifest.ts'
import { APP_PLACEHOLDER, BOOT_TAP, PAGES_LINK_ATTR, fillTemplate, packFrames, pageHtml, type OfflinePages, type PageParts } from '../src/lib/pageTemplate.ts'
import { PAGES_FILE, localeChunk, pagesFileName } from '../src/lib/languageFiles.ts'
import { alternatesOf, defaultLanguage, languageOfPath, languagePath, languages } from '../src/locales/index.ts'
import { manifestFile, manifests } from '../src/locales/manifests.ts'

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

/** Replaces the stylesheet link with an inline <style> holding `readCss(href)`; returns the page and the CSS files it replaced. */
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
 * module preloads become one tiny inline script that, after the first frame, preloads the entry's chunks
 * in parallel, imports the entry and then asks for `stylesheets`. Otherwise, with the scripts already cached
 * (offline, or a second visit), compiling and running them comes before the first paint and holds the
 * page's text back.
 *
 * With `worker`, the same script registers the service worker at once, as soon as the parser reaches it
 * (the call costs well under a millisecond and the worker starts on another thread, so the first paint
 * does not wait for it): its download and its own downloads start while the first view's script is on
 * its way instead of after hydration (on a 2-second-latency line, about 4 s sooner). It records whether
 * a worker was active before, for src/pwa/register.ts, which follows the registration once the app runs.
 * When none was (a first visit), it then prefetches `installAhead`, the files only the worker's install
 * needs (installOnlyFiles), with the stylesheet second, applied once it is in.
 */
export function deferEntry(html: string, extraPreloads: string[] = [], worker?: string, stylesheets: string[] = [], installAhead: string[] = []): string {
  const entryRe = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/
  const preloadRe = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g
  const entry = entryRe.exec(html)?.[1]
  if (!entry) throw new Error('prerender: the entry <script type="module" src> was not found in index.html')
  const preloads = [...[...html.matchAll(preloadRe)].map((m) => m[1]), ...extraPreloads]
  // Start after the first paint, by whichever signal comes first: the paint timing entry, a message posted
  // from a frame callback (handled once that frame is painted), or a timer as the last resort (a hidden
  // tab runs no frames; a test clock may hold timers and frames back).
  const register = worker
    ? `const w=navigator.serviceWorker;let had;if(w){const g=w.register(${JSON.stringify(worker)},{scope:"/"});` +
      `had=w.getRegistration().then(r=>!!(r&&r.active),()=>true);` +
      `window.__omuWorker=Promise.all([had,g]).then(([h,g])=>({registration:g,hadActive:h})).catch(()=>null)}`
    : ''
  // The whole stylesheet (the page has its first paint's rules inline; what the app shows after a tap needs
  // the rest) is asked for last and at low priority: over HTTP/1.1 a browser opens six connections per host
  // and gives them out by priority, and the offline pages file and the worker's script hold two already; at
  // a stylesheet's usual priority it would take a connection before the first view's last chunk and hold
  // that chunk back by a whole round trip (2 s on the bench's line).
  const sheet = `const css=h=>{const l=document.createElement("link");l.rel="stylesheet";l.fetchPriority="low";l.href=h;document.head.append(l)};`
  // On a first visit (no worker was active), the files the worker will install that the page does not load
  // itself, biggest first, at the lowest priority, once the first view's requests are out. An installing
  // worker has three requests out at a time (Chromium), so a fourth and fifth file (an English reader's wording
  // and search) waited a whole round trip (2 s on the bench's line); the page has no such limit, and the worker
  // then finds each file in the HTTP cache, or on its way there, instead of downloading it again. The
  // stylesheet then goes second, as a prefetch too, and is applied once it is in: asked for at its own
  // priority, it took the first connection that came free and the biggest file the second, and the line
  // stood idle for a moment before that file's bytes (the worker ready about 0.1 s later on the bench's line).
  // The answer to getRegistration() decides, not the registration: that waits for the worker's script, a
  // whole round trip, and the connections that come free meanwhile would carry nothing.
  const later =
    worker && installAhead.length > 0
      ? `const pre=(h,d)=>{const l=document.createElement("link");l.rel="prefetch";l.href=h;if(d)l.onload=l.onerror=d;document.head.append(l)};` +
        `Promise.resolve(had).then(f=>{if(f!==false){for(const h of ${JSON.stringify(stylesheets)})css(h);return}` +
        `const[b,...r]=${JSON.stringify(installAhead)};pre(b);for(const h of ${JSON.stringify(stylesheets)})pre(h,()=>css(h));for(const h of r)pre(h)})`
      : `for(const h of ${JSON.stringify(stylesheets)})css(h)`
  const styles = stylesheets.length > 0 || (worker && installAhead.length > 0) ? sheet + later : ''
  // A tap on a button before the app has started (it has no handler yet): the latest one is kept, and
  // replayed once the page has hydrated (src/components/earlyTaps.ts, BOOT_TAP).
  const keepTaps =
    `addEventListener("click",e=>{const b=e.target.closest?.("button");` +
    `if(b&&!("__vue_app__"in(document.getElementById("app")||{})))window.${BOOT_TAP}=[b,Date.now()]},true);`
  const start =
    keepTaps +
    register +
    `let s=0;const go=()=>{if(s++)return;for(const h of ${JSON.stringify(preloads)}){` +
    `const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.append(l)}` +
    `import(${JSON.stringify(entry)});${styles}};` +
    `try{new PerformanceObserver(go).observe({type:"paint",buffered:true})}catch{}` +
    `requestAnimationFrame(()=>{const c=new MessageChannel;c.port1.onmessage=go;c.port2.postMessage(0)});setTimeout(go,500)`
  // register() comes first, in the same task as the parser reaching the script: the worker's script is then
  // requested before the first paint can start the first view's (six connections per host over HTTP/1.1).
  // Asked after getRegistration() had answered, it lost that race now and then and waited a whole round trip
  // (the worker ready 1.5 s later, about one cold visit in ten on the bench's line). getRegistration(), asked in
  // the same task, still tells whether a worker was active before: a first install cannot have finished by then.
  // A classic script, in a block of its own: it runs as soon as the parser reaches it, so the worker's
  // download starts then, not after the whole page is parsed, as an inline module would (the worker was
  // ready about 0.3 s sooner on the bench's line, median of 5). The block keeps its names out of the global scope.
  return html.replace(preloadRe, '').replace(entryRe, () => `<script>{${start}}</script>`)
}

/**
 * The files a first visit in `lang` installs that its page does not load by itself (installOnlyChunks), biggest
 * first (in bytes: a chunk of Japanese wording has three for most characters): each page of the language asks
 * for them on a first visit (deferEntry).
 */
export function installOnlyFiles(chunks: readonly { name: string; fileName: string; code: string }[], lang: string): string[] {
  return installOnlyChunks(lang)
    .map((name) => chunks.find((c) => c.name === name))
    .filter((c) => c !== undefined)
    .sort((a, b) => Buffer.byteLength(b.code) - Buffer.byteLength(a.code))
    .map((c) => `/${c.fileName}`)
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
 * The offline pages file's name and text, for the pages of language `lang`. The file holds the template,
 * which names the file: the hash is taken over the text with a placeholder name, then the placeholder is
 * replaced everywhere.
 */
export function hashPages(offline: OfflinePages, lang: string = defaultLanguage): { url: string; text: string; template: string } {
  const withPlaceholder = JSON.stringify(offline)
  const hash = createHash('sha256').update(withPlaceholder).digest('base64url').slice(0, 10)
  const url = pagesFileName(lang, defaultLanguage, hash)
  if (PAGES_FILE.exec(url)?.[1] !== (lang === defaultLanguage ? undefined : lang)) throw new Error(`prerender: ${url} does not match PAGES_FILE`)
  return { url, text: withPlaceholder.replaceAll(PAGES_URL_PLACEHOLDER, url), template: offline.template.replaceAll(PAGES_URL_PLACEHOLDER, url) }
}

const MANIFEST_LINK = /<link rel="manifest" href="\/manifest\.webmanifest"[^>]*>/

/**
 * The template of a language's pages: its web app manifest (the default language's is the built one), and
 * the name iOS proposes when the page is added to the home screen (apple-mobile-web-app-title: iOS takes
 * the page's title otherwise, 「検索 | …」 on a search page), the manifest's short name.
 */
export function withManifest(template: string, lang: string): string {
  if (!MANIFEST_LINK.test(template)) throw new Error('prerender: index.html has no <link rel="manifest" href="/manifest.webmanifest">')
  const shortName = manifests[lang]?.shortName
  if (!shortName) throw new Error(`prerender: no manifest wording for ${lang} (src/locales/manifests.ts)`)
  const title = `<meta name="apple-mobile-web-app-title" content="${shortName.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">`
  return template.replace(MANIFEST_LINK, (link) => `${lang === defaultLanguage ? link : `<link rel="manifest" href="${manifestFile(lang, defaultLanguage)}">`}${title}`)
}

/**
 * The web app manifest of another language, from the built one: its name, description, language and start
 * page; the same id, so that installing from either language makes the same one app.
 */
export function manifestIn(built: Record<string, unknown>, lang: string): Record<string, unknown> {
  const text = manifests[lang]
  const info = languages[lang]
  if (!text || !info) throw new Error(`prerender: no manifest wording for ${lang} (src/locales/manifests.ts)`)
  return { ...built, name: text.name, short_name: text.shortName, description: text.description, lang: info.htmlLang, dir: info.dir, start_url: info.startUrl }
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
        const filesOf = (chunk: (typeof chunks)[number] | undefined): string[] => (chunk ? [chunk.fileName, ...chunk.imports].map((f) => `/${f}`) : [])
        const codes = Object.keys(languages)
        const pages: Record<string, PageParts> = {}
        for (const path of server.prerenderPaths()) {
          const { status, dir, ...rendered } = await server.render(path)
          // Left-to-right is the template's default: only another direction is written out.
          const page: PageParts = dir === 'ltr' ? rendered : { ...rendered, dir }
          const lang = languageOfPath(path, codes)
          if (path !== languagePath('/404', lang) && status !== 200) this.error(`prerender: ${path} rendered as not found`)
          pages[path] = page
        }
        // The first paint's CSS, from every page's markup (build/critical-css.ts); the whole file loads after it.
        const critical = new Map<string, string>()
        for (const href of built.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"/g)) {
          critical.set(href[1]!, await criticalCss(readFileSync(join(outDir, href[1]!), 'utf8'), Object.values(pages).map((p) => p.html)))
        }
        const inlined = inlineCss(built, (href) => critical.get(href) ?? '')
        // One template per language: its pages load its language chunk (its FAQ edition and, for a language
        // other than the default, its wording; needed before the first view can hydrate) beside the first
        // view, and name its web app manifest.
        const templates: Record<string, string> = {}
        for (const lang of codes) {
          const wording = filesOf(chunks.find((c) => c.name === localeChunk(lang)))
          if (wording.length === 0) this.error(`prerender: no ${localeChunk(lang)} chunk for ${lang}`)
          const template = withManifest(
            linkPages(
              deferEntry(inlined.html, [...new Set([...filesOf(swChunk), ...wording])], options.worker, inlined.cssFiles, installOnlyFiles(chunks, lang)),
              PAGES_URL_PLACEHOLDER,
            ),
            lang,
          )
          if (!template.includes(APP_PLACEHOLDER)) this.error(`prerender: index.html must contain ${APP_PLACEHOLDER}`)
          templates[lang] = template
        }
        // Content-Security-Policy (build/csp.ts): in each template as <meta>, and the servers' header files.
        const csp = applyCsp(templates, pages, codes.filter((l) => l !== defaultLanguage).map((l) => manifestFile(l, defaultLanguage)))
        for (const [name, text] of Object.entries(csp.files)) writeFileSync(join(outDir, name), text)
        mkdirSync(join(outDir, 'assets'), { recursive: true })
        for (const lang of codes) {
          const own = Object.fromEntries(Object.entries(pages).filter(([path]) => languageOfPath(path, codes) === lang))
          // The header and footer once, not on every page (packFrames; the worker puts them back, pageHtml).
          const packed = packFrames({ template: csp.templates[lang]!, pages: own })
          const changed = Object.keys(own).filter((path) => pageHtml(packed.frames, packed.pages[path]!) !== own[path]!.html)
          if (changed.length > 0) this.error(`prerender: the offline pages file would not give back ${changed.join(', ')} exactly`)
          const named = hashPages(packed, lang)
          writeFileSync(join(outDir, named.url), named.text)
          for (const [path, page] of Object.entries(own)) {
            const file = join(outDir, fileForPath(path))
            mkdirSync(dirname(file), { recursive: true })
            writeFileSync(file, fillTemplate(named.template, { ...page, path }, alternatesOf(path)))
          }
        }
        // The other languages' web app manifests, beside the built one.
        const builtManifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>
        for (const lang of codes.filter((l) => l !== defaultLanguage)) {
          writeFileSync(join(outDir, manifestFile(lang, defaultLanguage)), JSON.stringify(manifestIn(builtManifest, lang)))
        }
      },
    },
  }
}
