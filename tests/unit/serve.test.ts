import { spawnSync } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { fileURLToPath } from 'node:url'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { notFoundPage } from '../../scripts/serve.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config, { e2ePort } from '../../playwright.config.ts'

const serve = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url))

describe('npm start on a busy port', () => {
  let blocker: Server
  let port = 0
  beforeAll(async () => {
    blocker = createServer()
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok))
    port = (blocker.address() as { port: number }).port
  })
  afterAll(() => new Promise<void>((ok) => blocker.close(() => ok())))

  it('says in one line how to choose another port, with no stack trace', () => {
    const run = spawnSync(process.execPath, [serve], { env: { ...process.env, PORT: String(port) }, encoding: 'utf8', timeout: 10_000 })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(`Port ${port} is already in use. Stop the other server, or choose another port: PORT=${port + 1} npm start`)
  })
})

describe('the browser tests’ server', () => {
  it('is never one that was already running', () => {
    const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer
    expect(server?.reuseExistingServer).toBe(false)
  })
  it('gets its own port per checkout, unless E2E_PORT says otherwise', () => {
    expect(e2ePort('/work/a', undefined)).not.toBe(e2ePort('/work/b', undefined))
    expect(e2ePort('/work/a', undefined)).toBe(e2ePort('/work/a', undefined))
    expect(e2ePort('/work/a', undefined)).toBeGreaterThanOrEqual(20_000)
    expect(e2ePort('/work/a', '5000')).toBe(5000)
  })
})

describe('the not-found page', () => {
  it("is the language's own under its prefix, else the default one", () => {
    const root = mkdtempSync(join(tmpdir(), 'omu-404-'))
    try {
      expect(notFoundPage(root, '/en/x')).toBeNull()
      writeFileSync(join(root, '404.html'), 'ja')
      mkdirSync(join(root, 'en'))
      expect(notFoundPage(root, '/en/x')).toBe(join(root, '404.html'))
      writeFileSync(join(root, 'en', '404.html'), 'en')
      expect(notFoundPage(root, '/en/x')).toBe(join(root, 'en', '404.html'))
      expect(notFoundPage(root, '/en?q=1')).toBe(join(root, 'en', '404.html'))
      expect(notFoundPage(root, '/english')).toBe(join(root, '404.html'))
      expect(notFoundPage(root, '/faq/x')).toBe(join(root, '404.html'))
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
