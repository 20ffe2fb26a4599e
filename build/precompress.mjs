// Brotli copies of the hashed files (dist/assets/*.js, .css, .json → <file>.br), at brotli's best
// quality, which is too slow to run on each request. A phone downloads about 15 % fewer bytes than with
// gzip -9 (the offline copy in Japanese, as `npm run bench` prints it). nginx sends them with brotli_static
// (deploy/nginx.conf), the Node server likewise (scripts/serve.mjs). Only hashed files: their names change
// with their content, so a copy can never be stale; other files are compressed as they are sent.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'

const PRECOMPRESSED = /\.(js|css|json)$/

/** Writes <file>.br beside every hashed file of `dir`/assets that is worth compressing; returns their names. */
export function precompress(dir) {
  const assets = join(dir, 'assets')
  const written = []
  for (const name of readdirSync(assets)) {
    if (!PRECOMPRESSED.test(name)) continue
    const body = readFileSync(join(assets, name))
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    })
    if (br.length >= body.length) continue
    writeFileSync(join(assets, `${name}.br`), br)
    written.push(`${name}.br`)
  }
  return written
}
