// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import NetworkCheck from '@/tools/network/NetworkCheck.vue'
import QuestionWidgets from '@/components/QuestionWidgets.vue'
import { networkText as t } from '@/locales/network'

/** A stand-in for Chrome's NetworkInformation: an EventTarget whose type can change. */
class FakeConnection extends EventTarget {
  constructor(public type: string | undefined, public effectiveType = '4g') {
    super()
  }
  switchTo(type: string): void {
    this.type = type
    this.dispatchEvent(new Event('change'))
  }
}

function setConnection(c: FakeConnection | undefined): void {
  Object.defineProperty(window.navigator, 'connection', { value: c, configurable: true })
}
function setOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true })
}

const wrappers: VueWrapper[] = []
function mountCheck(): VueWrapper {
  const w = mount(NetworkCheck, { attachTo: document.body })
  wrappers.push(w)
  return w
}

afterEach(() => {
  while (wrappers.length) wrappers.pop()?.unmount()
  setConnection(undefined)
  setOnline(true)
})

const status = (w: VueWrapper) => w.find('[data-test="network-status"]')
const stepTexts = (w: VueWrapper) => w.findAll('[data-test="network-steps"] li').map((li) => li.text())

describe('NetworkCheck', () => {
  it('prerenders the step but no guess about the connection (the server cannot know it)', async () => {
    const html = await renderToString(createSSRApp({ render: () => h(NetworkCheck) }))
    expect(html).toContain(t.steps[0])
    expect(html).toContain('OMUNET-1X')
    expect(html).not.toContain('data-test="network-status"')
    for (const s of Object.values(t.status)) expect(html).not.toContain(s)
  })

  it('says the phone is on Wi-Fi where the browser tells, and follows a switch to mobile data', async () => {
    const c = new FakeConnection('wifi')
    setConnection(c)
    const w = mountCheck()
    await flushPromises()
    expect(status(w).text()).toBe(t.status.wifi)
    expect(status(w).attributes('data-kind')).toBe('wifi')
    expect(w.text()).toContain(t.live)
    c.switchTo('cellular')
    await flushPromises()
    expect(status(w).text()).toBe(t.status.cellular)
    // The result sits in a polite live region, so the change is announced.
    expect(status(w).element.parentElement?.getAttribute('role')).toBe('status')
    expect(stepTexts(w)).toEqual([...t.steps])
  })

  it('says the browser cannot tell (iPhone Safari has no API), and still shows the disconnect step', async () => {
    setConnection(undefined)
    const w = mountCheck()
    await flushPromises()
    expect(status(w).text()).toBe(t.status.unknown)
    expect(w.text()).not.toContain(t.live)
    expect(stepTexts(w)).toEqual([...t.steps])
    expect(stepTexts(w)[0]).toContain('OMUNET-1X')
  })

  it('treats a speed-only API (desktop Chrome) as "cannot tell"', async () => {
    setConnection(new FakeConnection(undefined, '4g'))
    const w = mountCheck()
    await flushPromises()
    expect(status(w).text()).toBe(t.status.unknown)
  })

  it('follows going offline and back online', async () => {
    setConnection(new FakeConnection('wifi'))
    const w = mountCheck()
    await flushPromises()
    setOnline(false)
    window.dispatchEvent(new Event('offline'))
    await flushPromises()
    expect(status(w).text()).toBe(t.status.offline)
    setOnline(true)
    window.dispatchEvent(new Event('online'))
    await flushPromises()
    expect(status(w).text()).toBe(t.status.wifi)
  })

  it('stops listening when unmounted', async () => {
    const c = new FakeConnection('wifi')
    const remove = vi.spyOn(c, 'removeEventListener')
    const removeWin = vi.spyOn(window, 'removeEventListener')
    setConnection(c)
    const w = mountCheck()
    await flushPromises()
    w.unmount()
    wrappers.pop()
    expect(remove).toHaveBeenCalledWith('change', expect.any(Function))
    expect(removeWin.mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining(['online', 'offline']))
    removeWin.mockRestore()
  })

  it('is shown by the question widget `network-check`', async () => {
    const w = mount(QuestionWidgets, { props: { widgets: ['network-check'] }, attachTo: document.body })
    wrappers.push(w)
    await flushPromises()
    await vi.waitFor(() => expect(w.find('.network-check').exists()).toBe(true))
    expect(w.find('h2').text()).toBe(t.heading)
  })
})
