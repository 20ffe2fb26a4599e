/**
 * A copy of the build on a server of its own, for one test: its files can change mid-test (a new version),
 * its responses can be broken (faults), and it can be stopped and started again on the same port, which is
 * how the journeys go offline on every engine (WebDriver cannot switch a browser's network off; a stopped
 * server refuses connections the way a phone without signal fails them). No Playwright here: the WebKit
 * runner (tests/webkit) uses it too.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type Fault } from '../../scripts/serve.mjs'

export interface ServedCopy {
  root: string
  base: string
  /** breaks matching responses (see scripts/serve.mjs); null serves normally */
  fault: ((req: IncomingMessage) => Fault | null) | null
  /** stops answering: new connections are refused and open ones closed (the device is offline) */
  stop(): Promise<void>
  /** answers again, on the same port (the device is back online) */
  start(): Promise<void>
  /** serves a new version: a worker script that differs by a byte is a new worker to the browser */
  publishNewVersion(mark: string): void
  close(): Promise<void>
}

export async function serveCopy(): Promise<ServedCopy> {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first')
  const root = mkdtempSync(join(tmpdir(), 'omu-copy-'))
  cpSync('dist', root, { recursive: true })
  let server: Server | null = null
  let port = 0
  const listen = async () => {
    server = await startServer({ root, port, fault: (req) => copy.fault?.(req) ?? null })
    port = (server.address() as AddressInfo).port
  }
  const stop = async () => {
    const s = server
    server = null
    if (!s) return
    s.closeAllConnections()
    await new Promise((done) => s.close(done))
  }
  const copy: ServedCopy = {
    root,
    base: '',
    fault: null,
    stop,
    start: async () => {
      if (!server) await listen()
    },
    publishNewVersion: (mark) => {
      const file = join(root, 'sw.js')
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n// ${mark}\n`)
    },
    close: async () => {
      await stop()
      rmSync(root, { recursive: true, force: true })
    },
  }
  await listen()
  copy.base = `http://127.0.0.1:${port}`
  return copy
}
