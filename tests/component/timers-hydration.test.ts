// @vitest-environment happy-dom
/**
 * The prerendered HTML of the timer blocks is made without storage; hydrating it in a browser whose stored
 * countdowns are damaged, stale or running must match it exactly, and only then show what was stored.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { RouterLinkStub } from '@vue/test-utils'
import { createPinia } from 'pinia'
import TimersView from '@/tools/timers/TimersView.vue'
import TimerStarter from '@/tools/timers/TimerStarter.vue'
import { TIMERS_STORE_OPTIONS, distinctDamage } from '@/stores/timers'
import type { TimerStorage } from '@/storage/timerStorage'
import { serializeCountdowns, startCountdown } from '@/lib/countdown'
import { timersText as t } from '@/locales/timers'

const T0 = Date.UTC(2026, 3, 1, 9, 0, 0)
const v1 = (countdowns: unknown) => JSON.stringify({ v: 1, countdowns })

const stored: Record<string, string> = {
  'invalid JSON': '{"v":1,"countdowns":[',
  'JSON null': 'null',
  'wrong version': JSON.stringify({ v: 2, countdowns: [] }),
  'wrong types': v1([{ kind: 'code', startedAt: 'x', deadline: null }, 7]),
  'far-future deadline': v1([{ kind: 'code', startedAt: T0 + 1e12, deadline: T0 + 1e12 + 1000 }]),
  'far past': v1([{ kind: 'code', startedAt: 0, deadline: 1000 }]),
  'started in the future': v1([{ kind: 'code', startedAt: T0 + 30_000, deadline: T0 + 330_000 }]),
  'huge array': v1(Array.from({ length: 5000 }, (_, i) => ({ kind: 'code', startedAt: i, deadline: 'x' }))),
  running: serializeCountdowns([startCountdown('code', T0 - 1000)]),
}

function storageWith(value: string | null): TimerStorage {
  let current = value
  return { read: () => current, write: (v) => void (current = v), remove: () => void (current = null) }
}

function app(component: typeof TimersView | typeof TimerStarter, storage: TimerStorage | null) {
  const a = createSSRApp({ render: () => h(component, { kind: 'code' }) })
  a.provide(TIMERS_STORE_OPTIONS, { storage, clock: () => T0 })
  a.use(createPinia())
  a.component('RouterLink', RouterLinkStub)
  return a
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('hydrating the timer blocks over stored data', () => {
  for (const [name, value] of Object.entries(stored)) {
    for (const component of [TimersView, TimerStarter]) {
      it(`${component.__name}: ${name} hydrates without a mismatch, then shows what was stored`, async () => {
        // Prerendered as the build does it: no storage at all.
        const html = await renderToString(app(component, null))
        const el = document.createElement('div')
        el.innerHTML = html
        document.body.append(el)
        const logged: string[] = []
        const log = (...args: unknown[]) => void logged.push(args.map(String).join(' '))
        vi.spyOn(console, 'error').mockImplementation(log)
        vi.spyOn(console, 'warn').mockImplementation(log)
        app(component, storageWith(value)).mount(el)
        expect(logged.filter((l) => /hydration/i.test(l))).toEqual([])
        await nextTick()
        // After mount the stored state shows: a countdown, or a notice about the damage (at most a few lines).
        if (name === 'running' || name === 'started in the future') expect(el.querySelector('[role="timer"]')).not.toBeNull()
        else if (name !== 'far past') expect(el.querySelector('[data-test="damage-notice"]')?.textContent).toContain(t.notices.damagedTitle)
        expect(el.querySelectorAll('[data-test="damage-notice"] li').length).toBeLessThanOrEqual(8)
      })
    }
  }
})

describe('distinctDamage', () => {
  it('keeps the first notice of each reason and kind, in order', () => {
    expect(
      distinctDamage([
        { reason: 'not-a-number', kind: 'code', index: 0 },
        { reason: 'not-a-number', kind: 'code', index: 1 },
        { reason: 'not-a-number', kind: 'reflection', index: 2 },
        { reason: 'wrong-shape', index: 3 },
        { reason: 'wrong-shape', index: 4 },
      ]),
    ).toEqual([
      { reason: 'not-a-number', kind: 'code', index: 0 },
      { reason: 'not-a-number', kind: 'reflection', index: 2 },
      { reason: 'wrong-shape', index: 3 },
    ])
  })
})
