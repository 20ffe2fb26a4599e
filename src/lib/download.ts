/**
 * One precache download as the service worker makes it: given up when no byte has come for a while (a
 * request that never answers, a body that stalls), tried again after a pause, and checked against the
 * build's SHA-256 before anything is kept. Pure apart from what it is given: shared by the worker and its
 * tests.
 */

export interface DownloadOptions {
  /** give up on an attempt when no byte has arrived for this long (ms), headers included */
  stallMs: number
  /** attempts in all (1 = no retry) */
  attempts: number
  /** the pause before attempt number `n + 1` (ms) */
  pauseMs: (n: number) => number
  fetch: (url: string, init: RequestInit) => Promise<Response>
  sleep: (ms: number) => Promise<void>
}

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

/** "sha256-<base64>" of the bytes, as in subresource integrity. */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return `sha256-${toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))}`
}

async function attempt(url: string, integrity: string | undefined, init: RequestInit, o: DownloadOptions): Promise<Response> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => controller.abort(new Error(`${url}: nothing arrived for ${o.stallMs} ms`)), o.stallMs)
  }
  // Rejects when the attempt is given up, whatever it is waiting for (a body read does not always end
  // when its request is aborted).
  const givenUp = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error)))
  givenUp.catch(() => {})
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  arm()
  try {
    const res = await Promise.race([o.fetch(url, { ...init, signal: controller.signal }), givenUp])
    if (!res.ok) throw new Error(`${url} answered ${res.status}`)
    const chunks: Uint8Array[] = []
    let length = 0
    if (res.body) {
      reader = res.body.getReader()
      for (;;) {
        arm()
        const { done, value } = await Promise.race([reader.read(), givenUp])
        if (done) break
        chunks.push(value)
        length += value.length
      }
      reader = undefined
    }
    const bytes = new Uint8Array(length)
    let at = 0
    for (const c of chunks) {
      bytes.set(c, at)
      at += c.length
    }
    if (integrity && (await sha256(bytes)) !== integrity) throw new Error(`${url}: ${length} bytes that do not match the build (cut short or changed on the way)`)
    const headers = new Headers()
    const type = res.headers.get('Content-Type')
    if (type) headers.set('Content-Type', type)
    return new Response(bytes, { status: 200, headers })
  } finally {
    clearTimeout(timer)
    reader?.cancel().catch(() => {})
  }
}

/** The checked response; rejects with the last attempt's reason when every attempt failed. */
export async function download(url: string, integrity: string | undefined, init: RequestInit, o: DownloadOptions): Promise<Response> {
  let last: unknown
  for (let n = 0; n < o.attempts; n++) {
    if (n > 0) await o.sleep(o.pauseMs(n - 1))
    try {
      // A retry goes past the HTTP cache: the copy that failed may be the cached one (a hashed file is
      // cached for a year; a page prefetch cut short by a proxy would be served from there every time).
      return await attempt(url, integrity, n > 0 && init.cache === 'default' ? { ...init, cache: 'reload' } : init, o)
    } catch (e) {
      last = e
    }
  }
  throw last instanceof Error ? last : new Error(String(last))
}
