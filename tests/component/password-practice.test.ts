// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { RouterLinkStub, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import PasswordPractice from '@/tools/password/PasswordPractice.vue'
import PasswordView from '@/tools/password/PasswordView.vue'
import { ANNOUNCE_DELAY_MS } from '@/composables/usePoliteAnnouncer'
import { passwordRuleList, passwordRulesAttribute } from '@/tools/password/password'
import { screenMessages } from '@/content/screenMessages'
import { checkersText } from '@/locales/checkers'
import { practiceText as t } from '@/locales/practice'

const wrappers: VueWrapper[] = []

async function mountForm(): Promise<VueWrapper> {
  const w = mount(PasswordPractice, {
    attachTo: document.body, // focus checks need a connected document
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
  wrappers.push(w)
  await nextTick() // onMounted enables the inputs
  return w
}

const newInput = (w: VueWrapper) => w.get<HTMLInputElement>('[data-test="new-password"]')
const confirmInput = (w: VueWrapper) => w.get<HTMLInputElement>('[data-test="confirm-password"]')
const emailInput = (w: VueWrapper) => w.get<HTMLInputElement>('[data-test="email-input"]')
const status = (w: VueWrapper) => w.get('[data-test="status"]').text()

/** The element ids an input's aria-describedby names, resolved to their text (all must exist). */
function describedTexts(input: Pick<DOMWrapper<HTMLInputElement>, 'attributes'>): string[] {
  const ids = (input.attributes('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => {
    const el = document.getElementById(id)
    expect(el, `aria-describedby names a missing id ${id}`).not.toBeNull()
    return el?.textContent ?? ''
  })
}

/** The findings block rendered right under an input (same .field). */
function blockUnder(input: Pick<DOMWrapper<HTMLInputElement>, 'element'>): string {
  const field = input.element.closest('.field')
  return field?.querySelector('.field-findings')?.textContent ?? ''
}

async function submit(w: VueWrapper): Promise<void> {
  await w.get('form.practice-form').trigger('submit')
  await nextTick()
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  wrappers.splice(0).forEach((w) => w.unmount())
  vi.useRealTimers()
  localStorage.clear()
  sessionStorage.clear()
})

describe('PasswordPractice: the fields mirror the real screen', () => {
  it('labels, attributes and the 現在のパスワード explanation', async () => {
    const w = await mountForm()
    const labels = w.findAll('label').map((l) => l.text())
    expect(labels).toEqual(['新しいパスワード', '新しいパスワード(確認)', 'パスワード再発行用メールアドレス'])
    for (const input of [newInput(w), confirmInput(w)]) {
      // every input has its <label for>
      expect(w.find(`label[for="${input.attributes('id')}"]`).exists()).toBe(true)
      expect(input.attributes('type')).toBe('password')
      expect(input.attributes('autocomplete')).toBe('off')
      expect(input.attributes('autocapitalize')).toBe('off')
      expect(input.attributes('spellcheck')).toBe('false')
      expect(input.attributes('passwordrules')).toBe(passwordRulesAttribute())
      expect(input.attributes('disabled')).toBeUndefined()
      expect(input.attributes('aria-invalid')).toBe('false')
    }
    expect(w.text()).toContain(checkersText.CURRENT_PASSWORD_NOTE)
    expect(w.text()).toContain('パスワードが正しくありません。')
  })

  it('the rule list comes from passwordRuleList, with the unpublished-symbols note; advice is separate', async () => {
    const w = await mountForm()
    const rules = w.get('[data-test="rule-list"]')
    const items = rules.findAll(':scope > li')
    expect(items).toHaveLength(passwordRuleList().length)
    passwordRuleList().forEach((rule, i) => expect(items[i]?.text()).toContain(checkersText.passwordRuleLabel(rule)))
    // allowed-chars is our default (not published), so the note is there, next to that rule
    const unpublished = passwordRuleList().filter((r) => !r.published)
    expect(unpublished.length).toBeGreaterThan(0)
    expect(rules.findAll('[data-test="unpublished-note"]')).toHaveLength(unpublished.length)
    expect(rules.text()).toContain(checkersText.PASSWORD_RULE_UNPUBLISHED_NOTE)
    const advice = w.get('section.advice')
    expect(advice.text()).toContain(checkersText.PASSWORD_ADVICE.heading)
    expect(rules.text()).not.toContain(checkersText.PASSWORD_ADVICE.items[0])
  })
})

describe('PasswordPractice: live checklist', () => {
  it('ticks rules as the user types, with text marks, and does not announce anything', async () => {
    const w = await mountForm()
    const state = () =>
      w.get('[data-test="checklist"]').findAll('li').map((li) => [li.attributes('data-met'), li.text()] as const)
    await newInput(w).setValue('abc')
    let items = state()
    expect(items[0]).toEqual(['false', expect.stringContaining('いま3文字')])
    expect(items[0]?.[1]).toContain('まだです：')
    expect(items[0]?.[1]).toContain('✗')
    const lower = items.find(([, text]) => text.includes('半角英小文字'))
    expect(lower?.[0]).toBe('true')
    expect(lower?.[1]).toContain('✓')
    expect(lower?.[1]).toContain('満たしています：')
    expect(items.find(([, text]) => text.includes('半角英大文字'))?.[0]).toBe('false')

    await newInput(w).setValue('Abcdefgh1234')
    items = state()
    expect(items.every(([met]) => met === 'true')).toBe(true)
    expect(items[0]?.[1]).toContain('いま12文字')

    await newInput(w).setValue('Abcdefgh123Ａ')
    expect(state().find(([, text]) => text.includes('使えるのは'))?.[0]).toBe('false')
    await vi.advanceTimersByTimeAsync(1000)
    expect(status(w)).toBe('')
    // before 確認 no red message is shown
    expect(w.find('.field-findings').exists()).toBe(false)
  })
})

describe('PasswordPractice: 確認', () => {
  it('a full-width letter: the exact screen message under 新しいパスワード, wired with aria-describedby, chars hidden', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Ａbcdefgh1234')
    await confirmInput(w).setValue('Ａbcdefgh1234')
    await submit(w)

    const input = newInput(w)
    expect(input.attributes('aria-invalid')).toBe('true')
    const under = blockUnder(input)
    expect(under).toContain(screenMessages['disallowed-char'])
    expect(under).toContain(screenMessages['not-allowed-char'])
    expect(under).toContain(t.screenEitherNote)
    const described = describedTexts(input)
    expect(described.some((s) => s.includes(screenMessages['disallowed-char']) && s.includes(screenMessages['not-allowed-char']))).toBe(true)
    expect(described.some((s) => s.includes('使えない文字が1文字'))).toBe(true)
    // shown under this field only, not under the confirmation
    expect(w.get('.screen-msg').element.closest('.field')).toBe(input.element.closest('.field'))
    expect(blockUnder(confirmInput(w))).toBe('')
    // the character by position and plain name, but not the character itself while hidden
    const chars = w.get('[data-test="chars"]').text()
    expect(chars).toBe('1文字目：全角英字 →半角に直せます')
    expect(under).not.toContain('Ａ')
    expect(under).toContain(t.password.hiddenCharsNote)
    // the password is in no attribute and no text: only in the input's value
    expect(w.html()).not.toContain('bcdefgh1234')
  })

  it('the one-tap fix replaces only the bad character, in both fields when they held the same text, and focuses the field', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Ａbcdefgh1234')
    await confirmInput(w).setValue('Ａbcdefgh1234')
    await submit(w)
    await w.get('button[data-fix="halfwidth"]').trigger('click')
    await nextTick()
    expect(newInput(w).element.value).toBe('Abcdefgh1234')
    expect(confirmInput(w).element.value).toBe('Abcdefgh1234')
    expect(document.activeElement).toBe(newInput(w).element)
    expect(w.find('[data-code="disallowed-char"]').exists()).toBe(false)
    expect(newInput(w).attributes('aria-invalid')).toBe('false')
    expect(confirmInput(w).attributes('aria-invalid')).toBe('false')
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    expect(status(w)).toContain(t.fixedAnnounce('新しいパスワード'))
  })

  it('a fix never loses input: characters without a half-width form stay for the user to change', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Ａbcdefgh1234あ')
    await submit(w)
    await w.get('button[data-fix="halfwidth"]').trigger('click')
    await nextTick()
    expect(newInput(w).element.value).toBe('Abcdefgh1234あ')
    expect(w.get('[data-test="chars"]').text()).toBe('13文字目：ひらがな・カタカナ・漢字')
  })

  it('a long paste: the count covers every bad character, not only the listed ones', async () => {
    const w = await mountForm()
    // MAX_LISTED_CHARS (200) are listed; the sentence must still count all 250 (data.count).
    await newInput(w).setValue('Abc1' + 'あ'.repeat(250))
    await submit(w)
    const f = w.get('[data-code="disallowed-char"]')
    expect(f.text()).toContain('パスワードに使えない文字が250文字入っています。')
    expect(f.findAll('[data-test="chars"] li')).toHaveLength(200)
    expect(f.text()).toContain(t.moreChars(50))
  })

  it('showing the password reveals the characters; aria-pressed follows', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Ａbcdefgh1234')
    await submit(w)
    const toggle = w.get('[data-test="toggle"]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(newInput(w).attributes('type')).toBe('text')
    expect(confirmInput(w).attributes('type')).toBe('text')
    expect(w.get('[data-test="chars"]').text()).toBe('1文字目：全角英字「Ａ」 →「A」')
    await toggle.trigger('click')
    expect(newInput(w).attributes('type')).toBe('password')
  })

  it('missing classes: the exact message; too short: our wording, said to be ours', async () => {
    const w = await mountForm()
    await newInput(w).setValue('abcdef')
    await confirmInput(w).setValue('abcdef')
    await submit(w)
    const under = blockUnder(newInput(w))
    expect(under).toContain(screenMessages['missing-class'])
    expect(under).toContain('いま6文字です。12文字以上にしてください（あと6文字）。')
    const short = w.get('[data-code="too-short"]')
    expect(short.text()).toContain(t.ourWordingNote)
    expect(w.get('[data-code="missing-class"]').text()).not.toContain(t.ourWordingNote)
  })

  it('mismatch: shown under 新しいパスワード with the first differing position and cause, never the characters', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Abcdefgh1234')
    await confirmInput(w).setValue('Abcdefgh1234 ')
    await submit(w)
    const under = blockUnder(newInput(w))
    expect(under).toContain(screenMessages['confirm-mismatch'])
    expect(under).toContain('13文字目から違っています')
    expect(under).toContain(checkersText.DIFFERENCE_CAUSE_TEXT['trailing-space'])
    expect(under).toContain(t.password.mismatchNoReveal)
    expect(w.html()).not.toContain('Abcdefgh')
    // both inputs are marked, and the confirmation points at the mismatch message
    expect(newInput(w).attributes('aria-invalid')).toBe('true')
    expect(confirmInput(w).attributes('aria-invalid')).toBe('true')
    const described = describedTexts(confirmInput(w))
    expect(described).toContain(screenMessages['confirm-mismatch'])
    expect(described.some((s) => s.includes('13文字目'))).toBe(true)
  })

  it('mismatch by width is explained as such', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Abcdefgh1234')
    await confirmInput(w).setValue('Abcdefgh１234')
    await submit(w)
    expect(blockUnder(newInput(w))).toContain('9文字目から違っています')
    expect(blockUnder(newInput(w))).toContain(checkersText.DIFFERENCE_CAUSE_TEXT.width)
  })

  it('the status region announces once after 確認, not on each key press', async () => {
    const w = await mountForm()
    const region = w.get('[data-test="status"]')
    expect(region.attributes('role')).toBe('status')
    // Besides the fields' length-limit notices (one per field, silent until a paste or typing is cut).
    expect(w.findAll('[role="status"]:not([data-test="limit-notice"])')).toHaveLength(1)
    const heard: string[] = []
    const listen = () => {
      const now = status(w)
      if (now !== '' && now !== heard[heard.length - 1]) heard.push(now)
    }
    for (const v of ['A', 'Ab', 'Abc']) {
      await newInput(w).setValue(v)
      await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS * 2)
      listen()
    }
    expect(heard).toEqual([])
    await submit(w)
    expect(status(w)).toBe('') // emptied first, filled a moment later
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    listen()
    expect(heard).toHaveLength(1)
    expect(heard[0]).toBe(
      t.password.summary({ newPassword: { error: 2, warning: 0, info: 0 }, confirm: { error: 1, warning: 0, info: 0 }, email: { error: 0, warning: 0, info: 0 } }),
    )
    // Practising a password needs no address: the empty one is not counted as an error.
    expect(heard[0]).toBe(
      '確認しました。新しいパスワード：エラー2件。新しいパスワード(確認)：エラー1件。パスワード再発行用メールアドレス：問題なし。各欄の下に、直し方を表示しています。',
    )
    // typing afterwards updates the messages live but announces nothing; the stale summary is emptied
    await newInput(w).setValue('Abcd')
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS * 2)
    listen()
    expect(heard).toHaveLength(1)
    expect(status(w)).toBe('')
    expect(blockUnder(newInput(w))).toContain('いま4文字')
  })

  it('the embedded email field is checked by the same 確認', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Abcdefgh1234')
    await confirmInput(w).setValue('Abcdefgh1234')
    await emailInput(w).setValue('taro＠gmail.com')
    await submit(w)
    expect(emailInput(w).attributes('aria-invalid')).toBe('true')
    expect(blockUnder(emailInput(w))).toContain(screenMessages['email-format'])
    expect(w.find('[data-test="all-clear"]').exists()).toBe(false)
    await w.get('.email-field button[data-fix="halfwidth"]').trigger('click')
    await nextTick()
    expect(emailInput(w).element.value).toBe('taro@gmail.com')
    expect(document.activeElement).toBe(emailInput(w).element)
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    expect(status(w)).toContain(t.fixedAnnounce('パスワード再発行用メールアドレス'))
    expect(w.get('[data-test="all-clear"]').text()).toContain(checkersText.PASSWORD_ALL_CLEAR)
  })

  it('all clear: says so and what comes next, with a link to the code timer', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Abcdefgh1234')
    await confirmInput(w).setValue('Abcdefgh1234')
    await emailInput(w).setValue('taro@gmail.com')
    await submit(w)
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    const ok = w.get('[data-test="all-clear"]')
    expect(ok.text()).toContain(checkersText.PASSWORD_ALL_CLEAR)
    expect(ok.findComponent(RouterLinkStub).props('to')).toBe('/timers')
    expect(status(w)).toBe('確認しました。実際の画面で表示されるエラーは見つかりませんでした。')
    expect(newInput(w).attributes('aria-invalid')).toBe('false')
    expect(w.find('.field-findings').exists()).toBe(false)
  })
})

