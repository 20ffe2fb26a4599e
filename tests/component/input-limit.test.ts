// @vitest-environment happy-dom
/**
 * Every field's length limit (src/lib/limits.ts): a paste longer than the room left is cut in the page to
 * exactly the room (never splitting a character), what was typed before stays, and a polite notice tied to
 * the field says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, type Component } from 'vue'
import { RouterLinkStub, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import PasswordPractice from '@/tools/password/PasswordPractice.vue'
import EmailField from '@/tools/email/EmailField.vue'
import SetupKeyChecker from '@/tools/setup-key/SetupKeyChecker.vue'
import OmuidChecker from '@/tools/omuid/OmuidChecker.vue'
import InquiryView from '@/tools/inquiry/InquiryView.vue'
import SearchBox from '@/shell/SearchBox.vue'
import { routes } from '@/router'
import { LIMITS } from '@/lib/limits'
import { ANNOUNCE_DELAY_MS } from '@/composables/usePoliteAnnouncer'
import { useInputLimit } from '@/composables/useInputLimit'
import LimitNotice from '@/components/LimitNotice.vue'
import { appText } from '@/locales/app'

const wrappers: VueWrapper[] = []
afterEach(() => {
  while (wrappers.length) wrappers.pop()?.unmount()
  vi.useRealTimers()
})

async function mountIn(component: Component, props: Record<string, unknown> = {}): Promise<VueWrapper> {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/')
  await router.isReady()
  const w = mount(component, { props, attachTo: document.body, global: { plugins: [router], stubs: { RouterLink: RouterLinkStub } } })
  wrappers.push(w)
  await flushPromises()
  return w
}

/** A paste of `text` at the field's selection, as the browser dispatches it (the page may cancel it). */
function paste(el: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  el.focus()
  const e = new Event('paste', { bubbles: true, cancelable: true })
  Object.defineProperty(e, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } })
  const notCancelled = el.dispatchEvent(e)
  // The browser's own insertion, when the page left the paste alone.
  if (notCancelled) {
    el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end')
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }))
  }
  return notCancelled
}

