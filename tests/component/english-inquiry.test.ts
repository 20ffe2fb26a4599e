// @vitest-environment happy-dom
/**
 * The inquiry page in English: the draft is English with the inquiry form's choices quoted in Japanese (with
 * their gloss); the message chips are the English edition's, the Japanese message as the screen shows it
 * with its gloss; the draft can be produced in Japanese for the help desk, and switching (the draft's
 * language or the page's) loses nothing typed. The Japanese page offers no such choice.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { RouterView, type Router } from 'vue-router'
import enMessages from 'virtual:faq-messages/en'
import { questions as enQuestions, steps as enSteps } from 'virtual:faq/en'
import { setLanguage } from '@/i18n'
import { questionById, stepById } from '@/content/faq'
import { createRouter } from '@/router'
import { FORM_KIND_START } from '@/tools/inquiry/inquiry'
import { useEnglish } from '../fixtures/english'

const LINE_ON_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.6.0'
const ID = 'invalid-key'

const wrappers: VueWrapper[] = []
let router: Router

async function mountAt(path: string): Promise<VueWrapper> {
  router = createRouter(true)
  await router.push(path)
  await router.isReady()
  const w = mount({ render: () => h(RouterView) }, { global: { plugins: [router] }, attachTo: document.body })
  wrappers.push(w)
  await vi.waitFor(async () => {
    await flushPromises()
    expect(w.find('[data-test="inquiry-text"]').exists()).toBe(true)
  })
  await flushPromises()
  return w
}
const draft = (w: VueWrapper): string => (w.get('[data-test="inquiry-text"]').element as HTMLTextAreaElement).value
const field = (w: VueWrapper, name: string): HTMLInputElement | HTMLTextAreaElement => w.get(`[name="${name}"]`).element as HTMLInputElement

beforeAll(useEnglish)
beforeEach(() => {
  Object.defineProperty(window.navigator, 'userAgent', { value: LINE_ON_IPHONE, configurable: true })
  Object.defineProperty(window.navigator, 'maxTouchPoints', { value: 5, configurable: true })
  sessionStorage.clear()
})
afterEach(() => {
  while (wrappers.length) wrappers.pop()!.unmount()
  setLanguage('ja')
})

describe('the inquiry page in English', () => {
  it('writes the draft in English, with the form’s choice quoted in Japanese and glossed', async () => {
    const w = await mountAt(`/en/inquiry?from=${ID}`)
    const text = draft(w)
    const en = enQuestions.find((q) => q.id === ID)!
    expect(text).toContain('[What to choose in the inquiry form]')
    expect(text).toContain(`「${FORM_KIND_START}」 (“About the start-up procedure (for new students and new hires)”)`)
    expect(text).toContain(`- Problem: ${en.title}`)
    expect(text).toContain(`- Step (screen): ${enSteps.find((s) => s.id === en.step)!.title}`)
    expect(text).toContain('- Device and browser: iPhone / browser inside the LINE app')
    expect(text).not.toContain(questionById(ID, 'ja')!.title)
  })

  it('offers the English edition’s messages: the Japanese as on the screen, with its gloss; a tap puts in the Japanese', async () => {
    const w = await mountAt(`/en/inquiry?from=${ID}`)
    const expected = enMessages[ID]!
    expect(expected.length).toBeGreaterThan(0)
    const chips = w.findAll('.chip-btn')
    expect(chips).toHaveLength(expected.length)
    chips.forEach((chip, i) => {
      expect(chip.get('[lang="ja"]').text()).toBe(`「${expected[i]!.text}」`)
      expect(chip.get('.gloss').text()).toBe(`(“${expected[i]!.gloss}”)`)
    })
    await chips[0]!.trigger('click')
    expect(field(w, 'message').value).toBe(expected[0]!.text)
    expect(chips[0]!.attributes('aria-pressed')).toBe('true')
    expect(draft(w)).toContain(`- Message shown on the screen: 「${expected[0]!.text}」`)
  })

  it('produces the draft in Japanese for the help desk on request, and back, keeping everything typed', async () => {
    const w = await mountAt(`/en/inquiry?from=${ID}`)
    const group = w.get('[data-test="draft-language"]')
    expect(group.element.tagName).toBe('FIELDSET')
    expect(group.get('legend').text()).toBe('Language of the inquiry')
    expect(w.find(`#${group.attributes('aria-describedby')}`).text()).toMatch(/inquiry form is in Japanese/)
    const radios = group.findAll('input[type="radio"]')
    expect(radios.map((r) => r.element.closest('label')?.textContent?.trim())).toEqual(['English', 'Japanese (for the help desk)'])
    expect((radios[0]!.element as HTMLInputElement).checked).toBe(true)

    await w.get('[name="details"]').setValue('I pasted the key from my notes.')
    await w.get('[name="message"]').setValue('無効なキー')
    const english = draft(w)
    await radios[1]!.setValue(true)
    const japanese = draft(w)
    expect(japanese.startsWith('【お問い合わせフォームで選ぶ項目】')).toBe(true)
    expect(japanese).toContain(`・「7.お問い合わせの種類」：「${FORM_KIND_START}」`)
    expect(japanese).toContain(`・困っていること：${questionById(ID, 'ja')!.title}`)
    expect(japanese).toContain(`・手順（画面）：${stepById(questionById(ID, 'ja')!.step, 'ja')!.title}`)
    expect(japanese).toContain('・画面に出たメッセージ：「無効なキー」')
    // The device read from the browser, in Japanese; what was typed, as typed.
    expect(japanese).toContain('・使っている機器とブラウザ：iPhone / LINEアプリ内のブラウザ')
    expect(japanese).toContain('I pasted the key from my notes.')
    expect(japanese).not.toMatch(/\[What to choose|Problem:/)
    expect(w.get('[data-test="inquiry-text"]').attributes('lang')).toBe('ja')
    // Nothing typed changed; back in English, the same draft as before.
    expect(field(w, 'details').value).toBe('I pasted the key from my notes.')
    expect(field(w, 'message').value).toBe('無効なキー')
    await radios[0]!.setValue(true)
    expect(draft(w)).toBe(english)
    expect(w.get('[data-test="inquiry-text"]').attributes('lang')).toBeUndefined()
  })

  it('keeps a device the user corrected as typed, in the Japanese draft too', async () => {
    const w = await mountAt(`/en/inquiry?from=${ID}`)
    await w.get('[name="device"]').setValue('Pixel 8 / Chrome')
    await w.findAll('[data-test="draft-language"] input[type="radio"]')[1]!.setValue(true)
    expect(draft(w)).toContain('・使っている機器とブラウザ：Pixel 8 / Chrome')
  })

  it('loses nothing typed on a move to the Japanese page, which offers no language choice', async () => {
    const w = await mountAt(`/en/inquiry?from=${ID}`)
    await w.get('[name="details"]').setValue('It happened twice.')
    await router.push(`/inquiry?from=${ID}`)
    await flushPromises()
    expect(field(w, 'details').value).toBe('It happened twice.')
    expect(w.find('[data-test="draft-language"]').exists()).toBe(false)
    expect(draft(w)).toContain(`・困っていること：${questionById(ID, 'ja')!.title}`)
    expect(draft(w)).toContain('It happened twice.')
    // The Japanese chips: the message alone, no gloss.
    expect(w.find('.chip-btn').exists()).toBe(true)
    expect(w.find('.chip-btn .gloss').exists()).toBe(false)
  })
})
