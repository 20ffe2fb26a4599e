/**
 * Content-Security-Policy, computed at build time from the page template and the prerendered pages.
 *
 * Every page carries one inline <style> (the CSS of the first paint; the whole stylesheet is a file of ours) and one inline classic <script> (the bootstrap,
 * see deferEntry in build/prerender-plugin.ts); both are the template's, so one policy fits every page.
 * They are allowed by their sha256 hashes, never by 'unsafe-inline'. The prerendered markup also carries
 * style="…" attributes (Vue's v-show renders style="display:none;"): the policy allows exactly the values
 * found in the build, by hash, with 'unsafe-hashes' (which lets a hash match an attribute, nothing more).
 * Styles the app sets at run time go through the CSSOM (element.style), which CSP does not restrict.
 *
 * The policy is shipped twice: as <meta http-equiv> in the template (so every prerendered page and every
 * page the service worker composes offline carries it) and as a response header in the server
 * configurations the build writes (dist/_headers for static hosts, dist/_nginx-headers.conf for nginx, read
 * by scripts/serve.mjs too). The header adds frame-ancestors, which a <meta> policy cannot carry.
 */
import { createHash } from 'node:crypto'

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The text of every inline <script> (no src) and <style> element of a page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1]!)).map((m) => m[2]!)
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!)
  return { scripts, styles }
}

function decodeAttr(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(quot|amp|lt|gt|apos));/gi, (_m, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec))
    if (hex) return String.fromCodePoint(parseInt(hex, 16))
    return { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" }[name!.toLowerCase() as 'quot']
  })
}

/** Every distinct style attribute value in some markup, as the browser reads it (entities decoded). */
export function styleAttributes(html: string): string[] {
  const found = new Set<string>()
  // Start tags only: text and comments are not attributes.
  for (const tag of html.matchAll(/<[a-zA-Z][^\s/>]*(\s[^>]*)?>/g)) {
    for (const m of (tag[1] ?? '').matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      found.add(decodeAttr(m[1] ?? m[2] ?? m[3] ?? ''))
    }
  }
  return [...found].sort()
}

export interface CspSources {
  scripts: string[]
  styles: string[]
  styleAttrs: string[]
}

/**
 * The policy. `header`: the response header's version, with frame-ancestors (ignored, with a console
 * error, in a <meta> policy).
 */
export function buildPolicy({ scripts, styles, styleAttrs }: CspSources, { header = false } = {}): string {
  const uniq = (xs: string[]) => [...new Set(xs.map(sha256))]
  const scriptHashes = uniq(scripts)
  const styleHashes = uniq(styles)
  const attrHashes = uniq(styleAttrs)
  const attr = attrHashes.length > 0 ? ["'unsafe-hashes'", ...attrHashes] : ["'none'"]
  const styleAll = [...styleHashes, ...(attrHashes.length > 0 ? attr : [])]
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes]],
    // style-src for browsers without the -elem/-attr split; the split ones say the same, separately. 'self':
    // the whole stylesheet, which each page loads after its first paint (its first paint's rules are inline).
    ['style-src', ["'self'", ...styleAll]],
    ['style-src-elem', ["'self'", ...styleHashes]],
    ['style-src-attr', attr],
    // The favicon is a data: URI; the other icons and the manifest come from here.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    // The page fetches the offline pages file and nothing else; the worker fetches its precache.
    ['connect-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
  ]
  if (header) directives.push(['frame-ancestors', ["'none'"]])
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ')
}

/** The sources of the templates (one per language) and the app markup of every page. */
export function cspSources(templates: string[], pageHtml: string[]): CspSources {
  const blocks = templates.map(inlineBlocks)
  const styleAttrs = styleAttributes([...templates, ...pageHtml].join('\n'))
  return { scripts: blocks.flatMap((b) => b.scripts), styles: blocks.flatMap((b) => b.styles), styleAttrs }
}

