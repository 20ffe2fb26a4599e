// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import PwaStatus from '@/shell/PwaStatus.vue'
import OfflineState from '@/shell/OfflineState.vue'
import { justSaved, markAlreadySaved, markSaveFailed, markSaved, needRefresh, offlineReady, saveFailed, savedAt, setUpdater } from '@/pwa/state'
import { OFFLINE_SAVED_KEY } from '@/storage/offlineSaved'
import { appText } from '@/locales/app'

afterEach(() => {
  needRefresh.value = false
  saveFailed.value = false
  offlineReady.value = false
  justSaved.value = 0
  savedAt.value = null
  localStorage.clear()
  vi.useRealTimers()
})

describe('PwaStatus', () => {
  it('says quietly, once, that the app now works offline, and can be closed', async () => {
    const wrapper = mount(PwaStatus)
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
    markSaved()
    await nextTick()
    const notice = wrapper.find('[data-testid="offline-ready"]')
    expect(notice.text()).toContain('オフラインでも使えるようになりました')
    expect(wrapper.find('[role="status"]').attributes('aria-live')).toBe('polite')
    await notice.find('button').trigger('click')
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
  })

  it('says when saving for offline use failed and that it will try again, until it succeeds', async () => {
    const wrapper = mount(PwaStatus)
    markSaveFailed()
    await nextTick()
    expect(wrapper.find('[data-testid="offline-failed"]').text()).toContain('自動でやり直します')
    markSaved()
    await nextTick()
    expect(wrapper.find('[data-testid="offline-failed"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(true)
    // A failed update leaves the copy there is: nothing to warn about.
    markSaveFailed()
    expect(saveFailed.value).toBe(false)
  })

  it('asks before updating, warns what a reload clears, and only updates on the user’s request', async () => {
    const update = vi.fn(async () => {})
    setUpdater(update)
    const wrapper = mount(PwaStatus)
    needRefresh.value = true
    await nextTick()
    expect(wrapper.text()).toContain('新しい版があります')
    expect(wrapper.text()).toContain('タイマーは続きます')
    expect(update).not.toHaveBeenCalled()
    const later = wrapper.findAll('.pwa-update button')[1]
    await later!.trigger('click')
    expect(needRefresh.value).toBe(false)
    expect(update).not.toHaveBeenCalled()
    needRefresh.value = true
    await nextTick()
    await wrapper.findAll('.pwa-update button')[0]!.trigger('click')
    expect(update).toHaveBeenCalledWith(true)
  })

  it('hides the notice by itself after a few seconds, so it never stays over the content', async () => {
    vi.useFakeTimers()
    const wrapper = mount(PwaStatus, { props: { noticeMs: 8000 } })
    markSaved()
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(true)
    vi.advanceTimersByTime(7999)
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(true)
    vi.advanceTimersByTime(1)
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
  })

  it('hides the notice on the next page', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }, { path: '/b', component: { render: () => null } }] })
    await router.push('/')
    const wrapper = mount(PwaStatus, { global: { plugins: [router] } })
    markSaved()
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(true)
    await router.push('/b')
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
  })

  it('shows the notice again when a language is added to the offline copy after the first notice went away', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }, { path: '/en', component: { render: () => null } }] })
    await router.push('/')
    const wrapper = mount(PwaStatus, { global: { plugins: [router] } })
    markSaved()
    await nextTick()
    await router.push('/en')
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
    markSaved()
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(true)
  })

  it('shows no notice on a later visit, when the worker was already active', async () => {
    const wrapper = mount(PwaStatus)
    markAlreadySaved()
    await nextTick()
    expect(offlineReady.value).toBe(true)
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
  })
})

describe('OfflineState (footer)', () => {
  it('says the app is being saved, then that it works offline and since when', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    const wrapper = mount(OfflineState)
    expect(wrapper.text()).toContain('この端末へ保存しています')
    markSaved(new Date(2026, 3, 1, 9, 5).getTime())
    await nextTick()
    const line = wrapper.find('[data-testid="offline-state"]')
    expect(line.attributes('data-ready')).toBe('true')
    expect(line.text()).toContain('オフラインでも使えます')
    expect(line.text()).toContain('4月1日 09:05にこの端末へ保存')
    // Stored in a task of its own, not in the one that shows it.
    expect(localStorage.getItem(OFFLINE_SAVED_KEY)).toBeNull()
    await new Promise((done) => setTimeout(done, 0))
    expect(localStorage.getItem(OFFLINE_SAVED_KEY)).toBe(String(new Date(2026, 3, 1, 9, 5).getTime()))
  })

  it('writes the time as toLocaleString would in Japanese, padding hours and minutes', () => {
    for (const date of [new Date(2026, 0, 9, 0, 0), new Date(2026, 11, 31, 23, 59), new Date(2027, 3, 1, 9, 5)]) {
      const intl = date.toLocaleString('ja-JP', { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })
      expect(appText.offlineSavedAt(date)).toBe(`（${intl}にこの端末へ保存）`)
    }
  })

  it('on a later visit reads when it was saved; damaged storage just leaves the time out', async () => {
    localStorage.setItem(OFFLINE_SAVED_KEY, String(new Date(2026, 3, 2, 18, 30).getTime()))
    const wrapper = mount(OfflineState)
    markAlreadySaved()
    await nextTick()
    expect(wrapper.text()).toContain('4月2日 18:30にこの端末へ保存')
    savedAt.value = null
    localStorage.setItem(OFFLINE_SAVED_KEY, 'garbage')
    markAlreadySaved()
    await nextTick()
    expect(wrapper.text()).toContain('オフラインでも使えます')
    expect(wrapper.text()).not.toContain('保存）')
  })
})
