// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import PwaStatus from '@/shell/PwaStatus.vue'
import { needRefresh, offlineReady, setUpdater } from '@/pwa/state'

afterEach(() => {
  needRefresh.value = false
  offlineReady.value = false
})

describe('PwaStatus', () => {
  it('says quietly, once, that the app now works offline, and can be closed', async () => {
    const wrapper = mount(PwaStatus)
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
    offlineReady.value = true
    await nextTick()
    const notice = wrapper.find('[data-testid="offline-ready"]')
    expect(notice.text()).toContain('オフラインでも使えるようになりました')
    expect(wrapper.find('[role="status"]').attributes('aria-live')).toBe('polite')
    await notice.find('button').trigger('click')
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
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
})
