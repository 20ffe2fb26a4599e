// @vitest-environment happy-dom
/**
 * The header search box and the /search page, with the real index (virtual:search-index, built from faq/)
 * and a real router, so paths and anchors are the ones the app would navigate to.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import SearchBox from '@/shell/SearchBox.vue'
import SearchView from '@/tools/search/SearchView.vue'
import { routes } from '@/router'
import { questionById, questions, stepById } from '@/content/faq'
import { ANNOUNCE_DELAY_MS, SEARCH_DEBOUNCE_MS, setSearchLoader } from '@/composables/useSearch'
import { createSearch } from '@/search/loadIndex'
import { searchText as t } from '@/locales/search'
import { LIMITS } from '@/lib/limits'
import { searchPageText as p } from '@/locales/searchPage'

// The first load transforms the engine and the index; later ones are instant.
const LOAD_TIMEOUT = 10_000

let router: Router
const wrappers: VueWrapper[] = []

async function mountBox(path = '/'): Promise<VueWrapper> {
  router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const w = mount(SearchBox, { attachTo: document.body, global: { plugins: [router] } })
  wrappers.push(w)
  return w
}

async function mountPage(path: string): Promise<VueWrapper> {
  router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const w = mount(SearchView, { attachTo: document.body, global: { plugins: [router] } })
  wrappers.push(w)
  return w
}

const input = (w: VueWrapper) => w.get<HTMLInputElement>('input[role="combobox"]')
const options = (w: VueWrapper) => w.findAll('[role="option"]')
// The search's own region; the length-limit notice has one too, silent until a paste or typing is cut.
const status = (w: VueWrapper) => w.get('[role="status"]:not([data-test="limit-notice"])')

async function type(w: VueWrapper, text: string): Promise<void> {
  const el = input(w)
  await el.trigger('focus')
  el.element.value = text
  await el.trigger('input')
}

/** Waits until the popup shows results for what was typed. */
async function resultsFor(w: VueWrapper): Promise<void> {
  await vi.waitFor(
    async () => {
      await flushPromises()
      expect(options(w).length).toBeGreaterThan(0)
    },
    { timeout: LOAD_TIMEOUT, interval: 20 },
  )
}

beforeEach(() => setSearchLoader())
afterEach(() => {
  while (wrappers.length) wrappers.pop()!.unmount()
  vi.useRealTimers()
})

