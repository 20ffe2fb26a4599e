// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { RouterLinkStub, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import SetupKeyChecker from '@/tools/setup-key/SetupKeyChecker.vue'
import SetupKeyView from '@/tools/setup-key/SetupKeyView.vue'
import { checkersText } from '@/locales/checkers'
import { keycheckText } from '@/locales/keycheck'
import { checkSetupKey } from '@/tools/setup-key/setupKey'
import { screenMessages } from '@/content/screenMessages'
import { questionById } from '@/content/faq'

const c = keycheckText.keycheckCommon
const t = keycheckText.setupKeyUi

// A real-looking key: a space copied in front of it, and one letter typed with the IME on (full-width Ｅ).
const KEY = 'JBSWY3DPEHPK3PXP'
const PASTED = ' JBSWY3DPＥHPK3PXP'

const wrappers: VueWrapper[] = []
function mountChecker(props: Record<string, unknown> = {}) {
  const w = mount(SetupKeyChecker, { props, attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } })
  wrappers.push(w)
  return w
}

const input = (w: VueWrapper) => w.get<HTMLTextAreaElement>('textarea[data-test="input"]')
const status = (w: VueWrapper) => w.get('[data-test="status"]')
const charLines = (w: VueWrapper) => w.findAll('[data-test="char-issue"]').map((li) => li.text())

async function pasteAndCheck(w: VueWrapper, text: string) {
  await input(w).setValue(text)
  await w.get('form').trigger('submit')
  await nextTick()
}

let writeText: ReturnType<typeof vi.fn>
beforeEach(() => {
  writeText = vi.fn().mockResolvedValue(undefined)
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
})
afterEach(() => {
  wrappers.splice(0).forEach((w) => w.unmount())
  vi.useRealTimers()
  vi.restoreAllMocks()
  localStorage.clear()
  sessionStorage.clear()
})

