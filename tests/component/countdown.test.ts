// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Component, createSSRApp, defineComponent, effectScope, h, nextTick, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { RouterLinkStub, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { routeLocationKey } from 'vue-router'
import TimerStarter from '@/tools/timers/TimerStarter.vue'
import CountdownTimer from '@/tools/timers/CountdownTimer.vue'
import TimerBanner from '@/shell/TimerBanner.vue'
import TimersView from '@/tools/timers/TimersView.vue'
import { TIMERS_STORE_OPTIONS, useTimersStore } from '@/stores/timers'
import type { TimerStorage } from '@/storage/timerStorage'
import { useNow, type NowScheduler } from '@/composables/useNow'
import { formatMmSs, serializeCountdowns, startCountdown } from '@/lib/countdown'
import { ALLOW_SENDER_DOMAIN, CONFIRMATION_CODE_VALIDITY_MS as CODE, REFLECTION_WAIT_MS as REFL } from '@/lib/rules'
import { timersText as t } from '@/locales/timers'

const T0 = Date.UTC(2026, 3, 1, 9, 0, 0)
// Matches the component's delay before it fills the live region.
const ANNOUNCE_SETTLE_MS = 200

function fakeStorage(initial: string | null = null) {
  let value = initial
  const fail = { write: false }
  const storage: TimerStorage = {
    read: () => value,
    write: (v) => {
      if (fail.write) throw new DOMException('full', 'QuotaExceededError')
      value = v
    },
    remove: () => {
      value = null
    },
  }
  return {
    storage,
    fail,
    get value() {
      return value
    },
  }
}

let pinia: Pinia
let fake: ReturnType<typeof fakeStorage>
const wrappers: VueWrapper[] = []

function mountWith(component: Component, props: Record<string, unknown> = {}, provide: Record<symbol, unknown> = {}) {
  const w = mount(component, {
    props,
    attachTo: document.body, // focus checks need a connected document
    global: {
      plugins: [pinia],
      provide: { [TIMERS_STORE_OPTIONS as symbol]: { storage: fake.storage }, ...provide },
      stubs: { RouterLink: RouterLinkStub },
    },
  })
  wrappers.push(w)
  return w
}