describe('SearchBox', () => {
  it('is a labelled combobox that controls an existing listbox', async () => {
    const w = await mountBox()
    const el = input(w)
    expect(el.attributes('type')).toBe('search')
    expect(el.attributes('enterkeyhint')).toBe('search')
    expect(w.get(`label[for="${el.attributes('id')}"]`).text()).toBe('困っていること・画面の表示で検索')
    expect(el.attributes('aria-expanded')).toBe('false')
    expect(w.find(`#${el.attributes('aria-controls')}[role="listbox"]`).exists()).toBe(true)
  })

  it('shows the invalid-key question first for 「無効なキー」, with the match highlighted', async () => {
    const w = await mountBox()
    await type(w, '無効なキー')
    await resultsFor(w)
    const first = options(w)[0]!
    expect(first.text()).toContain(questionById('invalid-key')!.title)
    expect(first.get('.option-step').text()).toBe(stepById('two-factor')!.short)
    // The step's short name is shown, and the matched words are marked in title and snippet.
    expect(first.findAll('mark').map((m) => m.text())).toContain('無効なキー')
    expect(first.find('.option-title mark').exists()).toBe(true)
    expect(first.find('.option-snippet mark').exists()).toBe(true)
    expect(input(w).attributes('aria-expanded')).toBe('true')
  })

  it('ArrowDown then Enter opens the result at the matching on-screen message', async () => {
    const w = await mountBox()
    await type(w, '使用不可文字')
    await resultsFor(w)
    await input(w).trigger('keydown', { key: 'ArrowDown' })
    const first = options(w)[0]!
    expect(first.attributes('aria-selected')).toBe('true')
    expect(input(w).attributes('aria-activedescendant')).toBe(first.attributes('id'))
    await input(w).trigger('keydown', { key: 'Enter' })
    // The question route loads its answer before it resolves.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/faq/change-errors#unusable-characters'), {
      timeout: LOAD_TIMEOUT,
    })
    // The popup closes and the box empties once an answer is open.
    expect(input(w).attributes('aria-expanded')).toBe('false')
    expect(input(w).element.value).toBe('')
  })

  it('arrow keys wrap around the results', async () => {
    const w = await mountBox()
    await type(w, 'パスワード')
    await resultsFor(w)
    const n = options(w).length
    expect(n).toBeGreaterThan(2)
    await input(w).trigger('keydown', { key: 'ArrowUp' })
    expect(options(w)[n - 1]!.attributes('aria-selected')).toBe('true')
    await input(w).trigger('keydown', { key: 'ArrowDown' })
    expect(options(w)[0]!.attributes('aria-selected')).toBe('true')
    await input(w).trigger('keydown', { key: 'ArrowDown' })
    expect(options(w)[1]!.attributes('aria-selected')).toBe('true')
    expect(options(w).filter((o) => o.attributes('aria-selected') === 'true')).toHaveLength(1)
  })

  it('a tap opens a result', async () => {
    const w = await mountBox()
    await type(w, '無効なキー')
    await resultsFor(w)
    await options(w)[0]!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/faq/invalid-key'), { timeout: LOAD_TIMEOUT })
  })

  it('Enter with no result chosen opens the full results page with the query in the URL', async () => {
    const w = await mountBox()
    await type(w, '確認コード 届かない')
    await resultsFor(w)
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/search')
    expect(router.currentRoute.value.query).toEqual({ q: '確認コード 届かない' })
  })

  it('Enter while an IME is composing does nothing', async () => {
    const w = await mountBox()
    await type(w, '使用不可文字')
    await resultsFor(w)
    await input(w).trigger('keydown', { key: 'ArrowDown' })
    await input(w).trigger('keydown', { key: 'Enter', isComposing: true })
    // Opening a result would close the popup and empty the box at once; neither happened.
    expect(input(w).element.value).toBe('使用不可文字')
    expect(input(w).attributes('aria-expanded')).toBe('true')
    expect(options(w)[0]!.attributes('aria-selected')).toBe('true')
    await input(w).trigger('keydown', { key: 'Enter' })
    expect(input(w).element.value).toBe('')
  })

  it('"/" focuses the box from the page, but not while typing in another field', async () => {
    const w = await mountBox()
    const other = document.createElement('input')
    document.body.append(other)
    try {
      other.focus()
      other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }))
      expect(document.activeElement).toBe(other)
      other.blur()
      const e = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
      document.body.dispatchEvent(e)
      expect(document.activeElement).toBe(input(w).element)
      // The slash is not typed into the box.
      expect(e.defaultPrevented).toBe(true)
    } finally {
      other.remove()
    }
  })

  it('Escape closes the results', async () => {
    const w = await mountBox()
    await type(w, '無効なキー')
    await resultsFor(w)
    const popup = w.get('.popup')
    expect(popup.isVisible()).toBe(true)
    await input(w).trigger('keydown', { key: 'Escape' })
    expect(input(w).attributes('aria-expanded')).toBe('false')
    expect(popup.isVisible()).toBe(false)
    expect(input(w).attributes('aria-activedescendant')).toBeUndefined()
    // The text stays, and ArrowDown brings the results back.
    expect(input(w).element.value).toBe('無効なキー')
    await input(w).trigger('keydown', { key: 'ArrowDown' })
    expect(input(w).attributes('aria-expanded')).toBe('true')
  })

  it('announces the count once typing settles, not on every keystroke', async () => {
    const w = await mountBox()
    await type(w, '無効なキー')
    await resultsFor(w)
    // Right after the results, nothing is read out yet...
    expect(status(w).text()).toBe('')
    await vi.waitFor(() => expect(status(w).text()).not.toBe(''), { timeout: ANNOUNCE_DELAY_MS * 3, interval: 20 })
    // ...then the count of what is listed.
    expect(status(w).text()).toBe(t.found(options(w).length))
    expect(status(w).text()).toMatch(/^\d+件見つかりました$/)
  })

  it('rapid typing searches once, after the pause', async () => {
    // Load first, then count searches made with fake timers.
    const real = createSearch(questions())
    const spy = vi.fn(real.search)
    setSearchLoader(async () => ({ search: spy }))
    const w = await mountBox()
    await input(w).trigger('focus')
    await flushPromises()
    vi.useFakeTimers()
    for (const partial of ['む', 'むこ', 'むこう', 'むこうなきー']) {
      input(w).element.value = partial
      await input(w).trigger('input')
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS / 2)
    }
    expect(spy).not.toHaveBeenCalled()
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    await flushPromises()
    expect(spy).toHaveBeenCalledTimes(1)
    expect(spy.mock.calls[0]![0]).toBe('むこうなきー')
  })

  it('says kindly when nothing matches', async () => {
    const w = await mountBox()
    await type(w, 'xyzzyq')
    await vi.waitFor(
      async () => {
        await flushPromises()
        expect(w.get('.popup').text()).toContain(t.notFound)
      },
      { timeout: LOAD_TIMEOUT, interval: 20 },
    )
    expect(options(w)).toHaveLength(0)
    // The listbox is hidden rather than shown empty, and the way on is the page with the search tips.
    expect(input(w).attributes('aria-expanded')).toBe('false')
    expect(w.get('.popup a').attributes('href')).toBe('/search?q=xyzzyq')
    await vi.waitFor(() => expect(status(w).text()).toBe(t.notFound), { timeout: ANNOUNCE_DELAY_MS * 3, interval: 20 })
  })

  it('shows that it is getting ready, and says so when the index cannot load (offline before caching)', async () => {
    let fail!: (e: Error) => void
    setSearchLoader(() => new Promise((_ok, no) => (fail = no)))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = await mountBox()
    await type(w, '無効なキー')
    await nextTick()
    expect(w.get('.popup').text()).toContain(t.preparing)
    fail(new TypeError('Failed to fetch dynamically imported module'))
    await flushPromises()
    expect(w.get('.popup').text()).toContain(t.loadFailed)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
    // Back online: the next focus tries again.
    setSearchLoader()
    await input(w).trigger('focus')
    input(w).element.value = '無効なキー '
    await input(w).trigger('input')
    await resultsFor(w)
    expect(options(w)[0]!.text()).toContain(questionById('invalid-key')!.title)
  })

  it('on /search, shows the query of the URL', async () => {
    const w = await mountBox('/search?q=%E7%84%A1%E5%8A%B9%E3%81%AA%E3%82%AD%E3%83%BC')
    expect(input(w).element.value).toBe('無効なキー')
    expect(input(w).attributes('aria-expanded')).toBe('false')
  })
})

