/**
 * Prerenders every route to its own HTML file after the client build is written, so text shows before any
 * JavaScript runs. It also inlines the one CSS file into every page (no render-blocking request on a slow
 * connection) and writes shell.html: the same page with an empty app, which the service worker serves for
 * any navigation it has no page for.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin, ResolvedConfig } from 'vite'

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

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
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

/** Fills the template for one page. */
export function fillTemplate(template: string, page: { html: string; title: string; description: string } | null): string {
  let out = template
  if (page) {
    out = out
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeAttr(page.title)}</title>`)
      .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${escapeAttr(page.description)}">`)
      .replace('<div id="app"><!--app-html--></div>', `<div id="app" data-prerendered>${page.html}</div>`)
  } else {
    out = out.replace('<div id="app"><!--app-html--></div>', '<div id="app"></div>')
  }
  return out
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
        for (const path of server.prerenderPaths()) {
          const page = await server.render(path)
          if (path !== '/404' && page.status !== 200) this.error(`prerender: ${path} rendered as not found`)
          const file = join(outDir, fileForPath(path))
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, fillTemplate(template, page))
        }
        writeFileSync(join(outDir, 'shell.html'), fillTemplate(template, null))
        // Every page carries the CSS inline now; the file would only be downloaded and precached twice.
        for (const href of cssFiles) rmSync(join(outDir, href))
      },
    },
  }
}