/** Moves fake time on, letting Vue's watchers and renders run between timers as a browser would. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms)
  await nextTick()
}

const digits = (w: VueWrapper) => w.get('[data-test="digits"]').text()
const announcer = (w: VueWrapper) => w.get('[data-test="announcer"]').text()

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T0)
  pinia = createPinia()
  setActivePinia(pinia)
  fake = fakeStorage()
})

afterEach(() => {
  wrappers.splice(0).forEach((w) => w.unmount())
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('TimerStarter + CountdownTimer (code)', () => {
  async function started() {
    const w = mountWith(TimerStarter, { kind: 'code' })
    await nextTick()
    await w.get('[data-test="start"]').trigger('click')
    await nextTick()
    return w
  }

  it('start: shows the full time, stores the deadline, moves focus to the timer and announces it once', async () => {
    const w = await started()
    expect(w.find('[data-test="start"]').exists()).toBe(false)
    expect(digits(w)).toBe(formatMmSs(CODE / 1000))
    expect(JSON.parse(fake.value ?? 'null')).toEqual({ v: 1, countdowns: [{ kind: 'code', startedAt: T0, deadline: T0 + CODE }] })
    expect(document.activeElement?.textContent).toBe(t.kinds.code.timerTitle)
    // The region exists empty first, then receives the sentence, so screen readers notice the change.
    expect(announcer(w)).toBe('')
    await advance(ANNOUNCE_SETTLE_MS)
    expect(announcer(w)).toBe(t.kinds.code.announce.start)
    const live = w.get('[data-test="announcer"]')
    expect(live.attributes('aria-live')).toBe('polite')
    // The ticking clock is role="timer" (implicitly silent) and not itself a live region.
    const timer = w.get('[role="timer"]')
    expect(timer.attributes('aria-live')).toBeUndefined()
    expect(timer.element.contains(live.element)).toBe(false)
  })

  it('the display and the progress bar follow the clock', async () => {
    const w = await started()
    await advance(1_000)
    expect(digits(w)).toBe(formatMmSs(CODE / 1000 - 1))
    await advance(CODE - 192_000 - 1_000) // 192 s left
    expect(digits(w)).toBe('3:12')
    const bar = w.get('[role="progressbar"]')
    expect(bar.attributes('aria-valuenow')).toBe('192')
    expect(bar.attributes('aria-valuemax')).toBe(String(CODE / 1000))
    expect(bar.attributes('aria-valuetext')).toBe('残り3分12秒')
    expect(bar.get('.fill').attributes('style')).toContain(`width: ${(192_000 / CODE) * 100}%`)
  })

  it('announces only at start, at one minute left and at expiry', async () => {
    const w = await started()
    const heard: string[] = []
    let last = ''
    for (let elapsed = 0; elapsed <= CODE + 10_000; elapsed += 1_000) {
      await advance(1_000)
      const now = announcer(w)
      if (now !== last && now !== '') heard.push(now)
      last = now
    }
    expect(heard).toEqual([t.kinds.code.announce.start, t.kinds.code.announce['one-minute'], t.kinds.code.announce.expired])
  })

  it('while running: the mail checklist with the sender domain from the rules and a link to the question', async () => {
    const w = await started()
    const help = w.get('[data-test="mail-help"]')
    expect(help.text()).toContain(`@${ALLOW_SENDER_DOMAIN}`)
    expect(help.text()).toContain('迷惑メールフォルダ')
    expect(help.getComponent(RouterLinkStub).props('to')).toBe('/faq/reset-mail-not-arriving')
    expect(w.find('[data-test="resend"]').exists()).toBe(false)
  })

  it('expiry: says so, shows the resend procedure, vibrates once', async () => {
    const vibrate = vi.fn(() => true)
    vi.stubGlobal('navigator', { ...navigator, vibrate })
    const w = await started()
    await advance(CODE - 1_000)
    expect(w.find('[data-test="resend"]').exists()).toBe(false)
    await advance(1_000)
    expect(digits(w)).toBe('0:00')
    const resend = w.get('[data-test="resend"]')
    expect(resend.text()).toContain(t.kinds.code.expiredTitle)
    expect(resend.text()).toContain('「キャンセル」')
    expect(resend.text()).toContain('「パスワード変更」または「パスワード再設定」')
    expect(resend.text()).toContain('「次へ」')
    expect(resend.findAll('ol li')).toHaveLength(3)
    expect(w.find('[data-test="mail-help"]').exists()).toBe(false)
    expect(w.get('[data-test="restart"]').classes()).toContain('primary')
    await advance(60_000)
    expect(vibrate).toHaveBeenCalledTimes(1)
  })

  it('restart after expiry: one tap gives a fresh countdown, keeps focus on the button, announces the start again', async () => {
    const w = await started()
    await advance(CODE + 5_000 + ANNOUNCE_SETTLE_MS)
    expect(announcer(w)).toBe(t.kinds.code.announce.expired)
    const restart = w.get('[data-test="restart"]')
    ;(restart.element as HTMLButtonElement).focus()
    await restart.trigger('click')
    await nextTick()
    expect(digits(w)).toBe(formatMmSs(CODE / 1000))
    expect(w.find('[data-test="resend"]').exists()).toBe(false)
    expect(w.find('[data-test="clock-notice"]').exists()).toBe(false)
    expect(document.activeElement).toBe(w.get('[data-test="restart"]').element)
    expect(useTimersStore().byKind('code')?.startedAt).toBe(T0 + CODE + 5_000 + ANNOUNCE_SETTLE_MS)
    await advance(ANNOUNCE_SETTLE_MS)
    expect(announcer(w)).toBe(t.kinds.code.announce.start)
    await advance(2_000)
    expect(digits(w)).toBe(formatMmSs(CODE / 1000 - 2))
  })

  it('restart while running ("I requested a new code") starts over', async () => {
    const w = await started()
    await advance(100_000)
    // Tap between two ticks: the display's "now" is half a second old when the store stamps the start.
    vi.setSystemTime(Date.now() + 500)
    await w.get('[data-test="restart"]').trigger('click')
    await nextTick()
    expect(digits(w)).toBe(formatMmSs(CODE / 1000))
    expect(w.find('[data-test="clock-notice"]').exists()).toBe(false)
  })

  it('"I entered the code" ends it, clears storage and gives focus back to the start button', async () => {
    const w = await started()
    await w.get('[data-test="finish"]').trigger('click')
    await nextTick()
    await nextTick()
    expect(w.find('[data-test="digits"]').exists()).toBe(false)
    expect(fake.value).toBeNull()
    expect(document.activeElement).toBe(w.get('[data-test="start"]').element)
  })

  it('shows the memory-only notice when storage throws, and not otherwise', async () => {
    const ok = await started()
    expect(ok.find('[data-test="memory-notice"]').exists()).toBe(false)
    ok.unmount()
    wrappers.splice(wrappers.indexOf(ok), 1)

    pinia = createPinia()
    setActivePinia(pinia)
    fake = fakeStorage()
    fake.fail.write = true
    const w = await started()
    expect(w.get('[data-test="memory-notice"]').text()).toBe(t.notices.memoryOnly)
    await advance(1_000)
    expect(digits(w)).toBe(formatMmSs(CODE / 1000 - 1)) // still counting, in memory
  })

  it('after a reload it continues from the stored deadline without announcing a start', async () => {
    fake = fakeStorage(serializeCountdowns([startCountdown('code', T0 - 100_000)]))
    const w = mountWith(TimerStarter, { kind: 'code' })
    await nextTick()
    expect(digits(w)).toBe(formatMmSs(CODE / 1000 - 100))
    await advance(ANNOUNCE_SETTLE_MS + 1_000)
    expect(announcer(w)).toBe('')
  })

  it('coming back to the page (visibilitychange) shows the true time at once, between ticks', async () => {
    const w = await started()
    vi.setSystemTime(T0 + 120_000) // time passed in the mail app; no interval tick yet
    await nextTick()
    expect(digits(w)).toBe(formatMmSs(CODE / 1000))
    document.dispatchEvent(new Event('visibilitychange'))
    await nextTick()
    expect(digits(w)).toBe(formatMmSs(CODE / 1000 - 120))
  })

  it('a clock that went backwards never shows more than the duration, and says so', async () => {
    const w = await started()
    await advance(30_000)
    vi.setSystemTime(T0 - 60_000)
    await advance(1_000)
    expect(digits(w)).toBe(formatMmSs(CODE / 1000))
    expect(w.get('[data-test="clock-notice"]').text()).toBe(t.notices.clockAdjusted('code'))
  })

  it('a damaged stored value is explained before starting, and the notice can be closed', async () => {
    fake = fakeStorage('{"v":1,"countdowns":[{"kind":"code","startedAt":5,"deadline":1}]}')
    const w = mountWith(TimerStarter, { kind: 'code' })
    await nextTick()
    const notice = w.get('[data-test="damage-notice"]')
    expect(notice.text()).toContain(t.notices.damagedTitle)
    expect(notice.text()).toContain(t.notices.damageReasons['start-after-deadline'])
    await notice.get('button').trigger('click')
    expect(w.find('[data-test="damage-notice"]').exists()).toBe(false)
  })

  it('all its buttons are real buttons (keyboard reachable)', async () => {
    const w = await started()
    for (const b of w.findAll('.actions > *')) {
      expect(b.element.tagName).toBe('BUTTON')
      expect(b.attributes('type')).toBe('button')
    }
  })
})

describe('reflection wait', () => {
  it('at the end: refresh-button prompt, the FAQ next step and the help-desk link', async () => {
    const w = mountWith(TimerStarter, { kind: 'reflection' })
    await nextTick()
    expect(w.text()).toContain(t.kinds.reflection.startButton)
    await w.get('[data-test="start"]').trigger('click')
    await nextTick()
    expect(digits(w)).toBe(formatMmSs(REFL / 1000))
    expect(w.find('[data-test="refresh-prompt"]').exists()).toBe(false)
    await advance(REFL)
    const prompt = w.get('[data-test="refresh-prompt"]')
    expect(prompt.text()).toContain('「未変更・反映待ち」')
    expect(prompt.text()).toContain('「変更済み」')
    expect(prompt.text()).toContain('「パスワード変更を始める」')
    expect(prompt.getComponent(RouterLinkStub).props('to')).toBe('/faq/contact-help-desk')
    await w.get('[data-test="finish"]').trigger('click')
    await nextTick()
    expect(useTimersStore().countdowns).toEqual([])
  })
})

describe('TimersView', () => {
  it('runs both countdowns at once', async () => {
    const w = mountWith(TimersView)
    await nextTick()
    expect(w.get('h1').text()).toBe(t.pageTitle)
    const starts = w.findAll('[data-test="start"]')
    expect(starts).toHaveLength(2)
    await starts[0]!.trigger('click')
    await advance(10_000)
    await w.get('[data-test="start"]').trigger('click')
    await nextTick()
    const shown = w.findAll('[data-test="digits"]').map((d) => d.text())
    expect(shown).toEqual([formatMmSs(CODE / 1000 - 10), formatMmSs(REFL / 1000)])
  })
})

describe('TimerBanner', () => {
  it('shows remaining time with a link to /timers, without a live region, and updates', async () => {
    useTimersStore().start('code')
    const w = mountWith(TimerBanner)
    await nextTick()
    const text = () => w.get('[data-test="banner-text"]').text()
    expect(text()).toBe(t.kinds.code.bannerRunning(formatMmSs(CODE / 1000)))
    expect(w.getComponent(RouterLinkStub).props('to')).toBe('/timers')
    expect(w.find('[aria-live]').exists()).toBe(false)
    expect(w.find('[role="status"]').exists()).toBe(false)
    await advance(CODE - 192_000)
    expect(text()).toBe('確認コードの残り 3:12')
    await advance(192_000)
    expect(text()).toBe(t.kinds.code.bannerExpired)
  })

  it('is dismissed per countdown and comes back when that countdown is started again', async () => {
    const store = useTimersStore()
    store.start('code')
    const w = mountWith(TimerBanner)
    await nextTick()
    await w.get('[data-test="dismiss"]').trigger('click')
    expect(w.find('aside').exists()).toBe(false)
    expect(store.countdowns).toHaveLength(1) // the countdown itself keeps running
    store.restart('code')
    await nextTick()
    expect(w.find('aside').exists()).toBe(true)
  })

  it('shows nothing without a countdown, and hides itself on the timers page', async () => {
    const empty = mountWith(TimerBanner)
    await nextTick()
    expect(empty.find('aside').exists()).toBe(false)
    useTimersStore().start('reflection')
    await nextTick()
    expect(empty.find('aside').exists()).toBe(true)
    const onTimers = mountWith(TimerBanner, {}, { [routeLocationKey as symbol]: { path: '/timers' } })
    await nextTick()
    expect(onTimers.find('aside').exists()).toBe(false)
  })
})

describe('prerendering', () => {
  it('renders the start button, not a stored countdown, so hydration matches the HTML', async () => {
    const app = createSSRApp({ render: () => h(TimerStarter, { kind: 'code' }) })
    app.provide(TIMERS_STORE_OPTIONS, { storage: fakeStorage(serializeCountdowns([startCountdown('code', T0)])).storage })
    app.use(createPinia())
    app.component('RouterLink', RouterLinkStub)
    const html = await renderToString(app)
    expect(html).toContain(t.kinds.code.startButton)
    expect(html).not.toContain('role="timer"')
  })

  it('CountdownTimer alone renders nothing when there is no countdown of its kind', async () => {
    const w = mountWith(CountdownTimer, { kind: 'reflection' })
    await nextTick()
    expect(w.html()).toBe('<!--v-if-->')
  })
})

describe('useNow', () => {
  function fakeScheduler() {
    const running = new Map<number, () => void>()
    let id = 0
    const scheduler: NowScheduler = {
      setInterval: (cb) => {
        running.set(++id, cb)
        return id
      },
      clearInterval: (h) => void running.delete(h as number),
    }
    return { scheduler, running, tick: () => running.forEach((cb) => cb()) }
  }

  it('ticks only while active, reads the clock when it becomes active, and cleans up on dispose', () => {
    let clockNow = 1_000
    const s = fakeScheduler()
    const active = ref(false)
    const scope = effectScope()
    const result = scope.run(() => useNow({ clock: () => clockNow, scheduler: s.scheduler, active, window: null }))!
    expect(result.now.value).toBe(1_000)
    expect(s.running.size).toBe(0)
    clockNow = 2_000
    active.value = true
    expect(result.now.value).toBe(2_000) // refreshed on activation, not a second later
    expect(s.running.size).toBe(1)
    clockNow = 3_000
    s.tick()
    expect(result.now.value).toBe(3_000)
    active.value = false
    expect(s.running.size).toBe(0)
    active.value = true
    scope.stop()
    expect(s.running.size).toBe(0)
  })

  it('refreshes on pageshow and focus, and stops listening after dispose', () => {
    let clockNow = 1
    const scope = effectScope()
    const { now } = scope.run(() => useNow({ clock: () => clockNow, scheduler: null }))!
    clockNow = 2
    window.dispatchEvent(new Event('pageshow'))
    expect(now.value).toBe(2)
    clockNow = 3
    window.dispatchEvent(new Event('focus'))
    expect(now.value).toBe(3)
    scope.stop()
    clockNow = 4
    window.dispatchEvent(new Event('focus'))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(now.value).toBe(3)
  })

  it('uses the real timers by default (here: faked ones), so a component keeps time', async () => {
    const Probe = defineComponent({
      setup() {
        const { now } = useNow()
        return () => h('span', String(now.value))
      },
    })
    const w = mount(Probe)
    wrappers.push(w)
    expect(w.text()).toBe(String(T0))
    await advance(3_000)
    expect(w.text()).toBe(String(T0 + 3_000))
  })
})
