// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import {
  ASK_AGAIN_AFTER_MS,
  checkProtection,
  homeScreenHintApplies,
  protection,
  resetProtection,
  startProtection,
  type BrowserFacts,
} from '@/pwa/persist'
import { offlineReady } from '@/pwa/state'
import { PERSIST_ASKED_KEY, readPersistAskedAt } from '@/storage/persistAsked'
import OfflineState from '@/shell/OfflineState.vue'
import { appText } from '@/locales/app'

const NOW = Date.UTC(2026, 3, 1)

function api(persisted: boolean | 'throws', grant: boolean) {
  return {
    persisted: vi.fn(async () => {
      if (persisted === 'throws') throw new Error('no')
      return persisted
    }),
    persist: vi.fn(async () => grant),
  }
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
  await nextTick()
}

afterEach(() => {
  resetProtection()
  offlineReady.value = false
  localStorage.clear()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('checkProtection', () => {
  it('already protected: says so without asking', async () => {
    const a = api(true, false)
    expect(await checkProtection(a, { now: NOW })).toBe('protected')
    expect(a.persist).not.toHaveBeenCalled()
  })

  it('not protected: asks once, remembers when, and reports the answer', async () => {
    const remember = vi.fn()
    const granted = api(false, true)
    expect(await checkProtection(granted, { now: NOW, remember })).toBe('protected')
    expect(granted.persist).toHaveBeenCalledTimes(1)
    expect(remember).toHaveBeenCalledWith(NOW)
    expect(await checkProtection(api(false, false), { now: NOW })).toBe('unprotected')
  })

  it('does not ask again soon after asking, but does after a while', async () => {
    const a = api(false, true)
    expect(await checkProtection(a, { now: NOW, askedAt: NOW - 1000 })).toBe('unprotected')
    expect(a.persist).not.toHaveBeenCalled()
    expect(await checkProtection(a, { now: NOW, askedAt: NOW - ASK_AGAIN_AFTER_MS })).toBe('protected')
  })

  it('no API, no persisted(), or a failing one: unknown', async () => {
    expect(await checkProtection(undefined)).toBe('unknown')
    expect(await checkProtection({})).toBe('unknown')
    expect(await checkProtection(api('throws', true))).toBe('unknown')
  })
})

describe('startProtection', () => {
  it('waits for the offline copy, then checks once per page however often it is started', async () => {
    const a = api(false, false)
    const ready = ref(false)
    startProtection(a, ready)
    startProtection(a, ready)
    await flush()
    expect(a.persisted).not.toHaveBeenCalled()
    expect(protection.value).toBeNull()
    ready.value = true
    await flush()
    expect(protection.value).toBe('unprotected')
    ready.value = false
    await flush()
    ready.value = true
    await flush()
    expect(a.persisted).toHaveBeenCalledTimes(1)
    expect(a.persist).toHaveBeenCalledTimes(1)
    expect(readPersistAskedAt()).not.toBeNull()
  })
})

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
const MAC_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1'
const IPHONE_LINE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.3.0'
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'

describe('homeScreenHintApplies', () => {
  const facts = (f: Partial<BrowserFacts>): BrowserFacts => ({ userAgent: IPHONE_SAFARI, standalone: false, maxTouchPoints: 5, displayStandalone: false, ...f })
  const cases: [string, Partial<BrowserFacts>, boolean][] = [
    ['iPhone Safari in a tab', {}, true],
    ['iPadOS Safari (reports as a Mac, with touch)', { userAgent: MAC_SAFARI }, true],
    ['iPhone, opened from the home screen', { standalone: true }, false],
    ['iPhone, display-mode standalone', { displayStandalone: true }, false],
    ['Mac Safari (no navigator.standalone)', { userAgent: MAC_SAFARI, standalone: undefined, maxTouchPoints: 0 }, false],
    ['a Mac-like UA with navigator.standalone but no touch', { userAgent: MAC_SAFARI, maxTouchPoints: 0 }, false],
    ['Chrome on iPhone (other menus)', { userAgent: IPHONE_CHROME }, false],
    ['LINE in-app browser', { userAgent: IPHONE_LINE }, false],
    ['Android Chrome', { userAgent: ANDROID_CHROME, standalone: undefined }, false],
    ['a spoofed iPhone UA without navigator.standalone (desktop devtools)', { standalone: undefined }, false],
  ]
  for (const [name, f, expected] of cases) {
    it(`${name}: ${expected}`, () => expect(homeScreenHintApplies(facts(f))).toBe(expected))
  }
})

describe('OfflineState: protection and the home-screen hint', () => {
  function stubBrowser(storage: unknown, ua: string, standalone: unknown, maxTouchPoints = 5) {
    vi.stubGlobal('navigator', {
      serviceWorker: {},
      storage,
      userAgent: ua,
      standalone,
      maxTouchPoints,
    })
  }

  for (const [answer, persisted, grant, text] of [
    ['protected', true, false, appText.offlineProtected],
    ['unprotected', false, false, appText.offlineUnprotected],
    ['unknown', 'throws', false, appText.offlineProtectionUnknown],
  ] as const) {
    it(`says the copy is ${answer}, only once it is saved`, async () => {
      stubBrowser(api(persisted, grant), ANDROID_CHROME, undefined)
      const w = mount(OfflineState)
      await flush()
      expect(w.find('[data-testid="offline-protection"]').exists()).toBe(false)
      offlineReady.value = true
      await flush()
      const line = w.get('[data-testid="offline-protection"]')
      expect(line.text()).toBe(text)
      expect(line.attributes('data-protection')).toBe(answer)
      expect(w.find('details').exists()).toBe(false)
    })
  }

  it('on iPhone Safari outside the home screen, explains adding it there in a closed <details>', async () => {
    stubBrowser(undefined, IPHONE_SAFARI, false)
    const w = mount(OfflineState)
    await flush()
    const details = w.get('details[data-testid="home-screen-hint"]')
    expect(details.attributes('open')).toBeUndefined()
    expect(details.get('summary').text()).toBe(appText.homeScreenSummary)
    expect(details.text()).toContain('「ホーム画面に追加」')
    expect(details.findAll('li')).toHaveLength(appText.homeScreenSteps.length)
  })

  it('not on iPhone opened from the home screen', async () => {
    stubBrowser(undefined, IPHONE_SAFARI, true)
    const w = mount(OfflineState)
    await flush()
    expect(w.find('details').exists()).toBe(false)
  })

  it('keeps the time it asked in localStorage under its key', () => {
    localStorage.setItem(PERSIST_ASKED_KEY, 'garbage')
    expect(readPersistAskedAt()).toBeNull()
  })
})