describe('SearchView (/search?q=)', () => {
  it('lists the results for the query in the URL, linking to the answers', async () => {
    const w = await mountPage('/search?q=使用不可文字')
    expect(w.get('h1').text()).toBe('「使用不可文字」の検索結果')
    await vi.waitFor(
      async () => {
        await flushPromises()
        expect(w.findAll('.results a').length).toBeGreaterThan(0)
      },
      { timeout: LOAD_TIMEOUT, interval: 20 },
    )
    const first = w.get('.results a')
    expect(first.attributes('href')).toBe('/faq/change-errors#unusable-characters')
    expect(first.find('mark').text()).toBe('使用不可文字')
    expect(w.get('[role="status"]').text()).toBe(t.found(w.findAll('.results a').length))
  })

  it('follows the URL when the query changes (back and forward)', async () => {
    const w = await mountPage('/search?q=無効なキー')
    await vi.waitFor(
      async () => {
        await flushPromises()
        expect(w.get('.results a').attributes('href')).toBe('/faq/invalid-key')
      },
      { timeout: LOAD_TIMEOUT, interval: 20 },
    )
    await router.push({ path: '/search', query: { q: '通知済' } })
    await flushPromises()
    expect(w.get('h1').text()).toBe('「通知済」の検索結果')
    expect(w.get('.results a').attributes('href')).toBe('/faq/notified-temp-password')
  })

  it('no results: says so, suggests what to try, shows the steps and the help desk', async () => {
    const w = await mountPage('/search?q=xyzzyq')
    await vi.waitFor(
      async () => {
        await flushPromises()
        expect(w.get('[role="status"]').text()).toBe(p.notFoundLead('xyzzyq'))
      },
      { timeout: LOAD_TIMEOUT, interval: 20 },
    )
    expect(w.text()).toContain('見つかりませんでした')
    for (const s of p.suggestions) expect(w.text()).toContain(s)
    expect(w.find('.steps').exists()).toBe(true)
    expect(w.find('a[href="/step/password"]').exists()).toBe(true)
    expect(w.get('a[href="/faq/contact-help-desk"]').text()).toBe(p.contactLink)
    expect(w.find('.results').exists()).toBe(false)
  })

  it('a query longer than the box accepts, from the address: the page and the box use its first 200 characters', async () => {
    const long = 'パスワード'.repeat(100_000) // 500,000 characters
    const w = await mountPage(`/search?q=${long}`)
    await flushPromises()
    expect(w.get('h1').text()).toBe(`「${long.slice(0, LIMITS.search)}」の検索結果`)
    const box = await mountBox(`/search?q=${long}`)
    expect(input(box).element.value).toBe(long.slice(0, LIMITS.search))
  })

  it('empty query: a hint and the steps, no loading', async () => {
    const loader = vi.fn(() => Promise.reject(new Error('must not load')))
    setSearchLoader(loader)
    const w = await mountPage('/search')
    await flushPromises()
    expect(w.get('h1').text()).toBe(p.pageTitle)
    expect(w.text()).toContain(p.emptyHint)
    expect(w.find('.steps').exists()).toBe(true)
    expect(loader).not.toHaveBeenCalled()
  })

  it('renders on the server without loading the index (the shell must not crash on /search)', async () => {
    const { render } = await import('@/entry-server')
    const page = await render('/search?q=無効なキー')
    expect(page.status).toBe(200)
    expect(page.title).toMatch(/^検索 \| /)
    expect(page.html).toContain('「無効なキー」の検索結果')
    expect(page.html).toContain(t.preparing)
  })
})
