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
}

/**
 * The offline pages file is a hashed asset (assets/pages-<hash>.json): served immutable, so the copy the
 * page prefetched is the one the service worker keeps, with no second download or revalidation. Each page
 * names it in a prefetch link carrying this attribute; the page starts fetching it while it parses.
 */
export const PAGES_LINK_ATTR = 'data-pages'
/** How the offline pages file is named in the precache list. */
export const PAGES_FILE = /(^|\/)assets\/pages-[\w-]+\.json$/

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

/**
 * The page for one route; with `page` null, the empty app shell (rendered in the browser). The container
 * names the route it was rendered for, so the browser hydrates only when that is the route it is on (a
 * 404 page served for /search?q=… is rendered afresh instead of hydrated into a mismatch).
 */
export function fillTemplate(template: string, page: (PageParts & { path: string }) | null): string {
  if (!page) return template.replace(APP_PLACEHOLDER, '<div id="app"></div>')
  // Replacement functions: a title or body containing "$&" must not be read as a pattern.
  return template
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
}