describe('PasswordPractice: privacy', () => {
  it('stores nothing, logs nothing, and clears every field on pagehide', async () => {
    const log = vi.spyOn(console, 'log')
    const warn = vi.spyOn(console, 'warn')
    const error = vi.spyOn(console, 'error')
    const w = await mountForm()
    await newInput(w).setValue('Ｓecret-Zebra-9041')
    await confirmInput(w).setValue('Secret-Zebra-9041')
    await emailInput(w).setValue('zebra.secret@gmial.com')
    await w.get('[data-test="toggle"]').trigger('click')
    await submit(w)
    await w.get('button[data-fix="halfwidth"]').trigger('click')
    await w.get('button[data-fix="did-you-mean"]').trigger('click')
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
    expect(log).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    // attributes never carry the password (the value is a DOM property, not serialised)
    expect(w.html()).not.toContain('Zebra')

    window.dispatchEvent(new Event('pagehide'))
    await nextTick()
    expect(newInput(w).element.value).toBe('')
    expect(confirmInput(w).element.value).toBe('')
    expect(emailInput(w).element.value).toBe('')
    expect(newInput(w).attributes('type')).toBe('password')
    expect(w.find('.field-findings').exists()).toBe(false)
    expect(status(w)).toBe('')
  })

  it('a new visit starts empty (the values lived only in the unmounted component)', async () => {
    const first = await mountForm()
    await newInput(first).setValue('Secret-Zebra-9041')
    first.unmount()
    wrappers.splice(wrappers.indexOf(first), 1)
    const again = await mountForm()
    expect(newInput(again).element.value).toBe('')
  })
})

