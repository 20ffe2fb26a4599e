import { describe, expect, it } from 'vitest'
import { download, sha256, type DownloadOptions } from './download'

const body = new TextEncoder().encode('export const a = 1\n'.repeat(200))
let hash: string

/** A response whose body sends `chunks` pieces of the body, then stalls forever when `stall` is set. */
function streamed(bytes: Uint8Array, { pieces = 4, stallAfter = Infinity, status = 200 } = {}): Response {
  const size = Math.ceil(bytes.length / pieces)
  let sent = 0
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= stallAfter) return new Promise(() => {})
        const piece = bytes.subarray(sent * size, (sent + 1) * size)
        sent++
        if (piece.length === 0) controller.close()
        else controller.enqueue(piece)
      },
    }),
    { status, headers: { 'Content-Type': 'text/javascript', 'Content-Encoding': 'gzip' } },
  )
}

function options(answers: (() => Promise<Response>)[], log: string[] = []): DownloadOptions {
  let call = 0
  return {
    stallMs: 40,
    attempts: 3,
    pauseMs: (n) => [5, 15][n] ?? 15,
    fetch: (url, init) => {
      log.push(`fetch ${url}${init.cache ? ` ${init.cache}` : ''}`)
      const answer = answers[Math.min(call++, answers.length - 1)]!()
      return new Promise((resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason))
        answer.then(resolve, reject)
      })
    },
    sleep: (ms) => {
      log.push(`pause ${ms}`)
      return new Promise((r) => setTimeout(r, ms))
    },
  }
}

describe('a precache download', () => {
  it('keeps a whole, matching body, with its type and nothing of the transfer', async () => {
    hash = await sha256(body)
    const res = await download('/a.js', hash, {}, options([async () => streamed(body)]))
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(body)
    expect(res.headers.get('Content-Type')).toBe('text/javascript')
    expect(res.headers.get('Content-Encoding')).toBeNull()
  })

  it('refuses a body cut short or changed, after trying again', async () => {
    hash = await sha256(body)
    const log: string[] = []
    await expect(download('/a.js', hash, { cache: 'default' }, options([async () => streamed(body.subarray(0, 1000))], log))).rejects.toThrow(/1000 bytes that do not match/)
    // The first attempt may take the HTTP cache's copy; the retries go past it.
    expect(log).toEqual(['fetch /a.js default', 'pause 5', 'fetch /a.js reload', 'pause 15', 'fetch /a.js reload'])
    const changed = body.slice()
    changed[10] = 65
    await expect(download('/a.js', hash, {}, options([async () => streamed(changed)]))).rejects.toThrow(/do not match/)
  })

  it('gives up on a request that never answers and on a body that stalls, then succeeds on a later attempt', async () => {
    hash = await sha256(body)
    const log: string[] = []
    const res = await download('/a.js', hash, {}, options([() => new Promise(() => {}), async () => streamed(body, { stallAfter: 2 }), async () => streamed(body)], log))
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(body)
    expect(log.filter((l) => l.startsWith('fetch'))).toHaveLength(3)
  })

  it('refuses an error status and a network failure, with the reason', async () => {
    await expect(download('/a.js', undefined, {}, { ...options([async () => streamed(body, { status: 404 })]), attempts: 1 })).rejects.toThrow('/a.js answered 404')
    await expect(download('/a.js', undefined, {}, { ...options([async () => Promise.reject(new TypeError('Failed to fetch'))]), attempts: 2 })).rejects.toThrow('Failed to fetch')
  })
})
