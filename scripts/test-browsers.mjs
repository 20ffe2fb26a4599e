#!/usr/bin/env node
// The browser tests of both engines at once (npm run test:e2e, after the build): Playwright's projects on
// Chromium (playwright.config.ts) and the WebKit project, the shared journeys on WebKitGTK through WebDriver
// (tests/webkit/vitest.config.ts). They use different browsers and ports, so they can run side by side; each
// one's lines carry its name. Fails if either fails, and says how long each took. Side by side only on a
// machine with more than two CPUs: Playwright already runs two Chromium workers, and a third browser on two
// CPUs slowed the timing-sensitive tests (a worker update waited for, a block's code arriving) past their
// bounds, where one after the other costs about a minute more.
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url))

const runs = [
  { name: 'chromium', command: bin('playwright'), args: ['test'] },
  { name: 'webkit', command: bin('vitest'), args: ['run', '-c', 'tests/webkit/vitest.config.ts'] },
]

function run({ name, command, args }) {
  const started = Date.now()
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } })
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = ''
      from.on('data', (b) => {
        const lines = (rest + b.toString()).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) to.write(`[${name}] ${line}\n`)
      })
      from.on('end', () => rest && to.write(`[${name}] ${rest}\n`))
    }
    // Passed on to both on Ctrl+C or a CI timeout, so that no browser or server is left behind.
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('close', (code, signal) => done({ name, ok: code === 0, code: code ?? signal, seconds: (Date.now() - started) / 1000 }))
  })
}

const results = []
if (availableParallelism() > 2) results.push(...(await Promise.all(runs.map(run))))
else for (const r of runs) results.push(await run(r))
for (const r of results) console.log(`${r.name}: ${r.ok ? 'passed' : `FAILED (${r.code})`} in ${r.seconds.toFixed(1)} s`)
process.exit(results.every((r) => r.ok) ? 0 : 1)
