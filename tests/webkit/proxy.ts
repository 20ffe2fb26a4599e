/**
 * A forward proxy for the WebKit sessions: WebDriver shows no network traffic, so every request MiniBrowser
 * makes (the pages' and the service worker's alike) goes through this proxy (the session's `proxy`
 * capability), which passes on those to the test's own origin and refuses and records every other one. A
 * request to our origin that fails (the server stopped: offline) fails the browser's connection too, as a
 * network error, never as an HTTP answer the worker could mistake for the server's.
 */
import { createServer, request, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordingProxy {
  /** host:port, for the session's proxy capability */
  address: string
  /** the URLs of other origins the browser asked for */
  foreign: string[]
  close(): Promise<void>
}

// Hop-by-hop headers (RFC 9110, 7.6.1) and the proxy's own.
const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade'])

function forwardHeaders(req: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {}
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP.has(k)) headers[k] = v
  return headers
}

/** Passes requests for `origin` on, refuses the rest. */
export async function startRecordingProxy(origin: string): Promise<RecordingProxy> {
  const own = new URL(origin)
  const foreign: string[] = []
  const server = createServer((req, res) => {
    let url: URL
    try {
      url = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end()
      return
    }
    if (url.origin !== own.origin) {
      foreign.push(url.href)
      req.socket.destroy()
      return
    }
    const upstream = request(
      { host: own.hostname, port: own.port, method: req.method, path: `${url.pathname}${url.search}`, headers: forwardHeaders(req) },
      (answer) => {
        const headers: Record<string, string | string[]> = {}
        for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP.has(k)) headers[k] = v
        res.writeHead(answer.statusCode ?? 502, headers)
        answer.pipe(res)
      },
    )
    // Our server stopped (offline) or broke off: the browser's connection fails the same way.
    upstream.on('error', () => req.socket.destroy())
    req.pipe(upstream)
  })
  // HTTPS through the proxy (CONNECT): the app asks no such thing; recorded and refused.
  server.on('connect', (req: IncomingMessage, socket) => {
    foreign.push(`https://${req.url}`)
    socket.destroy()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()))
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    foreign,
    close: async () => {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    },
  }
}
