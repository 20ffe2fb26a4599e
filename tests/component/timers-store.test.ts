// Runs in Node on purpose (no window), like the prerenderer: the store must work there.
import { afterEach, describe, expect, it } from 'vitest'
import { createApp, createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { RouterLinkStub } from '@vue/test-utils'
import TimersView from '@/tools/timers/TimersView.vue'
import TimerBanner from '@/shell/TimerBanner.vue'
import { timersText } from '@/locales/timers'
import { createPinia, setActivePinia } from 'pinia'
import { TIMERS_STORE_OPTIONS, type TimersStoreOptions, useTimersStore } from '@/stores/timers'
import { TIMERS_STORAGE_KEY, type TimerStorage, storageAdapter } from '@/storage/timerStorage'
import { serializeCountdowns, startCountdown } from '@/lib/countdown'
import { CONFIRMATION_CODE_VALIDITY_MS as CODE, REFLECTION_WAIT_MS as REFL } from '@/lib/rules'

const T0 = Date.UTC(2026, 3, 1, 9, 0, 0)

/** A Map-backed storage that can be told to fail, and can play "another tab wrote". */
function fakeStorage(initial: string | null = null) {
  let value = initial
  let listener: ((raw: string | null) => void) | null = null
  const fail = { read: false, write: false }
  const storage: TimerStorage = {
    read: () => {
      if (fail.read) throw new DOMException('blocked', 'SecurityError')
      return value
    },
    write: (v) => {
      if (fail.write) throw new DOMException('full', 'QuotaExceededError')
      value = v
    },
    remove: () => {
      value = null
    },
    subscribe: (cb) => {
      listener = cb
      return () => (listener = null)
    },
  }
  return {
    storage,
    fail,
    get value() {
      return value
    },
    otherTabWrites(v: string | null) {
      value = v
      listener?.(v)
    },
    get subscribed() {
      return listener !== null
    },
  }
}

/** Real pinia, installed on an app only so the store can inject its storage and clock. */
function makeStore(options: TimersStoreOptions) {
  const app = createApp({})
  app.provide(TIMERS_STORE_OPTIONS, options)
  const pinia = createPinia()
  app.use(pinia)
  setActivePinia(pinia)
  return useTimersStore()
}

let now = T0
const clock = () => now
afterEach(() => {
  now = T0
})

describe('timers store', () => {
  it('exposes only its public members', () => {
    const store = makeStore({ storage: null, clock })
    const own = Object.keys(store).filter((k) => !k.startsWith('$') && !k.startsWith('_'))
    expect(own.sort()).toEqual(
      ['bannerCountdowns', 'byKind', 'clearDamage', 'countdowns', 'damage', 'dismiss', 'finish', 'persistence', 'restart', 'start'].sort(),
    )
  })

  it('start persists only kind, startedAt and deadline under one key', () => {
    const fake = fakeStorage()
    const store = makeStore({ storage: fake.storage, clock })
    store.start('code')
    expect(store.countdowns).toEqual([{ kind: 'code', startedAt: T0, deadline: T0 + CODE }])
    expect(JSON.parse(fake.value ?? 'null')).toEqual({ v: 1, countdowns: [{ kind: 'code', startedAt: T0, deadline: T0 + CODE }] })
    expect(store.persistence).toBe('local')
  })

  it('both kinds run at once, listed code first whatever the start order', () => {
    const store = makeStore({ storage: fakeStorage().storage, clock })
    store.start('reflection')
    now += 1_000
    store.start('code')
    expect(store.countdowns.map((c) => c.kind)).toEqual(['code', 'reflection'])
    expect(store.byKind('reflection')).toEqual({ kind: 'reflection', startedAt: T0, deadline: T0 + REFL })
  })

  it('restart replaces the countdown with a fresh one from now', () => {
    const fake = fakeStorage()
    const store = makeStore({ storage: fake.storage, clock })
    store.start('code')
    now = T0 + CODE + 30_000 // expired
    store.restart('code')
    expect(store.countdowns).toEqual([{ kind: 'code', startedAt: now, deadline: now + CODE }])
    expect(fake.value).toBe(serializeCountdowns([{ kind: 'code', startedAt: now, deadline: now + CODE }]))
  })

  it('finish removes the countdown and, when none is left, the stored key', () => {
    const fake = fakeStorage()
    const store = makeStore({ storage: fake.storage, clock })
    store.start('code')
    store.start('reflection')
    store.finish('code')
    expect(store.countdowns.map((c) => c.kind)).toEqual(['reflection'])
    store.finish('reflection')
    expect(store.countdowns).toEqual([])
    expect(fake.value).toBeNull()
  })

  it('a reload continues from the stored deadline', () => {
    const fake = fakeStorage()
    makeStore({ storage: fake.storage, clock }).start('code')
    now = T0 + 100_000
    const reloaded = makeStore({ storage: fake.storage, clock })
    expect(reloaded.byKind('code')).toEqual({ kind: 'code', startedAt: T0, deadline: T0 + CODE })
    expect(reloaded.damage).toEqual([])
  })

  it('dismiss hides a countdown from the banner only; starting it again shows it again', () => {
    const store = makeStore({ storage: null, clock })
    store.start('code')
    store.start('reflection')
    store.dismiss('code')
    expect(store.bannerCountdowns.map((c) => c.kind)).toEqual(['reflection'])
    expect(store.countdowns.map((c) => c.kind)).toEqual(['code', 'reflection'])
    store.restart('code')
    expect(store.bannerCountdowns.map((c) => c.kind)).toEqual(['code', 'reflection'])
  })

  it('a damaged stored value is reported, the good part kept, and the cleaned value written back', () => {
    const good = startCountdown('reflection', T0 - 10_000)
    const raw = JSON.stringify({ v: 1, countdowns: [{ kind: 'code', startedAt: T0, deadline: 'soon' }, good] })
    const fake = fakeStorage(raw)
    const store = makeStore({ storage: fake.storage, clock })
    expect(store.countdowns).toEqual([good])
    expect(store.damage).toEqual([{ reason: 'not-a-number', kind: 'code', index: 0 }])
    expect(fake.value).toBe(serializeCountdowns([good]))
    store.clearDamage()
    expect(store.damage).toEqual([])
  })

  it('an unreadable stored value is reported and removed; starting clears the notice', () => {
    const fake = fakeStorage('{not json')
    const store = makeStore({ storage: fake.storage, clock })
    expect(store.damage).toEqual([{ reason: 'unreadable' }])
    expect(fake.value).toBeNull()
    store.start('code')
    expect(store.damage).toEqual([])
  })

  it('when writing throws (quota, private mode) it keeps working in memory and says so', () => {
    const fake = fakeStorage()
    fake.fail.write = true
    const store = makeStore({ storage: fake.storage, clock })
    expect(store.persistence).toBe('local') // nothing tried yet
    store.start('code')
    expect(store.persistence).toBe('memory')
    expect(store.byKind('code')).toEqual({ kind: 'code', startedAt: T0, deadline: T0 + CODE })
    now += 5_000
    store.restart('code')
    expect(store.byKind('code')?.startedAt).toBe(T0 + 5_000)
    // Space freed again: the next write succeeds and the flag says so.
    fake.fail.write = false
    store.start('reflection')
    expect(store.persistence).toBe('local')
  })

  it('when reading throws it starts in memory', () => {
    const fake = fakeStorage(serializeCountdowns([startCountdown('code', T0)]))
    fake.fail.read = true
    fake.fail.write = true
    const store = makeStore({ storage: fake.storage, clock })
    expect(store.persistence).toBe('memory')
    expect(store.countdowns).toEqual([])
    store.start('code')
    expect(store.countdowns).toHaveLength(1)
  })

  it('with no storage at all it is memory-only from the start', () => {
    const store = makeStore({ storage: null, clock })
    expect(store.persistence).toBe('memory')
    store.start('code')
    expect(store.countdowns).toHaveLength(1)
  })

  it('follows another tab through the storage subscription, and unsubscribes when disposed', () => {
    const fake = fakeStorage()
    const store = makeStore({ storage: fake.storage, clock })
    expect(fake.subscribed).toBe(true)
    fake.otherTabWrites(serializeCountdowns([startCountdown('reflection', T0)]))
    expect(store.countdowns.map((c) => c.kind)).toEqual(['reflection'])
    fake.otherTabWrites(null)
    expect(store.countdowns).toEqual([])
    store.$dispose()
    expect(fake.subscribed).toBe(false)
  })

  it('works without window and without anything injected (prerendering in Node)', () => {
    expect(typeof window).toBe('undefined')
    setActivePinia(createPinia())
    const store = useTimersStore()
    expect(store.persistence).toBe('memory')
    store.start('code')
    expect(store.byKind('code')?.deadline).toBe((store.byKind('code')?.startedAt ?? Number.NaN) + CODE)
  })
})

describe('prerendering in Node', () => {
  it('renders the timers page and the banner with no window, no storage and no timers started', async () => {
    const app = createSSRApp({ render: () => [h(TimerBanner), h(TimersView)] })
    app.component('RouterLink', RouterLinkStub)
    const html = await renderToString(app)
    expect(html).toContain(timersText.pageTitle)
    expect(html).toContain(timersText.kinds.code.startButton)
    expect(html).toContain(timersText.kinds.reflection.startButton)
    expect(html).not.toContain('<aside')
  })
})

describe('storageAdapter', () => {
  function mapStorage() {
    const m = new Map<string, string>()
    return {
      map: m,
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    }
  }

  it('reads, writes and removes one key', () => {
    const s = mapStorage()
    const a = storageAdapter(s)
    expect(a.read()).toBeNull()
    a.write('x')
    expect(s.map.get(TIMERS_STORAGE_KEY)).toBe('x')
    a.remove()
    expect(s.map.has(TIMERS_STORAGE_KEY)).toBe(false)
  })

  it('hears storage events for its key (and clear()), not for other keys', () => {
    const s = mapStorage()
    const events = new EventTarget()
    const heard: (string | null)[] = []
    const unsubscribe = storageAdapter(s, TIMERS_STORAGE_KEY, events as unknown as Window).subscribe?.((raw) => heard.push(raw))
    const fire = (key: string | null, newValue: string | null) =>
      events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue, storageArea: null }))
    fire('other', 'a')
    fire(TIMERS_STORAGE_KEY, 'b')
    fire(null, null)
    unsubscribe?.()
    fire(TIMERS_STORAGE_KEY, 'c')
    expect(heard).toEqual(['b', null])
  })

  it('has no subscription without an event source', () => {
    expect(storageAdapter(mapStorage()).subscribe).toBeUndefined()
  })
})
