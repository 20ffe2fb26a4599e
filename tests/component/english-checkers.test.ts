// @vitest-environment happy-dom
/**
 * The checkers on an English page: every finding, character line and one-tap fix is explained in English,
 * while the real screen's message is shown in Japanese exactly as the screen shows it, with its English
 * gloss (from faq/en/screen-messages.yaml), and the field's description includes both. On a Japanese page
 * the same message has no gloss.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { nextTick, type Component } from 'vue'
import { RouterLinkStub, mount, type VueWrapper } from '@vue/test-utils'
import glosses from 'virtual:screen-messages/en'
import { setLanguage } from '@/i18n'
import { screenMessages } from '@/content/screenMessages'
import { ANNOUNCE_DELAY_MS } from '@/composables/usePoliteAnnouncer'
import PasswordPractice from '@/tools/password/PasswordPractice.vue'
import EmailField from '@/tools/email/EmailField.vue'
import SetupKeyChecker from '@/tools/setup-key/SetupKeyChecker.vue'
import OmuidChecker from '@/tools/omuid/OmuidChecker.vue'
import { useEnglish } from '../fixtures/english'

const wrappers: VueWrapper[] = []
async function mountIn(lang: string, component: Component, props: Record<string, unknown> = {}): Promise<VueWrapper> {
  setLanguage(lang)
  const w = mount(component, { props, attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } })
  wrappers.push(w)
  await nextTick()
  return w
}

beforeAll(useEnglish)
afterEach(() => {
  while (wrappers.length) wrappers.pop()!.unmount()
  setLanguage('ja')
})

const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/
/** The text without its quotations: screen strings in 「」 (nested too) and characters shown in “”. */
function unquoted(text: string): string {
  let s = text
  for (let before = ''; before !== s; ) {
    before = s
    s = s.replace(/「[^「」]*」/g, '')
  }
  return s.replace(/“[^”]*”/g, '')
}
/** Fails naming each text that has Japanese outside its quotations (or is empty). */
function expectEnglish(texts: string[]): void {
  expect(texts.length).toBeGreaterThan(0)
  expect(texts.filter((t) => t.trim() === '' || JAPANESE.test(unquoted(t)) || !/[a-z]{3}/.test(t))).toEqual([])
}
const textsOf = (w: VueWrapper, selector: string): string[] => w.findAll(selector).map((e) => e.text())
/** The texts an element's aria-describedby names. */
const described = (el: Element): string =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join('\n')

describe('the password practice in English', () => {
  async function checked(lang: string): Promise<VueWrapper> {
    const w = await mountIn(lang, PasswordPractice)
    await w.get('[data-test="new-password"]').setValue('Password１ ')
    await w.get('[data-test="confirm-password"]').setValue('Password1')
    await w.get('form.practice-form').trigger('submit')
    await nextTick()
    return w
  }

  it('shows the screen’s red lines in Japanese, exactly, each with its English gloss, and explains in English', async () => {
    const w = await checked('en')
    const lines = w.findAll('.screen-msg')
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const line of lines) {
      const ja = line.get('[lang="ja"]').text()
      expect(Object.values(screenMessages)).toContain(ja)
      expect(line.get('.screen-gloss').text()).toBe(`Meaning: “${glosses[ja]}”`)
    }
    expect(lines.map((l) => l.get('[lang="ja"]').text())).toContain(screenMessages['missing-class'])
    expectEnglish(textsOf(w, '.field-findings .explain'))
    expectEnglish(textsOf(w, '.field-findings .chars li'))
    expectEnglish(textsOf(w, '[data-fix]'))
    // The summary is announced once the check settles.
    await new Promise((done) => setTimeout(done, ANNOUNCE_DELAY_MS + 50))
    expectEnglish([w.get('[data-test="status"]').text()])
    // The field's description reads the message and what it means.
    const input = w.get('[data-test="new-password"]').element
    expect(described(input)).toContain(screenMessages['missing-class'])
    expect(described(input)).toContain(glosses[screenMessages['missing-class']]!)
  })

  it('on a Japanese page, the same lines have no gloss', async () => {
    const w = await checked('ja')
    expect(w.findAll('.screen-msg').length).toBeGreaterThanOrEqual(2)
    expect(w.find('.screen-gloss').exists()).toBe(false)
  })
})

describe('the email check in English', () => {
  it('quotes 「入力書式が正しくありません。」 with its gloss, explains and offers the fix in English, and the fix works', async () => {
    const w = await mountIn('en', EmailField, { standalone: true })
    await w.get('[data-test="email-input"]').setValue('taro＠gmail.com')
    await w.get('form').trigger('submit')
    await nextTick()
    const line = w.get('.screen-msg')
    expect(line.get('[lang="ja"]').text()).toBe(screenMessages['email-format'])
    expect(line.get('.screen-gloss').text()).toBe('Meaning: “The input format is incorrect.”')
    expectEnglish(textsOf(w, '.field-findings .explain'))
    expectEnglish(textsOf(w, '.field-findings .chars li'))
    const fix = w.get('[data-fix]')
    expectEnglish([fix.text()])
    await fix.trigger('click')
    await nextTick()
    expect((w.get('[data-test="email-input"]').element as HTMLInputElement).value).toBe('taro@gmail.com')
  })
})

describe('the setup key and OMUID checks in English', () => {
  it('setup key: 「無効なキー」 (“Invalid key”) as the screen says it, findings and the cleaned key in English', async () => {
    const w = await mountIn('en', SetupKeyChecker)
    await w.get('textarea[data-test="input"]').setValue(' JBSW Y3DP EHPK 3PXＰ')
    await w.get('form').trigger('submit')
    await nextTick()
    const screens = textsOf(w, '.finding .screen')
    expect(screens.length).toBeGreaterThan(0)
    for (const s of screens) expect(s).toBe(`The real screen shows 「${screenMessages['invalid-key']}」 (“Invalid key”).`)
    expectEnglish(textsOf(w, '.finding > p:first-child'))
    expectEnglish(textsOf(w, '[data-test="char-issue"]'))
    expectEnglish([w.get('[data-test="status"]').text(), w.get('[data-test="cleaned-block"]').text()])
  })

  it('OMUID: findings and the one-tap fix in English, and the fix works', async () => {
    const w = await mountIn('en', OmuidChecker)
    await w.get('[data-test="input"]').setValue('ａｂ１２３４５')
    await w.get('form').trigger('submit')
    await nextTick()
    expectEnglish(textsOf(w, '.finding > p:first-child'))
    expectEnglish(textsOf(w, '[data-test="char-issue"]'))
    const fix = w.get('[data-test="fix"]')
    expectEnglish([fix.text(), w.get('[data-test="status"]').text()])
    await fix.trigger('click')
    await nextTick()
    expect((w.get('[data-test="input"]').element as HTMLInputElement).value).toBe('ab12345')
  })
})
