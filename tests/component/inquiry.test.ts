// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { RouterLinkStub, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import InquiryView from '@/tools/inquiry/InquiryView.vue'
import InquiryLink from '@/components/InquiryLink.vue'
import InquiryCard from '@/tools/inquiry/InquiryCard.vue'
import QuestionWidgets from '@/components/QuestionWidgets.vue'
import { VISITED_STORAGE_KEY } from '@/storage/visitedQuestions'
import { questionById } from '@/content/faq'
import { inquiryText as t } from '@/locales/inquiry'

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
const REMINDER = '※送る前に：パスワード（仮パスワード・本パスワード）や、2要素認証のセットアップキー・QRコードは書かないでください。'

const wrappers: VueWrapper[] = []
let writeText: ReturnType<typeof vi.fn>
let fetchSpy: ReturnType<typeof vi.fn>

function setNavigator(key: string, value: unknown): void {
  Object.defineProperty(window.navigator, key, { value, configurable: true })
}

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
  setNavigator('userAgent', IPHONE_SAFARI)
  setNavigator('maxTouchPoints', 5)
  writeText = vi.fn(async () => {})
  setNavigator('clipboard', { writeText })
  // Nothing typed may leave the page: any request fails the test below.
  fetchSpy = vi.fn(() => Promise.reject(new Error('no requests allowed')))
  vi.stubGlobal('fetch', fetchSpy)
})
afterEach(() => {
  while (wrappers.length) wrappers.pop()?.unmount()
  vi.unstubAllGlobals()
})

async function mountAt(path: string): Promise<{ w: VueWrapper; router: Router }> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inquiry', component: InquiryView },
      { path: '/:rest(.*)*', component: { render: () => null } },
    ],
  })
  await router.push(path)
  await router.isReady()
  const w = mount({ render: () => h(RouterView) }, { global: { plugins: [router] }, attachTo: document.body })
  wrappers.push(w)
  await flushPromises()
  return { w, router }
}

const textOf = (w: VueWrapper) => (w.find('[data-test="inquiry-text"]').element as HTMLTextAreaElement).value
const select = (w: VueWrapper) => w.find('select').element as HTMLSelectElement
const checkedRadio = (w: VueWrapper) =>
  w.findAll('input[type="radio"]').map((r) => r.element as HTMLInputElement).find((r) => r.checked)?.value
const checkedBoxes = (w: VueWrapper) => w.findAll('input[type="checkbox"]').filter((c) => (c.element as HTMLInputElement).checked).map((c) => (c.element as HTMLInputElement).value)
const statusText = (w: VueWrapper) => w.find('.copy-status').text()

