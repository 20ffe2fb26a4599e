// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineAsyncComponent, defineComponent, h, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { WIDGET_AREA_ATTR, adoptBootTap, hydrateOnIdleOrTap, keepEarlyTap, tapTime, tapWaiting, widgetAreaMounted, widgetAreaUnmounted } from '@/components/earlyTaps'
import { BOOT_TAP } from '@/lib/pageTemplate'

// A block like a question's timer: a button whose handler records each tap and the time it says it was made.
const taps: (number | undefined)[] = []
const Block = defineComponent({
  setup: () => () =>
    h('section', [
      h('button', { type: 'button', onClick: (e: Event) => taps.push(tapTime(e)) }, '計り始める'),
      h('a', { href: '/faq/other' }, 'ほかの質問'),
    ]),
})

/** The widget area around one lazily hydrated block, as in QuestionWidgets.vue. */
const area = (block: Component): Component => ({ render: () => h('div', { class: 'widgets', [WIDGET_AREA_ATTR]: '', onClick: keepEarlyTap }, [h(block)]) })

let idleCallbacks: (() => void)[] = []

/** Prerenders the area, then hydrates it with a block whose code arrives only when `arrive` is called. */
async function page(): Promise<{ root: HTMLElement; arrive: () => Promise<void> }> {
  const html = await renderToString(createSSRApp(area(Block)))
  const root = document.createElement('div')
  root.innerHTML = html
  document.body.append(root)
  let arrive!: () => void
  const code = new Promise<Component>((resolve) => (arrive = () => resolve(Block)))
  // Idle time comes when the test says (idleCallbacks), as Vue's hydrateOnIdle would bring it.
  const idle = (ready: () => void) => void idleCallbacks.push(ready)
  createSSRApp(area(defineAsyncComponent({ loader: () => code, hydrate: hydrateOnIdleOrTap(idle) }))).mount(root)
  widgetAreaMounted()
  return {
    root,
    arrive: async () => {
      arrive()
      // the loader's promise, Vue's then, the strategy
      for (let i = 0; i < 5; i++) await Promise.resolve()
    },
  }
}

const button = (root: HTMLElement): HTMLButtonElement => root.querySelector('button')!

beforeEach(() => {
  taps.length = 0
  idleCallbacks = []
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-04-01T09:00:00+09:00'))
})
afterEach(() => {
  widgetAreaUnmounted()
  document.body.innerHTML = ''
  vi.useRealTimers()
})

describe('a tap on a block before it has hydrated', () => {
  it('is kept while the code is on its way, then replayed once, with the time it was made', async () => {
    const { root, arrive } = await page()
    const tappedAt = Date.now()
    button(root).click()
    expect(taps).toEqual([])
    expect(tapWaiting.value).toBe(true)

    vi.setSystemTime(tappedAt + 20_000) // the code takes 20 s on a slow line
    await arrive()
    expect(taps).toEqual([tappedAt])
    expect(tapWaiting.value).toBe(false)
    // Hydrated: the next tap is an ordinary one.
    button(root).click()
    expect(taps).toEqual([tappedAt, undefined])
  })

  it('once the code is in but the browser not yet idle: hydrates at once and runs the handler exactly once', async () => {
    const { root, arrive } = await page()
    await arrive()
    expect(idleCallbacks).toHaveLength(1)
    const tappedAt = Date.now()
    button(root).click()
    expect(taps).toEqual([tappedAt])
    expect(tapWaiting.value).toBe(false)
    // The idle wait was for nothing now; were it to run anyway, it hydrates nothing twice.
    idleCallbacks[0]!()
    button(root).click()
    expect(taps).toHaveLength(2)
  })

  it('without a tap, the block hydrates when the browser is idle, and no tap is invented', async () => {
    const { root, arrive } = await page()
    await arrive()
    idleCallbacks[0]!()
    expect(taps).toEqual([])
    button(root).click()
    expect(taps).toEqual([undefined])
  })

  it('a tap on a link is not kept: the link loads its page the ordinary way', async () => {
    const { root, arrive } = await page()
    root.querySelector('a')!.addEventListener('click', (e) => e.preventDefault()) // no navigation in the test
    root.querySelector('a')!.click()
    expect(tapWaiting.value).toBe(false)
    await arrive()
    expect(taps).toEqual([])
    expect(idleCallbacks).toHaveLength(1)
  })

  it('a kept tap is dropped when the area leaves the page', async () => {
    const { root, arrive } = await page()
    button(root).click()
    widgetAreaUnmounted()
    expect(tapWaiting.value).toBe(false)
    await arrive()
    expect(taps).toEqual([])
  })
})

describe("a tap before the app had started (kept by the page's bootstrap)", () => {
  const bootTap = (b: HTMLButtonElement, at: number): void => {
    ;(window as unknown as Record<string, unknown>)[BOOT_TAP] = [b, at]
  }

  it('on a block whose code has not arrived: kept for it, then replayed once, with its time', async () => {
    const { root, arrive } = await page()
    const tappedAt = Date.now() - 3000 // before the app started
    bootTap(button(root), tappedAt)
    await adoptBootTap()
    expect(tapWaiting.value).toBe(true)
    await arrive()
    expect(taps).toEqual([tappedAt])
    expect(BOOT_TAP in window).toBe(false)
  })

  it('on a block whose code is in, waiting for idle time: it hydrates at once and takes the tap', async () => {
    const { root, arrive } = await page()
    await arrive()
    const tappedAt = Date.now() - 3000
    bootTap(button(root), tappedAt)
    await adoptBootTap()
    expect(taps).toEqual([tappedAt])
    expect(tapWaiting.value).toBe(false)
  })

  it('on a button of the hydrated page: replayed on it', async () => {
    const html = await renderToString(createSSRApp(Block))
    const root = document.createElement('div')
    root.innerHTML = html
    document.body.append(root)
    createSSRApp(Block).mount(root)
    const tappedAt = Date.now() - 3000
    bootTap(button(root), tappedAt)
    await adoptBootTap()
    expect(taps).toEqual([tappedAt])
    // Only once: the record is gone.
    await adoptBootTap()
    expect(taps).toEqual([tappedAt])
  })

  it('a button that has gone, or a damaged record, is left alone', async () => {
    const gone = document.createElement('button')
    gone.addEventListener('click', () => taps.push(0))
    bootTap(gone, Date.now())
    await adoptBootTap()
    ;(window as unknown as Record<string, unknown>)[BOOT_TAP] = 'nonsense'
    await adoptBootTap()
    expect(taps).toEqual([])
  })
})
