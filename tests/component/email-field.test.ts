// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { RouterLinkStub, mount, type VueWrapper } from '@vue/test-utils'
import EmailField from '@/tools/email/EmailField.vue'
import EmailView from '@/tools/email/EmailView.vue'
import EmailCheckWidget from '@/tools/email/EmailCheckWidget.vue'
import PasswordCheckLink from '@/tools/password/PasswordCheckLink.vue'
import { ANNOUNCE_DELAY_MS } from '@/composables/usePoliteAnnouncer'
import { screenMessages } from '@/content/screenMessages'
import { checkersText } from '@/locales/checkers'
import { practiceText as t } from '@/locales/practice'

const wrappers: VueWrapper[] = []

async function mountStandalone(): Promise<VueWrapper> {
  const w = mount(EmailField, {
    props: { standalone: true },
    attachTo: document.body,
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
  wrappers.push(w)
  await nextTick()
  return w
}

const input = (w: VueWrapper) => w.get<HTMLInputElement>('[data-test="email-input"]')
const results = (w: VueWrapper) => w.find('.field-findings')
const finding = (w: VueWrapper, code: string) => w.get(`[data-code="${code}"]`)
const status = (w: VueWrapper) => w.get('[data-test="email-status"]').text()
const links = (w: VueWrapper) => w.findAllComponents(RouterLinkStub).map((l) => l.props('to'))

async function check(w: VueWrapper, value: string): Promise<void> {
  await input(w).setValue(value)
  await w.get('form').trigger('submit')
  await nextTick()
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  wrappers.splice(0).forEach((w) => w.unmount())
  vi.useRealTimers()
})

describe('EmailField: the input', () => {
  it('is labelled as on the real screen; email keyboard; no autofill or correction', async () => {
    const w = await mountStandalone()
    const el = input(w)
    expect(w.get(`label[for="${el.attributes('id')}"]`).text()).toBe('パスワード再発行用メールアドレス')
    // type=text on purpose: type=email lets the browser trim spaces and rewrite full-width domains
    // before the checker could point them out (see the component); inputmode brings the email keyboard.
    expect(el.attributes('type')).toBe('text')
    expect(el.attributes('inputmode')).toBe('email')
    expect(el.attributes('autocomplete')).toBe('off')
    expect(el.attributes('autocapitalize')).toBe('off')
    expect(el.attributes('spellcheck')).toBe('false')
    expect(w.get('form').attributes('novalidate')).toBeDefined()
  })

  it('shows nothing before 確認', async () => {
    const w = await mountStandalone()
    await input(w).setValue('taro＠gmail.com')
    expect(results(w).exists()).toBe(false)
    expect(input(w).attributes('aria-invalid')).toBe('false')
  })
})

describe('EmailField: findings', () => {
  it('full-width ＠: the screen message under the field, the character by position, fixed by one tap', async () => {
    const w = await mountStandalone()
    await check(w, 'taro＠gmail.com')
    const el = input(w)
    expect(el.attributes('aria-invalid')).toBe('true')
    expect(w.get('.screen-msg').text()).toBe(screenMessages['email-format'])
    const ids = (el.attributes('aria-describedby') ?? '').split(' ')
    const described = ids.map((id) => document.getElementById(id)?.textContent ?? '')
    expect(described).toContain(screenMessages['email-format'])
    expect(finding(w, 'char').get('[data-test="chars"]').text()).toBe('5文字目：全角記号「＠」 →「@」')
    expect(finding(w, 'char').text()).toContain(`${t.fixResultLabel}taro@gmail.com`)
    const fix = finding(w, 'char').get('button[data-fix="halfwidth"]')
    expect(fix.text()).toBe(checkersText.FIX_LABELS.halfwidth)
    await fix.trigger('click')
    await nextTick()
    expect(input(w).element.value).toBe('taro@gmail.com')
    expect(document.activeElement).toBe(input(w).element)
    // live after the first check: the field is now clean
    expect(results(w).exists()).toBe(false)
    expect(input(w).attributes('aria-invalid')).toBe('false')
    expect(w.get('[data-test="email-ok"]').text()).toContain(t.email.okHeading)
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    expect(status(w)).toBe(t.fixedAnnounce(t.email.label) + '確認しました。問題は見つかりませんでした。')
  })

  it('did-you-mean: a warning that does not block, accepted by one tap', async () => {
    const w = await mountStandalone()
    await check(w, 'taro@gmial.com')
    const f = finding(w, 'did-you-mean')
    expect(f.attributes('data-severity')).toBe('warning')
    expect(f.text()).toContain('「gmail.com」の打ち間違いではありませんか？')
    expect(f.text()).toContain('taro@gmail.com')
    expect(input(w).attributes('aria-invalid')).toBe('false')
    // no red screen message for a suggestion
    expect(w.find('.screen-msg').exists()).toBe(false)
    await f.get('button[data-fix="did-you-mean"]').trigger('click')
    await nextTick()
    expect(input(w).element.value).toBe('taro@gmail.com')
    expect(w.find('[data-code="did-you-mean"]').exists()).toBe(false)
  })

  it('a correct carrier address is never "corrected"; it gets the carrier reminder and a link', async () => {
    const w = await mountStandalone()
    await check(w, 'taro@docomo.ne.jp')
    expect(w.find('[data-code="did-you-mean"]').exists()).toBe(false)
    const f = finding(w, 'carrier-filter')
    expect(f.attributes('data-severity')).toBe('info')
    expect(f.text()).toContain('受信リスト')
    expect(f.text()).toContain('omu.ac.jp')
    expect(f.text()).toContain(checkersText.EMAIL_HELP.spamFolder)
    expect(f.findComponent(RouterLinkStub).props('to')).toBe('/faq/reset-mail-not-arriving')
    await check(w, 'taro@i.softbank.jp')
    expect(finding(w, 'carrier-filter').text()).toContain('受信許可リスト')
    expect(finding(w, 'carrier-filter').text()).toContain('なりすまし拒否')
  })

  it('omu.ac.jp: an error without a screen message, the FAQ reason and a link to the question', async () => {
    const w = await mountStandalone()
    await check(w, 'taro@st.omu.ac.jp')
    const f = finding(w, 'omu-domain')
    expect(f.attributes('data-severity')).toBe('error')
    expect(input(w).attributes('aria-invalid')).toBe('true')
    expect(f.text()).toContain(checkersText.EMAIL_HELP.whyNotOmu)
    expect(f.text()).toContain(t.email.omuScreenNote)
    expect(f.findComponent(RouterLinkStub).props('to')).toBe('/faq/recovery-email-choice')
    expect(w.find('.screen-msg').exists()).toBe(false)
    expect(w.find('[data-test="email-ok"]').exists()).toBe(false)
  })

  it('legacy dots: a warning that many systems reject it', async () => {
    const w = await mountStandalone()
    await check(w, 'taro..hanako.@docomo.ne.jp')
    const f = finding(w, 'legacy-dots')
    expect(f.attributes('data-severity')).toBe('warning')
    expect(f.text()).toContain('「..」（点の連続）')
    expect(f.text()).toContain('「@」の直前の「.」')
    expect(f.text()).toContain('受け付けないシステムが多く')
    expect(input(w).attributes('aria-invalid')).toBe('false')
  })

  it('local part length: the screen message and the count', async () => {
    const w = await mountStandalone()
    await check(w, 'ab@gmail.com')
    expect(w.get('.screen-msg').text()).toBe(screenMessages['email-local-length'])
    expect(finding(w, 'local-length').text()).toContain('「@」の前が2文字です。')
  })

  it('leading and trailing spaces are pointed out and offered a fix, not dropped', async () => {
    const w = await mountStandalone()
    await check(w, ' taro@gmail.com\u3000')
    const f = finding(w, 'leading-trailing-space')
    expect(f.text()).toContain('先頭と最後')
    expect(f.get('[data-test="chars"]').text()).toContain('1文字目：半角スペース（消します）')
    expect(f.get('[data-test="chars"]').text()).toContain('16文字目：全角スペース（消します）')
    expect(input(w).element.value).toBe(' taro@gmail.com\u3000')
    // one red line even though two findings lead to it
    expect(w.findAll('.screen-msg').map((e) => e.text())).toEqual([screenMessages['email-format']])
    await f.get('button[data-fix="trim"]').trigger('click')
    await nextTick()
    expect(input(w).element.value).toBe('taro@gmail.com')
  })

  it('empty: the no-address answer with a link; it is also always available', async () => {
    const w = await mountStandalone()
    expect(w.get('details.help').text()).toContain(checkersText.EMAIL_HELP.noAddress[1])
    await check(w, '')
    const f = finding(w, 'empty')
    expect(f.text()).toContain(checkersText.EMAIL_HELP.noAddress[0])
    expect(f.text()).toContain('Gmail')
    expect(f.findComponent(RouterLinkStub).props('to')).toBe('/faq/no-email-address')
    expect(f.text()).toContain(t.ourWordingNote)
  })

  it('after the first 確認 the result follows the input, but only 確認 announces', async () => {
    const w = await mountStandalone()
    await check(w, 'taro＠gmail.com')
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    expect(status(w)).toBe('確認しました。エラー1件。欄の下に直し方を表示しています。')
    await input(w).setValue('taro@gmail.com')
    await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS * 2)
    expect(results(w).exists()).toBe(false)
    expect(status(w)).toBe('')
    await input(w).setValue('taro@omu.ac.jp')
    expect(w.find('[data-code="omu-domain"]').exists()).toBe(true)
    expect(status(w)).toBe('')
  })
})

