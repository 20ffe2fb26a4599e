/**
 * The update scenarios (update-scenarios.ts) behind nginx with the shipped configuration (deploy/nginx.conf),
 * and the configuration's own rules. Runs in the `nginx` project only (playwright.config.ts).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { startNginx } from './nginx.mjs'
import { rawGet } from '../http'
import { updateScenarios } from './update-scenarios'

let root = ''
let base = ''

updateScenarios('an update while the app is open, behind nginx', async () => {
  root = mkdtempSync(join(tmpdir(), 'omu-update-nginx-'))
  cpSync('dist', root, { recursive: true })
  const server = await startNginx({ root })
  base = server.base
  return {
    root,
    base,
    close: async () => {
      await server.stop()
      rmSync(root, { recursive: true, force: true })
    },
  }
})

test('nginx serves the shipped configuration: clean URLs, the not-found page, caching, compression, headers', async ({ request }) => {
  const get = (path: string) => request.get(`${base}${path}`, { headers: { 'Accept-Encoding': 'gzip' }, maxRedirects: 0 })
  const index = await get('/')
  expect(index.status()).toBe(200)
  expect(await index.text()).toBe(readFileSync(join(root, 'index.html'), 'utf8'))
  expect(index.headers()['content-encoding']).toBe('gzip')
  const faq = await get('/faq/resend-code')
  expect(faq.status()).toBe(200)
  expect(await faq.text()).toBe(readFileSync(join(root, 'faq/resend-code.html'), 'utf8'))
  const missing = await get('/faq/no-such-question')
  expect(missing.status()).toBe(404)
  expect(await missing.text()).toBe(readFileSync(join(root, '404.html'), 'utf8'))
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  const manifest = await get('/manifest.webmanifest')
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/)
  expect(manifest.headers()['cache-control']).toBe('no-cache')
  expect((await get('/sw.js')).headers()['content-type']).toMatch(/javascript/)
  // Brotli: a hashed file's copy from the build (build/precompress.mjs) as it is, a page compressed as it is sent.
  const asset = readdirSync(join(root, 'assets')).find((f) => /^first-.*\.js$/.test(f))!
  const script = await rawGet(`${base}/assets/${asset}`, 'gzip, deflate, br, zstd')
  expect(script.encoding).toBe('br')
  expect(script.body.equals(readFileSync(join(root, 'assets', `${asset}.br`)))).toBe(true)
  const page = await rawGet(`${base}/faq/resend-code`, 'gzip, deflate, br, zstd')
  expect(page.encoding).toBe('br')
  expect(brotliDecompressSync(page.body).toString()).toBe(readFileSync(join(root, 'faq/resend-code.html'), 'utf8'))
  // The headers come from the build's file: a new build's policy is served once nginx reloads.
  expect(readFileSync(join(root, '_nginx-headers.conf'), 'utf8')).toContain(`add_header Content-Security-Policy "${index.headers()['content-security-policy']}" always;`)
})
