/**
 * The page the service worker answers a navigation with when it has nothing better: the offline copy is
 * unusable (damaged, or deleted by the browser) and the network is down. A browser error page would say
 * nothing useful; this one says what happened and what to do. No script, no style sheet, no request.
 */
import type { WorkerText } from '@/locales'
import { escapeHtml } from './pageTemplate'

/** The whole HTML page for `path`, in the language `htmlLang`. */
export function fallbackPage(text: WorkerText, htmlLang: string, path: string): string {
  const e = escapeHtml
  return (
    `<!doctype html><html lang="${e(htmlLang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(text.title)}</title></head>` +
    `<body><main><h1>${e(text.title)}</h1><p>${e(text.what)}</p><p>${e(text.why)}</p><p>${e(text.next)}</p>` +
    `<p><a href="${e(path)}">${e(text.retry)}</a></p><p>${e(text.official)}</p></main></body></html>`
  )
}
