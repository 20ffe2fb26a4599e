/** Plain HTTP for the tests of the servers (scripts/serve.mjs, deploy/nginx.conf). */
import { get } from 'node:http'

/** A response as sent, not decoded: its Content-Encoding and its bytes. */
export function rawGet(url: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((ok, fail) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const parts: Buffer[] = []
      res.on('data', (b: Buffer) => parts.push(b))
      res.on('end', () => ok({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }))
    }).on('error', fail)
  })
}