describe('SetupKeyChecker', () => {
  it('the field is labelled and keeps the browser from storing, correcting or capitalising it', () => {
    const w = mountChecker()
    const ta = input(w)
    const label = w.get(`label[for="${ta.attributes('id')}"]`)
    expect(label.text()).toBe(t.label)
    expect(ta.attributes()).toMatchObject({ autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off' })
    // No name: a form submitted before hydration would carry nothing into the URL.
    expect(ta.attributes('name')).toBeUndefined()
    expect(ta.attributes('aria-invalid')).toBeUndefined()
    // The live region exists, empty, before any check, so its later content is announced.
    expect(status(w).attributes('role')).toBe('status')
    expect(status(w).text()).toBe('')
    expect(w.find('[data-test="results"]').exists()).toBe(false)
  })

  it('flags a leading space and a full-width letter by position, offers the cleaned key and copies it', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, PASTED)

    // Announced politely: two errors (the edge space and the full-width character).
    expect(status(w).text()).toBe(c.summary({ error: 2 }, checkersText.SEVERITY_LABELS))
    expect(input(w).attributes('aria-invalid')).toBe('true')
    const summaryId = status(w).get('p').attributes('id')
    expect(input(w).attributes('aria-describedby')?.split(' ')).toContain(summaryId)

    // Every flagged character is named by position, with its fix.
    expect(charLines(w)).toEqual(['1文字目：半角スペース（消します）', '10文字目：全角英字「Ｅ」 →「E」'])
    const codes = w.findAll('[data-test="findings"] > li').map((li) => li.attributes('data-code'))
    expect(codes).toEqual(['edge-space', 'char'])
    const edge = checkSetupKey(PASTED)[0]!
    expect(w.get('[data-code="edge-space"]').text()).toContain(checkersText.setupKeyText['edge-space'](edge))
    expect(w.get('[data-code="edge-space"]').text()).toContain(c.screenMessage(screenMessages['invalid-key']))

    // The marked-up copy highlights exactly those positions, the space drawn as a visible symbol.
    const markers = w.get('[data-test="markers"]')
    expect(markers.attributes('aria-hidden')).toBe('true')
    expect(markers.findAll('[data-position]').map((m) => m.attributes('data-position'))).toEqual(['1', '10'])
    expect(markers.get('[data-position="1"]').text()).toContain('␣')
    expect(markers.get('[data-position="1"]').classes()).toContain('error')

    const cleaned = w.get<HTMLInputElement>('[data-test="cleaned"]')
    expect(cleaned.element.value).toBe(KEY)
    expect(cleaned.attributes('readonly')).toBeDefined()
    expect(w.get(`label[for="${cleaned.attributes('id')}"]`).text()).toBe(t.cleanedLabel)
    expect(w.get('[data-test="paste-again"]').text()).toBe(checkersText.SETUP_KEY_HELP.pasteAgain)

    await w.get('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledExactlyOnceWith(KEY)
    const copyStatus = w.get('[data-test="copy-status"]')
    expect(copyStatus.attributes('role')).toBe('status')
    expect(copyStatus.text()).toBe(t.copied)
  })

  it('without clipboard access, selects the cleaned key and says how to copy it', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    const w = mountChecker()
    await pasteAndCheck(w, PASTED)
    await w.get('[data-test="copy"]').trigger('click')
    await flushPromises()
    const field = w.get<HTMLInputElement>('[data-test="cleaned"]').element
    expect(document.activeElement).toBe(field)
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, KEY.length])
    expect(w.get('[data-test="copy-status"]').text()).toBe(t.copyFallback)
  })

  it('a refused clipboard write falls back the same way', async () => {
    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
    const w = mountChecker()
    await pasteAndCheck(w, PASTED)
    await w.get('[data-test="copy"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(KEY)
    expect(w.get('[data-test="copy-status"]').text()).toBe(t.copyFallback)
  })

  it('shows line breaks, tabs and invisible characters inside the key as warnings or errors', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, 'JBSW\nY3DP\u200BEHPK\t3PXP')
    // Grouped by finding: the blanks inside (a warning), then the invisible character (an error).
    expect(charLines(w)).toEqual(['5文字目：改行（消します）', '15文字目：タブ（消します）', '10文字目：見えない文字（ゼロ幅スペース U+200B）（消します）'])
    expect(status(w).text()).toBe(c.summary({ error: 1, warning: 1 }, checkersText.SEVERITY_LABELS))
    expect(w.get('[data-test="markers"]').get('[data-position="5"]').classes()).toContain('warning')
    expect(w.get<HTMLInputElement>('[data-test="cleaned"]').element.value).toBe(KEY)
  })

  it('does not offer a key that still holds characters no cleaning can fix', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, ' JBSWY3DP0HPK3PXP')
    expect(charLines(w)).toContain('10文字目：半角数字「0」')
    expect(w.find('[data-test="cleaned"]').exists()).toBe(false)
    expect(w.get('[data-test="still-bad"]').text()).toBe(t.cleanedStillBad)
  })

  it('a clean key passes, with the advice for when the app still refuses it', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, KEY)
    expect(status(w).text()).toBe(t.ok)
    expect(input(w).attributes('aria-invalid')).toBeUndefined()
    expect(w.find('[data-test="results"]').exists()).toBe(false)
    expect(w.find('[data-test="cleaned-block"]').exists()).toBe(false)
    expect(w.get('[data-test="ok-after"]').text()).toBe(t.okAfter)
  })

  it('checks at once after a paste, then follows typing after a pause', async () => {
    vi.useFakeTimers()
    const w = mountChecker()
    await input(w).trigger('paste')
    await input(w).setValue(' ' + KEY)
    expect(status(w).text()).toBe(c.summary({ error: 1 }, checkersText.SEVERITY_LABELS))
    await input(w).setValue(KEY)
    // Still the old result until typing pauses: no announcement per key press.
    expect(status(w).text()).toBe(c.summary({ error: 1 }, checkersText.SEVERITY_LABELS))
    await vi.advanceTimersByTimeAsync(400)
    expect(status(w).text()).toBe(t.ok)
  })

  it('typing alone does not check before the first check', async () => {
    vi.useFakeTimers()
    const w = mountChecker()
    await input(w).setValue(' x')
    await vi.advanceTimersByTimeAsync(5000)
    expect(status(w).text()).toBe('')
  })

  it('「消す」 and leaving the page wipe the key and the results', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, PASTED)
    await w.get('[data-test="clear"]').trigger('click')
    expect(input(w).element.value).toBe('')
    expect(status(w).text()).toBe('')
    expect(w.find('[data-test="cleaned"]').exists()).toBe(false)

    await pasteAndCheck(w, PASTED)
    window.dispatchEvent(new Event('pagehide'))
    await nextTick()
    expect(input(w).element.value).toBe('')
    expect(w.find('[data-test="results"]').exists()).toBe(false)
    // Nothing was written anywhere along the way.
    expect(localStorage.length + sessionStorage.length).toBe(0)
  })

  it('an empty check says the key is missing', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, '')
    expect(status(w).text()).toBe(c.summary({ error: 1 }, checkersText.SEVERITY_LABELS))
    expect(w.get('[data-code="empty"]').text()).toContain(checkersText.setupKeyText.empty({ code: 'empty', severity: 'error' }))
  })

  it('compact (question page): its own heading and a link to the full tool', () => {
    const w = mountChecker({ compact: true, headingLevel: 2 })
    expect(w.get('h2').text()).toBe(t.name)
    expect(w.get('section').attributes('aria-labelledby')).toBe(w.get('h2').attributes('id'))
    expect(w.getComponent(RouterLinkStub).props('to')).toBe('/tools/setup-key')
  })

  it('prerenders an empty, labelled field and no results', async () => {
    const html = await renderToString(createSSRApp({ render: () => h(SetupKeyChecker) }))
    expect(html).toContain(t.label)
    expect(html).toMatch(/<textarea[^>]*autocomplete="off"/)
    // Read-only until hydration, so nothing typed before the app takes over is blanked by it.
    expect(html).toMatch(/<textarea[^>]*readonly/)
    expect(html).not.toContain('data-test="results"')
  })
})