/** The texts the field's aria-describedby names. */
function described(el: Element): string[] {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing ${id})`)
}

const MEGABYTE = 'a'.repeat(1_000_000)

const FIELDS: [string, Component, Record<string, unknown>, string, number][] = [
  ['新しいパスワード', PasswordPractice, {}, '[data-test="new-password"]', LIMITS.password],
  ['パスワード（確認）', PasswordPractice, {}, '[data-test="confirm-password"]', LIMITS.password],
  ['再発行用メールアドレス', EmailField, { standalone: true }, '[data-test="email-input"]', LIMITS.email],
  ['セットアップキー', SetupKeyChecker, {}, '[data-test="input"]', LIMITS.setupKey],
  ['OMUID', OmuidChecker, {}, '[data-test="input"]', LIMITS.omuid],
  ['検索', SearchBox, {}, 'input[role="combobox"]', LIMITS.search],
  ['画面のメッセージ（問い合わせ）', InquiryView, {}, 'input[name="message"]', LIMITS.inquiryMessage],
  ['端末（問い合わせ）', InquiryView, {}, 'input[name="device"]', LIMITS.inquiryDevice],
  ['伝えたいこと（問い合わせ）', InquiryView, {}, 'textarea[name="details"]', LIMITS.inquiryDetails],
]

describe.each(FIELDS)('%s', (_name, component, props, selector, max) => {
  it(`has maxlength ${max}, cuts a 1 MB paste to it, keeps what was typed and says so politely`, async () => {
    const w = await mountIn(component, props)
    const el = w.get<HTMLInputElement>(selector).element
    expect(el.getAttribute('maxlength')).toBe(String(max))
    el.value = ''
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }))
    await nextTick()
    expect(described(el).join()).not.toContain(appText.limitPasted(max))

    // Typed first: kept, and the paste fills only the room left.
    el.value = 'xy'
    el.setSelectionRange(2, 2)
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'y' }))
    expect(paste(el, MEGABYTE)).toBe(false)
    await flushPromises()
    expect(el.value).toHaveLength(max)
    expect(el.value.startsWith('xy')).toBe(true)
    await new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 20))
    const notice = w.findAll('[data-test="limit-notice"]').find((n) => n.text() !== '')
    expect(notice?.text()).toBe(appText.limitPasted(max))
    expect(notice?.attributes('role')).toBe('status')
    expect(described(el)).toContain(appText.limitPasted(max))

    // Deleting something ends the notice.
    el.value = el.value.slice(0, -1)
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }))
    await nextTick()
    expect(described(el)).not.toContain(appText.limitPasted(max))
  })
})

describe('useInputLimit', () => {
  const Host = defineComponent({
    setup() {
      const limit = useInputLimit(10)
      return () => h('div', [h('input', { 'aria-describedby': limit.describedBy.value, ...limit.attrs, 'data-test': 'f' }), h(LimitNotice, { limit })])
    },
  })

  it('leaves a paste that fits alone, and says nothing', async () => {
    const w = mount(Host, { attachTo: document.body })
    wrappers.push(w)
    const el = w.get<HTMLInputElement>('[data-test="f"]').element
    expect(paste(el, '0123456789')).toBe(true)
    await new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 20))
    expect(el.value).toBe('0123456789')
    expect(w.get('[data-test="limit-notice"]').text()).toBe('')
    expect(el.hasAttribute('aria-describedby')).toBe(false)
  })

  it('replaces the selection, never splits an emoji, and stops typing at the limit with one notice', async () => {
    const w = mount(Host, { attachTo: document.body })
    wrappers.push(w)
    const el = w.get<HTMLInputElement>('[data-test="f"]').element
    el.value = 'abcdef'
    el.setSelectionRange(2, 6) // "cdef" is replaced: room for 8
    paste(el, '1234567😀😀')
    expect(el.value).toBe('ab1234567') // the emoji would straddle the limit: left out whole
    const key = () => new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: 'z' })
    el.setSelectionRange(9, 9)
    const fits = key()
    el.dispatchEvent(fits)
    expect(fits.defaultPrevented).toBe(false) // one more character fits: the browser types it
    el.value = 'ab1234567z'
    el.setSelectionRange(10, 10)
    const full = key()
    el.dispatchEvent(full)
    expect(full.defaultPrevented).toBe(true)
    expect(el.value).toBe('ab1234567z')
    await new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 20))
    expect(w.get('[data-test="limit-notice"]').text()).toBe(appText.limitTyped(10))
  })
})

describe('text that went in before hydration', () => {
  it('the search box says it is full when maxlength alone cut what was pasted before it could listen', async () => {
    // The prerendered box, already holding what maxlength let in.
    const prerendered = document.createElement('input')
    prerendered.id = 'site-search-input'
    prerendered.value = 'x'.repeat(LIMITS.search)
    document.body.append(prerendered)
    try {
      const w = await mountIn(SearchBox)
      await new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 20))
      const el = w.get<HTMLInputElement>('input[role="combobox"]').element
      expect(el.value).toHaveLength(LIMITS.search)
      expect(described(el)).toContain(appText.limitTyped(LIMITS.search))
    } finally {
      prerendered.remove()
    }
  })

  it('says nothing when what was typed before hydration fits', async () => {
    const prerendered = document.createElement('input')
    prerendered.id = 'site-search-input'
    prerendered.value = 'x'.repeat(LIMITS.search - 1)
    document.body.append(prerendered)
    try {
      const w = await mountIn(SearchBox)
      await new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 20))
      const el = w.get<HTMLInputElement>('input[role="combobox"]').element
      expect(el.value).toHaveLength(LIMITS.search - 1)
      expect(el.hasAttribute('aria-describedby')).toBe(false)
    } finally {
      prerendered.remove()
    }
  })
})