describe('InquiryView', () => {
  it('prerenders an empty form with the general form choice and the reminder, nothing from the browser', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/inquiry', component: InquiryView }] })
    await router.push('/inquiry?from=change-errors')
    await router.isReady()
    const app = createSSRApp({ render: () => h(RouterView) })
    app.use(router)
    const html = await renderToString(app)
    expect(html).toMatch(new RegExp(`<h1[^>]*>${t.pageTitle}</h1>`))
    expect(html).toContain('「7.お問い合わせの種類」で「利用開始手続きについて(新入生・新規採用者向け)」を選ぶ')
    expect(html).toContain(REMINDER)
    // ?from= and the device are applied after mount only, so hydration sees the same empty form.
    expect(html).not.toContain('・使っている機器とブラウザ')
    expect(html).toMatch(/name="device"[^>]*value(?:="")?[ >]/)
    // Typing before hydration would be blanked by it: the text fields are read-only until then.
    expect(html).toMatch(/<input(?=[^>]*name="device")(?=[^>]*readonly)[^>]*>/)
    expect(html).not.toContain('・困っていること')
  })

  it('arrives from a question with the step, the problem and "already read" filled in', async () => {
    const { w } = await mountAt('/inquiry?from=change-errors')
    expect(select(w).value).toBe('password')
    expect(checkedRadio(w)).toBe('change-errors')
    expect(checkedBoxes(w)).toEqual(['change-errors'])
    expect((w.find('input[name="device"]').element as HTMLInputElement).value).toBe('iPhone / Safari')
    expect(textOf(w)).toBe(
      [
        '【お問い合わせフォームで選ぶ項目】',
        '・「7.お問い合わせの種類」：「利用開始手続きについて(新入生・新規採用者向け)」',
        '',
        '【お問い合わせ内容】',
        '利用開始手続きがうまく進められないため、問い合わせます。',
        '・手順（画面）：パスワード変更画面',
        `・困っていること：${questionById('change-errors')?.title}`,
        '・すでに読んで試したよくある質問：',
        `\u3000- ${questionById('change-errors')?.title}`,
        '・使っている機器とブラウザ：iPhone / Safari',
        '',
        REMINDER,
      ].join('\n'),
    )
  })

  it('offers the question’s on-screen messages as one-tap choices, and takes a typed one', async () => {
    const { w } = await mountAt('/inquiry?from=change-errors')
    const chips = w.findAll('.chip-btn')
    expect(chips).toHaveLength(7)
    await chips[1]!.trigger('click')
    expect((w.find('input[name="message"]').element as HTMLInputElement).value).toBe('使用不可文字が含まれています。')
    expect(chips[1]!.attributes('aria-pressed')).toBe('true')
    expect(textOf(w)).toContain('・画面に出たメッセージ：「使用不可文字が含まれています。」')
    await w.find('input[name="message"]').setValue('「入力書式が正しくありません。」')
    expect(textOf(w)).toContain('・画面に出たメッセージ：「入力書式が正しくありません。」')
  })

  it('the student number could not be confirmed again: both form choices', async () => {
    const { w } = await mountAt('/inquiry?from=student-number-unknown')
    const plan = w.find('[data-test="plan"]').text()
    expect(plan).toContain('「7.お問い合わせの種類」で「学籍番号確認システムについて(新入生向け)」を選ぶ')
    expect(plan).toContain('「8.質問内容」で「アカウントがロックされてしまった」を選ぶ')
    expect(textOf(w)).toContain('・「8.質問内容」：「アカウントがロックされてしまった」')
  })

  it('staff number unknown: points to 人事課 instead of the form', async () => {
    const { w } = await mountAt('/inquiry?from=staff-number-unknown')
    const plan = w.find('[data-test="plan"]')
    expect(plan.find('h2').text()).toBe(t.personnelHeading)
    expect(plan.text()).toContain('人事課')
    expect(plan.find('a[data-external]').exists()).toBe(false)
    expect(textOf(w).startsWith('【問い合わせ先】\n職員番号がわからないときは、ITヘルプデスクではなく人事課に問い合わせてください。')).toBe(true)
  })

  it('ignores an unknown ?from= and changing the step clears a problem of another step', async () => {
    const { w } = await mountAt('/inquiry?from=<script>')
    expect(select(w).value).toBe('')
    expect(w.find('input[type="radio"]').exists()).toBe(false)
    await w.find('select').setValue('two-factor')
    await w.find('input[type="radio"][value="invalid-key"]').setValue(true)
    expect(textOf(w)).toContain('・困っていること：2要素認証のセットアップキーを登録するときに「無効なキー」というエラーが出る')
    await w.find('select').setValue('password')
    expect(checkedRadio(w)).toBeUndefined()
    await w.find('input[type="radio"][value="-"]').setValue(true)
    expect(checkedRadio(w)).toBe('-')
    expect(textOf(w)).not.toContain('・困っていること')
  })

  it('lists the questions read in this tab as already tried (ids from sessionStorage, junk dropped)', async () => {
    sessionStorage.setItem(VISITED_STORAGE_KEY, JSON.stringify(['invalid-key', 'nonsense', 'otp-not-sent']))
    const { w } = await mountAt('/inquiry')
    expect(checkedBoxes(w)).toEqual(['invalid-key', 'otp-not-sent'])
    expect(textOf(w)).toContain(`\u3000- ${questionById('otp-not-sent')?.title}`)
    await w.find('input[type="checkbox"][value="otp-not-sent"]').setValue(false)
    expect(textOf(w)).not.toContain(questionById('otp-not-sent')!.title)
  })

  it('copies the text and announces it politely', async () => {
    const { w } = await mountAt('/inquiry?from=invalid-key')
    expect(w.find('.copy-status').attributes('role')).toBe('status')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(textOf(w))
    expect(statusText(w)).toBe(t.copied)
    // A changed text is not the copied one any more.
    await w.find('textarea[name="details"]').setValue('追記')
    expect(statusText(w)).toBe('')
  })

  it('without clipboard access, selects the text and says how to copy it', async () => {
    setNavigator('clipboard', { writeText: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) })
    const { w } = await mountAt('/inquiry')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(statusText(w)).toBe(t.copyFailed)
    const out = w.find('[data-test="inquiry-text"]').element as HTMLTextAreaElement
    expect(document.activeElement).toBe(out)
    expect(out.readOnly).toBe(true)
    expect([out.selectionStart, out.selectionEnd]).toEqual([0, out.value.length])

    setNavigator('clipboard', undefined)
    await w.find('textarea[name="details"]').setValue('x')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(statusText(w)).toBe(t.copyFailed)
  })

  it('warns about a password-looking string, tied to its field', async () => {
    const { w } = await mountAt('/inquiry')
    const details = w.find('textarea[name="details"]')
    expect(details.attributes('aria-invalid')).toBeUndefined()
    await details.setValue('仮パスワードは Sakura2026Spring です')
    const ids = details.attributes('aria-describedby')!.split(' ')
    const warning = w.find(`[id="${ids[1]}"]`)
    expect(warning.text()).toBe(t.secret.password)
    expect(details.attributes('aria-invalid')).toBe('true')
  })

  it('does not copy a password typed into 詳しい状況: it warns, naming the field, and removes it on request', async () => {
    const { w } = await mountAt('/inquiry?from=change-errors')
    const details = w.find('textarea[name="details"]')
    await details.setValue('パスワードを Abcdefghij12 にしたらエラーになりました')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()
    expect(statusText(w)).toBe('')
    const held = w.find('[data-test="copy-held"]')
    expect(held.attributes('role')).toBe('alert')
    expect(held.text()).toBe(t.copyHeld([t.fieldName.details]))
    expect(held.text()).toContain('「詳しい状況」')
    // Still held when copied again without a change.
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()

    await w.findAll('button').find((b) => b.text() === t.copyHeldRemove)!.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledTimes(1)
    const copied = writeText.mock.calls[0]![0] as string
    expect(copied).not.toContain('Abcdefghij12')
    expect(copied).toContain(`パスワードを ${t.secretRemoved.password} にしたらエラーになりました`)
    expect(copied).toBe(textOf(w))
    expect((details.element as HTMLTextAreaElement).value).not.toContain('Abcdefghij12')
    expect(statusText(w)).toBe(t.copied)
    expect(held.text()).toBe('')
    expect(document.activeElement).toBe(w.find('[data-test="copy"]').element)
  })

  it('names every field with a secret, and each field removes its own with one tap', async () => {
    const { w } = await mountAt('/inquiry')
    await w.find('input[name="message"]').setValue('キー JBSW Y3DP EHPK 3PXP が無効')
    await w.find('input[name="device"]').setValue('iPhone / Safari')
    await w.find('textarea[name="details"]').setValue('Sakura2026Spring')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()
    expect(w.find('[data-test="copy-held"]').text()).toBe(t.copyHeld([t.fieldName.message, t.fieldName.details]))

    // The message field's own button: its warning, its text and the draft change; 詳しい状況 keeps its own.
    const message = w.find('input[name="message"]')
    const warnId = message.attributes('aria-describedby')!.split(' ')[1]!
    expect(w.find(`[id="${warnId}"]`).text()).toBe(t.secret['setup-key'])
    const remove = w.find(`[id="${warnId}"]`).element.parentElement!.querySelector('button')!
    expect(remove.textContent).toBe('セットアップキーのように見える部分を消す')
    remove.click()
    await flushPromises()
    expect((message.element as HTMLInputElement).value).toBe(`キー ${t.secretRemoved['setup-key']} が無効`)
    expect(document.activeElement).toBe(message.element)
    expect(message.attributes('aria-invalid')).toBeUndefined()
    expect(textOf(w)).not.toContain('JBSW')
    expect(textOf(w)).toContain('Sakura2026Spring')
    expect(w.find('[data-test="copy-held"]').text()).toBe(t.copyHeld([t.fieldName.details]))

    // Fixed by hand: the warning goes, and the next copy goes through.
    await w.find('textarea[name="details"]').setValue('パスワード変更画面で止まります')
    expect(w.find('[data-test="copy-held"]').text()).toBe('')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(textOf(w))
  })

  it('"go back" copies nothing and puts the cursor in the first field to fix', async () => {
    const { w } = await mountAt('/inquiry')
    await w.find('input[name="device"]').setValue('Android / Chrome')
    await w.find('textarea[name="details"]').setValue('ｓａｋｕｒａ２０２６ＳＰＲＩＮＧ')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    await w.findAll('button').find((b) => b.text() === t.copyHeldEdit)!.trigger('click')
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(w.find('textarea[name="details"]').element)
    expect(w.find('[data-test="copy-held"]').text()).toBe('')
    expect(w.find('textarea[name="details"]').attributes('aria-invalid')).toBe('true')
  })

  it('keeps what is typed to itself: no request, no storage but the visited ids', async () => {
    const { w } = await mountAt('/inquiry?from=change-errors')
    await w.find('input[name="message"]').setValue('TYPED-MESSAGE')
    await w.find('input[name="device"]').setValue('TYPED-DEVICE')
    await w.find('textarea[name="details"]').setValue('TYPED-DETAILS')
    await w.find('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(localStorage.length).toBe(0)
    const stored = Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k) ?? '')
    expect(stored.join()).not.toMatch(/TYPED/)
  })

  it('every input has a label', async () => {
    const { w } = await mountAt('/inquiry?from=change-errors')
    for (const el of w.findAll('input, select, textarea')) {
      const input = el.element as HTMLInputElement
      const labelled = input.labels?.length || input.closest('label')
      expect(labelled, input.name).toBeTruthy()
    }
  })
})