describe('EmailField: embedded', () => {
  it('has no form, button or status of its own and shows findings when the parent says so', async () => {
    const w = mount(EmailField, {
      props: { checked: false, modelValue: 'taro@omu.ac.jp' },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    wrappers.push(w)
    expect(w.find('form').exists()).toBe(false)
    expect(w.find('[data-test="email-submit"]').exists()).toBe(false)
    // Only the length-limit notice's region, silent until a paste or typing is cut.
    expect(w.findAll('[role="status"]').map((r) => [r.attributes('data-test'), r.text()])).toEqual([['limit-notice', '']])
    expect(results(w).exists()).toBe(false)
    await w.setProps({ checked: true })
    expect(w.find('[data-code="omu-domain"]').exists()).toBe(true)
  })

  it('clears the value on pagehide', async () => {
    const w = await mountStandalone()
    await check(w, 'zebra.secret@gmail.com')
    window.dispatchEvent(new Event('pagehide'))
    await nextTick()
    expect(input(w).element.value).toBe('')
    expect(results(w).exists()).toBe(false)
  })
})

describe('pages and widgets', () => {
  it('EmailView: heading and the standalone checker', () => {
    const w = mount(EmailView, { global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.get('h1').text()).toBe(t.email.pageTitle)
    expect(w.findComponent(EmailField).props('standalone')).toBe(true)
  })

  it('the email-check widget embeds the checker under a heading of the given level', () => {
    const w = mount(EmailCheckWidget, { props: { headingLevel: 3 }, global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.get('h3').text()).toBe(t.widgets.emailHeading)
    expect(w.find('[data-test="email-submit"]').exists()).toBe(true)
  })

  it('the password-check widget is a light link block to the practice page', () => {
    const w = mount(PasswordCheckLink, { global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.get('h2').text()).toBe(t.widgets.passwordHeading)
    expect(links(w)).toEqual(['/tools/password'])
    expect(w.find('input').exists()).toBe(false)
  })
})

describe('EmailField: the verdict follows the worst finding', () => {
  it.each(['taro@gmail.con', 'taro@gmial.com'])('%s: a likely typo is a caution, never 「問題は見つかりませんでした」', async (address) => {
    const w = await mountStandalone()
    await check(w, address)
    expect(w.find('[data-code="did-you-mean"]').exists()).toBe(true)
    expect(w.find('[data-test="email-ok"]').exists()).toBe(false)
    expect(w.get('[data-test="email-caution"]').text()).toContain(t.email.cautionHeading)
    expect(w.text()).not.toContain(t.email.okHeading)
  })

  it('an address with only advice (a carrier filter) is fine', async () => {
    const w = await mountStandalone()
    await check(w, 'taro@docomo.ne.jp')
    expect(w.find('[data-code="carrier-filter"]').exists()).toBe(true)
    expect(w.find('[data-test="email-caution"]').exists()).toBe(false)
    expect(w.get('[data-test="email-ok"]').text()).toContain(t.email.okHeading)
  })
})
