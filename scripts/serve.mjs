#!/usr/bin/env node
// Serves dist/ the way a good static host would: brotli (the build's copies of hashed files, the rest at
// brotli's level 6 as nginx's filter does) or gzip, clean URLs (/faq/x → faq/x.html), 404.html with
// status 404, no-cache for HTML, sw.js and the manifest, immutable caching for hashed assets, and the
// security headers (Content-Security-Policy with this build's hashes, nosniff, frame denial…) that the build
// writes to dist/_headers for static hosts (build/csp.ts). Files named _* are deploy files, never served.
// For the benchmark it can also shape traffic: --latency MS delays every response, --kbps N shares one
// bandwidth limit across all responses (so the service worker's own downloads are slowed too).
import { createServer } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt'])

/**
 * The brotli form of a file's body: the build's copy beside it (build/precompress.mjs) when it holds
 * exactly this body, else compressed now at level 6, as nginx's brotli filter does (deploy/nginx.conf).
 */
export function brotliOf(file, body) {
  if (file && existsSync(`${file}.br`)) {
    const copy = readFileSync(`${file}.br`)
    try {
      if (brotliDecompressSync(copy).equals(body)) return copy
    } catch {
      // a damaged copy: compress afresh
    }
  }
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
}

/** Resolves a URL path to a file in root (clean URLs, directory index), or null. */
export function resolveFile(root, urlPath) {
  let path
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '')
  const candidates = safe.endsWith('/') ? [join(safe, 'index.html')] : [safe, `${safe}.html`, join(safe, 'index.html')]
  for (const c of candidates) {
    const file = join(root, c)
    if (!file.startsWith(root)) return null
    if (existsSync(file) && statSync(file).isFile()) return file
  }
  return null
}

/**
 * The not-found page for a path: the language's own under its prefix (/en/… → en/404.html) when the build
 * has one, else 404.html; null when there is none.
 */
export function notFoundPage(root, urlPath) {
  const first = /^\/([a-z]{2,3})(?:[/?#]|$)/.exec(urlPath)?.[1]
  for (const file of [first && join(root, first, '404.html'), join(root, '404.html')]) if (file && existsSync(file)) return file
  return null
}

/** The headers of the `/*` rule of a _headers file (Netlify / Cloudflare Pages format). */
export function siteHeaders(text) {
  const headers = {}
  let inAll = false
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*'
      continue
    }
    const at = line.indexOf(':')
    if (inAll && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return headers
}

function cacheControl(file) {
  if (file.includes(`${join('/', 'assets', '/')}`)) return 'public, max-age=31536000, immutable'
  return 'no-cache'
}

/** A shared bandwidth limit: every chunk of every response waits its turn on one line. */
function createShaper(kbps) {
  let nextFree = 0
  const bytesPerMs = (kbps * 1000) / 8 / 1000
  return async function send(res, body) {
    const CHUNK = 1024
    for (let i = 0; i < body.length; i += CHUNK) {
      const chunk = body.subarray(i, i + CHUNK)
      const now = Date.now()
      const start = Math.max(now, nextFree)
      nextFree = start + chunk.length / bytesPerMs
      const wait = nextFree - now
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      if (res.destroyed) return
      res.write(chunk)
    }
    res.end()
  }
}

/**
 * Starts the server; resolves with the http.Server once listening. `fault(req)`, for the tests, can
 * break a response the way a flaky line or proxy would: { status } answers that status; { truncate: n }
 * sends only the first n bytes of the file, as a whole response with status 200; { hang: true } never
 * answers; { stallAfter: n } sends n bytes and then nothing more. null serves normally.
 */
export function startServer({ root = 'dist', port = 4173, host = '127.0.0.1', latency = 0, kbps = 0, log = false, fault = null } = {}) {
  const dir = resolve(root)
  const compressed = new Map()
  const headersFile = join(dir, '_headers')
  const security = existsSync(headersFile) ? siteHeaders(readFileSync(headersFile, 'utf8')) : {}
  const send = kbps > 0 ? createShaper(kbps) : async (res, body) => res.end(body)
  const server = createServer(async (req, res) => {
    const started = Date.now()
    let file = /^\/_/.test(req.url ?? '/') ? null : resolveFile(dir, req.url ?? '/')
    let status = 200
    if (!file) {
      status = 404
      file = notFoundPage(dir, req.url ?? '/')
    }
    const ext = file ? extname(file) : '.txt'
    let body = file ? readFileSync(file) : Buffer.from('Not found')
    const broken = fault?.(req) ?? null
    if (broken?.hang) return
    if (broken?.status) status = broken.status
    if (broken?.truncate !== undefined) body = body.subarray(0, broken.truncate)
    const headers = {
      ...security,
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': file ? cacheControl(file) : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    }
    const accepted = req.headers['accept-encoding'] ?? ''
    const encoding = !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null
    if (encoding) {
      // Keyed by content, not length: a file changed in place (a new version, in the tests) may keep its length.
      const key = `${encoding}:${file}:${createHash('sha1').update(body).digest('base64')}`
      if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliOf(file, body) : gzipSync(body, { level: 9 }))
      body = compressed.get(key)
      headers['Content-Encoding'] = encoding
    }
    headers['Content-Length'] = String(body.length)
    if (latency > 0) await new Promise((r) => setTimeout(r, latency))
    res.writeHead(status, headers)
    if (req.method === 'HEAD') return res.end()
    if (broken?.stallAfter !== undefined) return res.write(body.subarray(0, broken.stallAfter))
    await send(res, body)
    if (log) console.log(`${status} ${req.url} ${body.length}B ${Date.now() - started}ms`)
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => ok(server))
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(
    process.argv.slice(2).map((a) => {
      const [k, v] = a.replace(/^--/, '').split('=')
      return [k, v ?? 'true']
    }),
  )
  const port = Number(args.port ?? process.env.PORT ?? 4173)
  let server
  try {
    server = await startServer({
      root: args.root ?? 'dist',
      port,
      host: args.host ?? '127.0.0.1',
      latency: Number(args.latency ?? 0),
      kbps: Number(args.kbps ?? 0),
      log: args.log === 'true',
    })
  } catch (e) {
    // One line with the fix, not a stack trace: the usual cause is another server on the same port.
    if (e?.code === 'EADDRINUSE') console.error(`Port ${port} is already in use. Stop the other server, or choose another port: PORT=${port + 1} npm start`)
    else if (e?.code === 'EACCES') console.error(`Port ${port} needs more rights than this user has. Choose a port above 1023: PORT=4173 npm start`)
    else console.error(`Could not start the server on port ${port}: ${e?.message ?? e}`)
    process.exit(1)
  }
  const addr = server.address()
  console.log(`Serving dist/ at http://${addr.address}:${addr.port}/ (Ctrl+C to stop)`)
}
