/**
 * The CSS a page needs for its first paint, at build time. Every page used to carry the whole stylesheet
 * inline (22 KB, 4.9 KB gzip): about half of it styles what only appears after a tap (checker findings,
 * open search results, running countdowns, copy notices). On a 400 kbit/s line each KB of HTML before the
 * first text costs 20 ms.
 *
 * So the inline <style> holds only the rules that match some element of some prerendered page (every route,
 * every language; Beasties does the matching, with its usual rules: pseudo-classes and pseudo-elements are
 * ignored for matching, so :hover, :focus-visible and ::before rules of a rendered element stay; @media and
 * @supports blocks keep the rules that match). One set for every page, not one per page: the
 * Content-Security-Policy names each inline style by its hash, and one hash keeps one policy for every page
 * (build/csp.ts). Per page would save about 1.4 KB gzip more and cost a hash per page in every response.
 *
 * The whole stylesheet still ships, as a file the page loads after its first paint (build/prerender-plugin.ts,
 * deferEntry) and the service worker precaches. It comes after the inline rules and holds them too, in the
 * same order, so once it is there the cascade is exactly the whole stylesheet's.
 */
import Beasties from 'beasties'

/** The rules of `css` that match an element of one of `documents` (HTML fragments: pages' app markup). */
export async function criticalCss(css: string, documents: readonly string[]): Promise<string> {
  const beasties = new Beasties({
    // The page is handed in whole; nothing is read from disk or fetched.
    external: false,
    reduceInlineStyles: true,
    // Fonts are the system's (no @font-face); keyframes only where a kept rule uses them.
    fonts: false,
    keyframes: 'critical',
    compress: true,
    logLevel: 'silent',
  })
  // One document holding every page's markup: a rule is kept when it matches in any of them.
  const html = `<!doctype html><html><head><style>${css}</style></head><body>${documents.join('\n')}</body></html>`
  const out = await beasties.process(html)
  const kept = /<style>([\s\S]*?)<\/style>/.exec(out)
  if (!kept) throw new Error('critical css: no <style> left in the processed page')
  return kept[1]!.trim()
}
