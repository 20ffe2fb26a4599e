// @vitest-environment happy-dom
/**
 * Links that only appear after something happens (a countdown running, a finding under the email field, a
 * compact checker's link to its page) stay in the language of the page: /en/… on an English page, as they
 * were on a Japanese one.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { nextTick, type Component } from 'vue'
import { RouterLinkStub, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { routeLocationKey } from 'vue-router'
import { setLanguage } from '@/i18n'
import { TIMERS_STORE_OPTIONS, useTimersStore } from '@/stores/timers'
import TimerBanner from '@/shell/TimerBanner.vue'
import CountdownTimer from '@/tools/timers/CountdownTimer.vue'
import EmailField from '@/tools/email/EmailField.vue'
import OmuidChecker from '@/tools/omuid/OmuidChecker.vue'
import InquiryLink from '@/components/InquiryLink.vue'
import { useEnglish } from '../fixtures/english'

let pinia: Pinia
const wrappers: VueWrapper[] = []
const memory = { read: () => null, write: () => {}, remove: () => {} }

function mountIn(lang: string, component: Component, props: Record<string, unknown> = {}, provide: Record<symbol, unknown> = {}): VueWrapper {
  setLanguage(lang)
  const w = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [pinia], provide: { [TIMERS_STORE_OPTIONS as symbol]: { storage: memory }, ...provide }, stubs: { RouterLink: RouterLinkStub } },
  })
  wrappers.push(w)
  return w
}
const targets = (w: VueWrapper): unknown[] => w.findAllComponents(RouterLinkStub).map((l) => l.props('to'))

beforeAll(useEnglish)
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})
afterEach(() => {
  wrappers.splice(0).forEach((w) => w.unmount())
  setLanguage('ja')
})

describe('links in English', () => {
  it('the timer banner links to /en/timers, and hides itself there', async () => {
    useTimersStore().start('code')
    const w = mountIn('en', TimerBanner, {}, { [routeLocationKey as symbol]: { path: '/en/step/password' } })
    await nextTick()
    expect(targets(w)).toEqual(['/en/timers'])
    const onTimers = mountIn('en', TimerBanner, {}, { [routeLocationKey as symbol]: { path: '/en/timers' } })
    await nextTick()
    expect(onTimers.find('aside').exists()).toBe(false)
  })

  it('a running countdown links to its questions in English', async () => {
    const store = useTimersStore()
    store.start('code')
    const w = mountIn('en', CountdownTimer, { kind: 'code' })
    await nextTick()
    const to = targets(w)
    expect(to).toContain('/en/faq/reset-mail-not-arriving')
    expect(to.every((p) => String(p).startsWith('/en/'))).toBe(true)
  })

  it('the email field’s findings link to English questions', async () => {
    const w = mountIn('en', EmailField, { standalone: true })
    await nextTick()
    await w.get('[data-test="email-input"]').setValue('taro@st.omu.ac.jp')
    await w.get('form').trigger('submit')
    await nextTick()
    expect(targets(w)).toContain('/en/faq/recovery-email-choice')
    expect(targets(w).every((p) => String(p).startsWith('/en/'))).toBe(true)
  })

  it('a compact checker links to its page in English, and the inquiry link to /en/inquiry', async () => {
    expect(targets(mountIn('en', OmuidChecker, { compact: true }))).toEqual(['/en/tools/omuid'])
    expect(targets(mountIn('en', InquiryLink, { questionId: 'invalid-key' }))).toContainEqual({ path: '/en/inquiry', query: { from: 'invalid-key' } })
    // The same components on a Japanese page: Japanese paths.
    expect(targets(mountIn('ja', OmuidChecker, { compact: true }))).toEqual(['/tools/omuid'])
  })
})
