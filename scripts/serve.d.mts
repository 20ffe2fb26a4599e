// Types for scripts/serve.mjs, for the tests that start a server of their own.
import type { IncomingMessage, Server } from 'node:http'

export function resolveFile(root: string, urlPath: string): string | null
/** The not-found page for a path: the language's own under its prefix (/en/… → en/404.html), else 404.html, or null. */
export function notFoundPage(root: string, urlPath: string): string | null

/** The headers of the `/*` rule of a _headers file (Netlify / Cloudflare Pages format). */
export function siteHeaders(text: string): Record<string, string>

/** The brotli form the server sends of a file with this body: the build's copy if it matches, else level 6. */
export function brotliOf(file: string | null, body: Buffer): Buffer

export function startServer(options?: {
  root?: string
  /** 0 picks a free port */
  port?: number
  host?: string
  /** delay before every response, in ms */
  latency?: number
  /** one bandwidth limit shared by all responses, in kbit/s */
  kbps?: number
  log?: boolean
  /** breaks responses for the tests: see scripts/serve.mjs */
  fault?: ((req: IncomingMessage) => Fault | null) | null
}): Promise<Server>

export type Fault = { status: number } | { truncate: number } | { hang: true } | { stallAfter: number }
