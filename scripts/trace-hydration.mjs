#!/usr/bin/env node
// What the long main-thread tasks of a cold load are made of: loads a page of dist/ through the bench's
// shaping (scripts/bench.mjs: 2000 ms per response, 400 kbit/s, 4x CPU) with a Chromium trace running, then
// prints every main-thread task over the threshold with its trace events and the JavaScript functions the
// CPU profiler sampled in it. The bench gives the figure; this says where it comes from.
//
//   node scripts/trace-hydration.mjs [path …]     (default: / and /faq/change-errors)
//   TRACE_RUNS=3 TRACE_MIN=30 TRACE_OUT=/tmp/trace.json node scripts/trace-hydration.mjs /
//   TRACE_OFF=1 TRACE_RUNS=5 node scripts/trace-hydration.mjs    (long tasks only: tracing slows the page)
//   TRACE_ROOT=/tmp/other-dist …                                  (another build than dist/)
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { startServer } from './serve.mjs'

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/faq/change-errors']
const RUNS = Number(process.env.TRACE_RUNS ?? 1)
const MIN = Number(process.env.TRACE_MIN ?? 50)
const tracing = !process.env.TRACE_OFF
const CPU = 4
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
]

const server = await startServer({ root: process.env.TRACE_ROOT ?? 'dist', port: 0, latency: 2000, kbps: 400 })
const base = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: chromiumPath, args })

for (const path of paths) {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' })
    await context.addInitScript(() => {
      window.__longTasks = []
      new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true })
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU })
    if (tracing) await browser.startTracing(page, { categories })
    await page.goto(base + path, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0, null, { timeout: 120_000 })
    await page.waitForLoadState('networkidle', { timeout: 120_000 })
    await page.waitForTimeout(1500)
    const marks = await page.evaluate(() => ({
      hydrating: performance.getEntriesByName('app-hydrating')[0]?.startTime,
      mounted: performance.getEntriesByName('app-mounted')[0]?.startTime,
      longTasks: window.__longTasks,
    }))
    const trace = tracing ? JSON.parse((await browser.stopTracing()).toString()) : null
    await context.close()
    const after = marks.longTasks.filter((t) => t.start + t.duration >= marks.hydrating)
    console.log(`\n=== ${path} (run ${run + 1}) hydrating ${marks.hydrating?.toFixed(0)} ms, mounted ${marks.mounted?.toFixed(0)} ms; longest task since hydrating: ${Math.max(0, ...after.map((t) => t.duration)).toFixed(0)} ms`)
    console.log(`longtask API: ${marks.longTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(', ') || 'none'}`)
    if (!trace) continue
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT.replace(/(\.json)?$/, `-${path.replace(/\W+/g, '_')}-${run}.json`), JSON.stringify(trace))
    report(trace.traceEvents ?? trace)
  }
}
await browser.close()
server.close()

function report(events) {
  // The page's renderer main thread: the CrRendererMain that ran the app's user timing marks.
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]))
  const mark = events.find((e) => e.name === 'app-hydrating' && e.cat?.includes('user_timing'))
  const main = mark ? `${mark.pid}:${mark.tid}` : [...names].find(([, n]) => n === 'CrRendererMain')?.[0]
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main)
  const navStart = onMain.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame')?.ts ?? onMain[0].ts
  const tasks = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur >= MIN * 1000)
  const samples = cpuSamples(events.filter((e) => `${e.pid}` === main.split(':')[0]))
  for (const t of tasks) {
    const end = t.ts + t.dur
    console.log(`\n-- task at ${((t.ts - navStart) / 1000).toFixed(0)} ms (trace), ${(t.dur / 1000).toFixed(1)} ms`)
    // Direct content: every complete event inside, by name, with its total (nested ones overlap).
    const inside = onMain.filter((e) => e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) >= 1000)
    const byName = new Map()
    for (const e of inside) {
      const key = `${e.name}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}${e.args?.data?.type ? ` ${e.args.data.type}` : ''}`
      const v = byName.get(key) ?? { n: 0, ms: 0 }
      v.n++
      v.ms += e.dur / 1000
      byName.set(key, v)
    }
    for (const [k, v] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(`   ${v.ms.toFixed(1).padStart(7)} ms  ×${v.n}  ${k}`)
    const inTask = samples.filter((s) => s.ts >= t.ts && s.ts <= end)
    if (inTask.length === 0) continue
    const self = new Map()
    const total = new Map()
    for (const s of inTask) {
      self.set(s.stack[0], (self.get(s.stack[0]) ?? 0) + s.dt)
      for (const f of new Set(s.stack)) total.set(f, (total.get(f) ?? 0) + s.dt)
    }
    const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 30)
    console.log(`   cpu samples: ${inTask.length}; self time:`)
    for (const [f, us] of top(self)) console.log(`   ${(us / 1000).toFixed(1).padStart(7)} ms  ${f}`)
    console.log('   total (inclusive) time:')
    for (const [f, us] of top(total)) console.log(`   ${(us / 1000).toFixed(1).padStart(7)} ms  ${f}`)
  }
}

/** The sampled stacks of one process's CPU profile (ProfileChunk trace events), leaf first. */
function cpuSamples(events) {
  const nodes = new Map()
  const out = []
  const profiles = new Map()
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(e.id, { ts: e.args.data.startTime, tid: e.tid })
  }
  for (const e of events.filter((x) => x.name === 'ProfileChunk')) {
    const p = profiles.get(e.id)
    if (!p) continue
    const d = e.args.data
    for (const n of d.cpuProfile?.nodes ?? []) {
      const cf = n.callFrame
      const url = cf.url ? cf.url.split('/').pop() : ''
      nodes.set(`${e.id}:${n.id}`, { parent: n.parent ? `${e.id}:${n.parent}` : undefined, name: `${cf.functionName || '(anonymous)'} ${url}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`.replace(/ :0:0$/, '') })
    }
    const ids = d.cpuProfile?.samples ?? []
    const deltas = d.timeDeltas ?? []
    for (let i = 0; i < ids.length; i++) {
      p.ts += deltas[i] ?? 0
      out.push({ ts: p.ts, id: `${e.id}:${ids[i]}`, dt: 0 })
    }
  }
  out.sort((a, b) => a.ts - b.ts)
  for (let i = 0; i < out.length; i++) {
    out[i].dt = i + 1 < out.length ? Math.min(out[i + 1].ts - out[i].ts, 10_000) : 0
    const stack = []
    for (let n = nodes.get(out[i].id); n; n = n.parent ? nodes.get(n.parent) : undefined) stack.push(n.name)
    out[i].stack = stack.length ? stack : ['?']
  }
  return out
}