describe('links to the inquiry', () => {
  it('a question page links with ?from= and remembers (the id only) that it was read', async () => {
    const w = mount(InquiryLink, { props: { questionId: 'invalid-key' }, global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.findComponent(RouterLinkStub).props('to')).toEqual({ path: '/inquiry', query: { from: 'invalid-key' } })
    expect(w.text()).toBe('この内容で問い合わせ文を作る')
    expect(JSON.parse(sessionStorage.getItem(VISITED_STORAGE_KEY)!)).toEqual(['invalid-key'])
    await w.setProps({ questionId: 'otp-not-sent' })
    expect(JSON.parse(sessionStorage.getItem(VISITED_STORAGE_KEY)!)).toEqual(['invalid-key', 'otp-not-sent'])
    await w.setProps({ questionId: 'not-a-question' })
    expect(JSON.parse(sessionStorage.getItem(VISITED_STORAGE_KEY)!)).toEqual(['invalid-key', 'otp-not-sent'])
  })

  it('survives storage that throws', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const w = mount(InquiryLink, { props: { questionId: 'invalid-key' }, global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.text()).toBe('この内容で問い合わせ文を作る')
    setItem.mockRestore()
  })

  it('the contact page widget `inquiry` leads to /inquiry', async () => {
    const w = mount(QuestionWidgets, { props: { widgets: ['inquiry'] }, global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    await vi.waitFor(() => expect(w.findComponent(InquiryCard).exists()).toBe(true))
    expect(w.findComponent(RouterLinkStub).props('to')).toBe('/inquiry')
    expect(w.find('h2').text()).toBe(t.cardHeading)
  })
})