describe('SetupKeyView', () => {
  it('sets the FAQ points beside the checker and links the three questions', () => {
    const w = mount(SetupKeyView, { attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.get('h1').text()).toBe(t.name)
    const help = w.get('[data-test="help"]').text()
    expect(help).toContain('メールなどでは送られてきません')
    expect(help).toContain('「大阪公立大学(OMUID)」')
    expect(help).toContain('複数の機器に登録してかまいません')
    expect(help).toContain('「再発行」')
    const links = w.findAllComponents(RouterLinkStub).map((l) => l.props('to'))
    expect(links).toEqual(['/faq/invalid-key', '/faq/otp-not-sent', '/faq/multiple-devices'])
    expect(w.findAllComponents(RouterLinkStub)[0]!.text()).toBe(questionById('invalid-key')!.title)
  })
})

describe('SetupKeyChecker: a key that cannot be right is never offered as fixed', () => {
  it('「abc」: warned about its length, and no fixed key to copy', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, 'abc')
    expect(w.find('[data-code="length"]').exists()).toBe(true)
    expect(w.find('[data-test="cleaned"]').exists()).toBe(false)
    expect(w.get('[data-test="still-bad"]').text()).toBe(t.cleanedStillBad)
  })

  it('hyphens between the groups are named and removed like spaces', async () => {
    const w = mountChecker()
    await pasteAndCheck(w, 'JBSWY3DP-EHPK3PXP')
    expect(w.find('[data-code="separator"]').exists()).toBe(true)
    expect(w.find('[data-code="char"]').exists()).toBe(false)
    expect(w.get<HTMLTextAreaElement>('[data-test="cleaned"]').element.value).toBe(KEY)
  })
})