describe('PasswordView', () => {
  it('has the page heading and the form', async () => {
    const w = mount(PasswordView, { global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.get('h1').text()).toBe(t.password.pageTitle)
    expect(w.findComponent(PasswordPractice).exists()).toBe(true)
  })
})

describe('PasswordPractice: what a new user hit', () => {
  it('a password alone can be practised: an empty address is no error, and the field says it may stay empty', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Abcdefghij12')
    await confirmInput(w).setValue('Abcdefghij12')
    await submit(w)
    expect(w.find('[data-code="empty"]').exists()).toBe(false)
    expect(emailInput(w).attributes('aria-invalid')).toBe('false')
    expect(describedTexts(emailInput(w)).join('')).toContain('空のままでかまいません')
    expect(w.find('[data-test="all-clear"]').exists()).toBe(true)
  })

  it('a likely typo in the address is never summed up as "no problem"', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Abcdefghij12')
    await confirmInput(w).setValue('Abcdefghij12')
    await emailInput(w).setValue('taro@gmail.con')
    await submit(w)
    expect(w.find('[data-code="did-you-mean"]').exists()).toBe(true)
    expect(w.find('[data-test="all-clear"]').exists()).toBe(false)
  })

  it('the fix button for a zero-width space says it removes it, not that it makes it half-width', async () => {
    const w = await mountForm()
    await newInput(w).setValue('Abcdefghij\u200b12')
    await submit(w)
    expect(w.get('button[data-fix]').text()).toBe('見えない文字を消す')
    await newInput(w).setValue('Ａbcdefghij12')
    await nextTick()
    expect(w.get('button[data-fix]').text()).toBe('半角に直す')
  })
})

