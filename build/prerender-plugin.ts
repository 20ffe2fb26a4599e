/**
 * Prerenders every route to its own HTML file after the client build is written, so text shows before any
 * JavaScript runs. It also inlines the one CSS file into every page (no render-blocking request on a slow
 * connection) and writes, for the service worker:
 *  - shell.html: the page template with the CSS inline and an empty app;
 *  - pages.json: every route's rendered app HTML, title and description in one file, from which the worker
 *    composes any page offline, so its text shows at once, before the JavaScript has even started.
 * Precaching 30+ full pages instead would repeat the CSS and frame in each and cost a request apiece.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin, ResolvedConfig } from 'vite'
import { APP_PLACEHOLDER, fillTemplate, type PageParts } from '../src/lib/pageTemplate.ts'

interface ServerEntry {
  prerenderPaths: () => string[]
  render: (path: string) => Promise<{ html: string; title: string; description: string; status: number }>
}

export interface PrerenderOptions {
  /** the SSR build of src/entry-server.ts */
  serverEntry: string
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
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const entryPath = resolve(config.root, options.serverEntry)
        if (!existsSync(entryPath)) this.error(`prerender: ${options.serverEntry} is missing (build the SSR entry first)`)
        const server = (await import(pathToFileURL(entryPath).href + `?t=${Date.now()}`)) as ServerEntry
        const built = readFileSync(join(outDir, 'index.html'), 'utf8')
        const { html: template, cssFiles } = inlineCss(built, (href) => readFileSync(join(outDir, href), 'utf8'))
        if (!template.includes(APP_PLACEHOLDER)) this.error(`prerender: index.html must contain ${APP_PLACEHOLDER}`)
        const pages: Record<string, PageParts> = {}
        for (const path of server.prerenderPaths()) {
          const { status, ...page } = await server.render(path)
          if (path !== '/404' && status !== 200) this.error(`prerender: ${path} rendered as not found`)
          const file = join(outDir, fileForPath(path))
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, fillTemplate(template, { ...page, path }))
          pages[path] = page
        }
        // The shell keeps the placeholder: the worker fills it (or empties it for a path it has no page for).
        writeFileSync(join(outDir, 'shell.html'), template)
        writeFileSync(join(outDir, 'pages.json'), JSON.stringify(pages))
        // Every page carries the CSS inline now; the file would only be downloaded and precached twice.
        for (const href of cssFiles) rmSync(join(outDir, href))
      },
    },
  }
}