/** Puts the policy in the template as the first thing after <meta charset>, before any inline element. */
export function addCspMeta(template: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`
  const charset = /<meta charset="[^"]*"\s*\/?>/i
  if (!charset.test(template)) throw new Error('csp: the template has no <meta charset>')
  if (template.includes('http-equiv="Content-Security-Policy"')) throw new Error('csp: the template already has a policy')
  return template.replace(charset, (m) => `${m}\n    ${meta}`)
}

/**
 * Permissions-Policy: everything the app does not use is off. It writes to the clipboard (copy buttons,
 * on the user's click); clipboard-write stays allowed for this origin only. It never reads the clipboard,
 * but clipboard-read is limited to this origin (no frame can use it; reading still needs the user's
 * permission) rather than turned off: the browser tests check each copy by reading it back. Only features
 * Chromium knows are named: an unknown one is reported on the console.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=(self)',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

/** The security headers every response carries, the policy first. */
export function securityHeaders(headerPolicy: string): [string, string][] {
  return [
    ['Content-Security-Policy', headerPolicy],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ]
}

export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * dist/_headers for Netlify and Cloudflare Pages. Headers of several matching rules are joined there, so
 * Cache-Control is set by rules that never overlap: the hashed assets, the worker and the manifest, and
 * the page paths (`pagePatterns`: `/`, `/faq/*`, …).
 */
export function headersFile(headerPolicy: string, pagePatterns: string[], manifests: string[] = []): string {
  const lines = ['# Written by the build (build/csp.ts): the policy carries the hashes of this build.', '/*']
  for (const [name, value] of securityHeaders(headerPolicy)) lines.push(`  ${name}: ${value}`)
  lines.push('', '/assets/*', `  Cache-Control: ${IMMUTABLE}`)
  for (const p of ['/sw.js', '/manifest.webmanifest', ...manifests, ...pagePatterns]) lines.push('', p, '  Cache-Control: no-cache')
  return `${lines.join('\n')}\n`
}

/** dist/_nginx-headers.conf: the same headers for nginx, included by deploy/nginx.conf in every location. */
export function nginxHeaders(headerPolicy: string): string {
  const lines = ['# Written by the build (build/csp.ts): the policy carries the hashes of this build. Reload nginx after each deployment.']
  for (const [name, value] of securityHeaders(headerPolicy)) {
    if (/["\\$]/.test(value)) throw new Error(`csp: ${name} cannot be quoted for nginx`)
    lines.push(`add_header ${name} "${value}" always;`)
  }
  return `${lines.join('\n')}\n`
}

/** The glob patterns of the page paths of a set of routes: `/`, `/faq/*`, `/search`… */
export function pagePatterns(paths: string[]): string[] {
  const out = new Set<string>()
  for (const p of paths) {
    if (p === '/404') continue
    const parts = p.split('/').filter(Boolean)
    if (parts.length === 0) out.add('/')
    else if (parts.length === 1) out.add(`/${parts[0]}`)
    else out.add(`/${parts[0]}/*`)
  }
  return [...out].sort()
}

/**
 * The build's CSP step: each template (one per language; their scripts differ in what they preload) with
 * the one policy as <meta>, and the deploy files to write (name → text). The page markup is scanned for
 * style attributes; the templates' own inline elements are hashed. `manifests`: the web app manifests
 * besides /manifest.webmanifest (other languages'), revalidated like it.
 */
export function applyCsp(
  templates: Record<string, string>,
  pages: Record<string, { html: string }>,
  manifests: string[] = [],
): { templates: Record<string, string>; files: Record<string, string>; policy: string } {
  const sources = cspSources(Object.values(templates), Object.values(pages).map((p) => p.html))
  const policy = buildPolicy(sources)
  const header = buildPolicy(sources, { header: true })
  return {
    templates: Object.fromEntries(Object.entries(templates).map(([lang, t]) => [lang, addCspMeta(t, policy)])),
    policy,
    files: { _headers: headersFile(header, pagePatterns(Object.keys(pages)), manifests), '_nginx-headers.conf': nginxHeaders(header) },
  }
}
