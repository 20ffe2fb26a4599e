/**
 * Fills the page template (the built index.html) with one prerendered route. Pure string work, shared by
 * the prerenderer (build time) and the service worker (which composes pages offline from the same data).
 */

export interface PageParts {
  /** the app's rendered HTML for the route */
  html: string
  title: string
  description: string
  /** the page's HTML lang and dir (from the language index); the template's own when absent */
  lang?: string
  dir?: string
  /**
   * In the offline pages file only: the index of the frame (OfflinePages.frames) around `html`, which then
   * holds only the page's own part, its <main>. The header and footer are the same on nearly every page:
   * kept once, they no longer fill a third of the file.
   */
  frame?: number
}

/**
 * The offline pages file is a hashed asset (assets/pages-<hash>.json): served immutable, so the copy the
 * page prefetched is the one the service worker keeps, with no second download or revalidation. Each page
 * names it in a prefetch link carrying this attribute; the page starts fetching it while it parses.
 */
export const PAGES_LINK_ATTR = 'data-pages'

/**
 * The global in which each page's bootstrap keeps [button, time] of the latest tap on a button made before
 * the app started; the app replays it once it has (src/components/earlyTaps.ts).
 */
export const BOOT_TAP = '__omuTap'

/** The URL of the offline pages file a page names, or null (a page from before it was named). */
export function pagesUrlOf(doc: { querySelector(selector: string): { getAttribute(name: string): string | null } | null }): string | null {
  return doc.querySelector(`link[${PAGES_LINK_ATTR}]`)?.getAttribute('href') ?? null
}

/** The empty app container the template must contain. */
export const APP_PLACEHOLDER = '<div id="app"><!--app-html--></div>'

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text made safe for HTML, in element content and in attribute values quoted either way: & < > " '
 * become character references. Shared by the page template and the service worker's own page.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/** The same page in every language, for <link rel="alternate" hreflang> in its head: [hreflang, path]. */
export type Alternates = readonly (readonly [hreflang: string, href: string])[]

/**
 * The page for one route; with `page` null, the empty app shell (rendered in the browser). The container
 * names the route it was rendered for, so the browser hydrates only when that is the route it is on (a
 * 404 page served for /search?q=… is rendered afresh instead of hydrated into a mismatch). `alternates`:
 * the page in each language (see alternatesOf in src/locales/index.ts).
 */
export function fillTemplate(template: string, page: (PageParts & { path: string }) | null, alternates: Alternates = []): string {
  if (!page) return template.replace(APP_PLACEHOLDER, '<div id="app"></div>')
  const links = alternates.map(([hreflang, href]) => `<link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${escapeHtml(href)}">`).join('')
  // Replacement functions: a title or body containing "$&" must not be read as a pattern.
  return template
    .replace('</head>', () => (links ? `${links}\n</head>` : '</head>'))
    .replace(/<html[^>]*>/, (tag) => (page.lang ? `<html lang="${escapeHtml(page.lang)}"${page.dir && page.dir !== 'ltr' ? ` dir="${escapeHtml(page.dir)}"` : ''}>` : tag))
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => `<meta name="description" content="${escapeHtml(page.description)}">`)
    .replace(APP_PLACEHOLDER, () => `<div id="app" data-prerendered="${escapeHtml(page.path)}">${page.html}</div>`)
}

/** The route path a URL path names: /faq/x, /faq/x/, /faq/x.html and /index.html all map to one key. */
export function routeKey(pathname: string): string {
  let p = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '')
  if (p.length > 1) p = p.replace(/\/+$/, '')
  return p || '/'
}

/** What the service worker keeps to compose pages offline: the template and every route's parts. */
export interface OfflinePages {
  /** the page template with the CSS inline and the app placeholder */
  template: string
  pages: Record<string, PageParts>
  /** the app HTML before and after <main>, shared by the pages that name it (PageParts.frame) */
  frames?: [before: string, after: string][]
}

/** A page's whole app HTML: its own part inside the frame it names, if any. */
export function pageHtml(frames: OfflinePages['frames'], page: PageParts): string {
  const frame = page.frame === undefined ? undefined : frames?.[page.frame]
  return frame ? frame[0] + page.html + frame[1] : page.html
}

/**
 * The offline pages with each page's frame (the app HTML around its <main>) kept once in `frames`, and
 * the page holding only its <main> (build time). pageHtml() gives every page back exactly; a page without
 * a <main> is left whole.
 */
export function packFrames(offline: OfflinePages): OfflinePages {
  const frames: [string, string][] = []
  const index = new Map<string, number>()
  const pages: Record<string, PageParts> = {}
  for (const [path, page] of Object.entries(offline.pages)) {
    const start = page.html.indexOf('<main')
    const end = page.html.lastIndexOf('</main>')
    if (start < 0 || end < start) {
      pages[path] = page
      continue
    }
    const frame: [string, string] = [page.html.slice(0, start), page.html.slice(end + '</main>'.length)]
    const key = JSON.stringify(frame)
    let i = index.get(key)
    if (i === undefined) {
      i = frames.push(frame) - 1
      index.set(key, i)
    }
    pages[path] = { ...page, html: page.html.slice(start, end + '</main>'.length), frame: i }
  }
  return { ...offline, pages, frames }
}
