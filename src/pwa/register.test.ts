import { describe, expect, it } from 'vitest'
import { followRegistration, retryDelayMs, withRetry, type RegistrationLike, type WorkerReports } from './register'

class FakeWorker extends EventTarget {
  constructor(public state: ServiceWorkerState) {
    super()
  }
  to(state: ServiceWorkerState): void {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
  active: FakeWorker | null = null

  /** Moves a worker through the registration's slots the way a browser does. */
  install(worker: FakeWorker): void {
    this.installing = worker
    this.dispatchEvent(new Event('updatefound'))
  }
  installed(worker: FakeWorker): void {
    this.installing = null
    this.waiting = worker
    worker.to('installed')
  }
  activate(worker: FakeWorker): void {
    this.waiting = null
    this.active = worker
    worker.to('activating')
    worker.to('activated')
  }
  fail(worker: FakeWorker): void {
    this.installing = null
    worker.to('redundant')
  }
}

function recorder(): WorkerReports & { log: string[] } {
  const log: string[] = []
  return {
    log,
    saved: () => log.push('saved'),
    alreadySaved: () => log.push('alreadySaved'),
    updateWaiting: () => log.push('updateWaiting'),
    failed: () => log.push('failed'),
  }
}

const follow = (reg: FakeRegistration, hadActive: boolean, reports: WorkerReports): void =>
  followRegistration(reg as unknown as RegistrationLike, hadActive, reports)

describe('following the service worker registration', () => {
  it('a first install under way when the app starts: saved once, when it is active', () => {
    const reg = new FakeRegistration()
    const worker = new FakeWorker('installing')
    reg.installing = worker
    const r = recorder()
    follow(reg, false, r)
    expect(r.log).toEqual([])
    reg.installed(worker)
    expect(r.log).toEqual([]) // nothing active yet: it activates at once, it does not wait
    reg.activate(worker)
    expect(r.log).toEqual(['saved'])
  })

  it('a first install that finished before the app started is news too', () => {
    const reg = new FakeRegistration()
    reg.active = new FakeWorker('activated')
    const r = recorder()
    follow(reg, false, r)
    expect(r.log).toEqual(['saved'])
  })

  it('a first install that fails is reported', () => {
    const reg = new FakeRegistration()
    const worker = new FakeWorker('installing')
    reg.installing = worker
    const r = recorder()
    follow(reg, false, r)
    reg.fail(worker)
    expect(r.log).toEqual(['failed'])
  })

  it('an offline copy from an earlier visit: already saved, and nothing more', () => {
    const reg = new FakeRegistration()
    reg.active = new FakeWorker('activated')
    const r = recorder()
    follow(reg, true, r)
    expect(r.log).toEqual(['alreadySaved'])
  })

  it('an update already installing when the app starts is announced once it waits', () => {
    const reg = new FakeRegistration()
    reg.active = new FakeWorker('activated')
    const next = new FakeWorker('installing')
    reg.installing = next
    const r = recorder()
    follow(reg, true, r)
    reg.installed(next)
    expect(r.log).toEqual(['alreadySaved', 'updateWaiting'])
    // The user's go-ahead activates it: that is not a new offline copy to announce.
    reg.activate(next)
    expect(r.log).toEqual(['alreadySaved', 'updateWaiting'])
  })

  it('an update that was already waiting is announced at once; one found later, when it waits', () => {
    const reg = new FakeRegistration()
    reg.active = new FakeWorker('activated')
    reg.waiting = new FakeWorker('installed')
    const r = recorder()
    follow(reg, true, r)
    expect(r.log).toEqual(['alreadySaved', 'updateWaiting'])

    const reg2 = new FakeRegistration()
    reg2.active = new FakeWorker('activated')
    const r2 = recorder()
    follow(reg2, true, r2)
    const later = new FakeWorker('installing')
    reg2.install(later)
    expect(r2.log).toEqual(['alreadySaved'])
    reg2.installed(later)
    expect(r2.log).toEqual(['alreadySaved', 'updateWaiting'])
  })

  it('a failed update is not announced', () => {
    const reg = new FakeRegistration()
    reg.active = new FakeWorker('activated')
    const r = recorder()
    follow(reg, true, r)
    const broken = new FakeWorker('installing')
    reg.install(broken)
    reg.fail(broken)
    expect(r.log).toEqual(['alreadySaved'])
  })

  it('after a first install, an update in the same visit waits for the user and is not "saved" again', () => {
    const reg = new FakeRegistration()
    const first = new FakeWorker('installing')
    reg.installing = first
    const r = recorder()
    follow(reg, false, r)
    reg.installed(first)
    reg.activate(first)
    const second = new FakeWorker('installing')
    reg.install(second)
    reg.installed(second)
    reg.activate(second)
    expect(r.log).toEqual(['saved', 'updateWaiting'])
  })
})

describe('trying again after a failed first install', () => {
  function fakeEnv() {
    const timers: { fn: () => void; ms: number; cleared: boolean }[] = []
    const online: (() => void)[] = []
    return {
      timers,
      online,
      env: {
        setTimeout: ((fn: () => void, ms: number) => timers.push({ fn, ms, cleared: false })) as unknown as typeof setTimeout,
        clearTimeout: ((id: number) => {
          const t = timers[id - 1]
          if (t) t.cleared = true
        }) as unknown as typeof clearTimeout,
        addEventListener: (_type: 'online', fn: () => void) => online.push(fn),
      },
    }
  }
  const tick = () => new Promise((r) => setTimeout(r, 0))

  it('waits longer after each failure, up to 8 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 480_000, 480_000])
  })

  it('registers again after the pause, follows the new attempt, and reports its success', async () => {
    const { timers, env } = fakeEnv()
    const r = recorder()
    const next = new FakeRegistration()
    const attempt = new FakeWorker('installing')
    next.installing = attempt
    let registered = 0
    const reports = withRetry(r, async () => {
      registered++
      return next as unknown as RegistrationLike
    }, env)
    const first = new FakeRegistration()
    const broken = new FakeWorker('installing')
    first.installing = broken
    followRegistration(first as unknown as RegistrationLike, false, reports)
    first.fail(broken)
    expect(r.log).toEqual(['failed'])
    expect(timers.map((t) => t.ms)).toEqual([30_000])
    expect(registered).toBe(0)
    timers[0]!.fn()
    await tick()
    expect(registered).toBe(1)
    next.installed(attempt)
    next.activate(attempt)
    expect(r.log).toEqual(['failed', 'saved'])
  })

  it('goes at once when the device is back online, once, and backs off after another failure', async () => {
    const { timers, online, env } = fakeEnv()
    const r = recorder()
    const attempts: FakeWorker[] = []
    const reports = withRetry(r, async () => {
      const reg = new FakeRegistration()
      const w = new FakeWorker('installing')
      reg.installing = w
      attempts.push(w)
      setTimeout(() => reg.fail(w), 0)
      return reg as unknown as RegistrationLike
    }, env)
    reports.failed()
    online[0]!()
    timers[0]!.fn() // the pause ending later does not start a second attempt
    await tick()
    await tick()
    expect(attempts).toHaveLength(1)
    expect(timers[0]!.cleared).toBe(true)
    expect(r.log).toEqual(['failed', 'failed'])
    expect(timers.map((t) => t.ms)).toEqual([30_000, 60_000])
  })
})
