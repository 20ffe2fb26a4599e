// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { RouterLinkStub, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import OmuidChecker from '@/tools/omuid/OmuidChecker.vue'
import OmuidView from '@/tools/omuid/OmuidView.vue'
import { checkersText } from '@/locales/checkers'
import { keycheckText } from '@/locales/keycheck'
import { OMUID_SHAPES } from '@/lib/rules'
import { checkOmuid } from '@/tools/omuid/omuid'
import { questionById } from '@/content/faq'

const c = keycheckText.keycheckCommon
const t = keycheckText.omuidUi

const wrappers: VueWrapper[] = []
function mountChecker(props: Record<string, unknown> = {}) {
  const w = mount(OmuidChecker, { props, attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } })
  wrappers.push(w)
  return w
}
afterEach(() => {
  wrappers.splice(0).forEach((w) => w.unmount())
  vi.useRealTimers()
})

const input = (w: VueWrapper) => w.get<HTMLInputElement>('input[data-test="input"]')
const status = (w: VueWrapper) => w.get('[data-test="status"]')
const codes = (w: VueWrapper) => w.findAll('[data-test="findings"] > li').map((li) => li.attributes('data-code'))
const charLines = (w: VueWrapper) => w.findAll('[data-test="char-issue"]').map((li) => li.text())
const label = (id: string) => OMUID_SHAPES.find((s) => s.id === id)!.label

async function check(w: VueWrapper, text: string) {
  await input(w).setValue(text)
  await w.get('form').trigger('submit')
  await nextTick()
}

// One ID per published shape, in upper and lower case (the formats say nothing about case).
const SAMPLES: [string, string][] = [
  ['AB12345', 'LLDDDDD'],
  ['ab12345', 'LLDDDDD'],
  ['A12BC345', 'LDDLLDDD'],
  ['a12bc345', 'LDDLLDDD'],
  ['A12345B', 'LDDDDDL'],
  ['a12345b', 'LDDDDDL'],
]

describe('OmuidChecker', () => {
  it('the field is labelled, private and explains it is not the student number', () => {
    const w = mountChecker()
    const field = input(w)
    expect(w.get(`label[for="${field.attributes('id')}"]`).text()).toBe(t.label)
    expect(field.attributes()).toMatchObject({ autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off' })
    expect(field.attributes('name')).toBeUndefined()
    const hintId = field.attributes('aria-describedby')!.split(' ')[0]!
    expect(w.get(`#${hintId}`).text()).toContain('学籍番号・職員番号ではありません')
    expect(status(w).attributes('role')).toBe('status')
    expect(status(w).text()).toBe('')
  })

  it('lists the three published shapes from rules.ts', () => {
    const w = mountChecker()
    const items = w.findAll('[data-test="shapes"] li')
    expect(items.map((li) => li.attributes('data-shape'))).toEqual(OMUID_SHAPES.map((s) => s.id))
    expect(items.map((li) => li.text())).toEqual(['「英字2文字+数字5文字」（7文字）', '「英字1文字+数字2文字+英字2文字+数字3文字」（8文字）', '「英字1文字+数字5文字+英字1文字」（7文字）'])
  })

  it.each(SAMPLES)('accepts %s as shape %s', async (id, shape) => {
    const w = mountChecker()
    await check(w, id)
    expect(codes(w)).toEqual([])
    expect(status(w).text()).toBe(t.ok(label(shape)))
    expect(input(w).attributes('aria-invalid')).toBeUndefined()
    expect(w.findAll('[data-test="shapes"] li.matched').map((li) => li.attributes('data-shape'))).toEqual([shape])
    expect(w.get(`[data-shape="${shape}"]`).text()).toContain(t.shapeMatched)
    expect(w.get('[data-test="ok-after"]').text()).toBe(t.okAfter)
  })

  it('a letter O where a digit belongs: named by position, fixed in one tap, then accepted', async () => {
    const w = mountChecker()
    await check(w, 'AB1234O')
    expect(codes(w)).toEqual(['letter-for-digit'])
    expect(charLines(w)).toEqual(['7文字目：半角英字「O」 →「0」'])
    expect(w.get('[data-code="letter-for-digit"]').text()).toContain(checkersText.omuidText['letter-for-digit'](checkOmuid('AB1234O')[0]!))
    expect(input(w).attributes('aria-invalid')).toBe('true')
    expect(status(w).text()).toBe(c.summary({ error: 1 }, checkersText.SEVERITY_LABELS))
    expect(w.get('[data-test="markers"] [data-position="7"]').text()).toContain('O')
    // Nothing is marked as matching while the ID is wrong.
    expect(w.findAll('[data-test="shapes"] li.matched')).toHaveLength(0)

    const fix = w.get('[data-test="fix"]')
    expect(fix.text()).toBe(t.fixButton(checkersText.FIX_LABELS.slip!, 'AB12340'))
    await fix.trigger('click')
    await flushPromises()
    expect(input(w).element.value).toBe('AB12340')
    expect(status(w).text()).toBe(t.fixApplied('AB12340') + t.ok(label('LLDDDDD')))
    expect(document.activeElement).toBe(input(w).element)
    expect(w.find('[data-test="fix"]').exists()).toBe(false)
  })

  it('a lower-case l where a digit belongs gets the digit 1', async () => {
    const w = mountChecker()
    await check(w, 'ab1234l')
    expect(codes(w)).toEqual(['letter-for-digit'])
    expect(charLines(w)).toEqual(['7文字目：半角英字「l」 →「1」'])
    expect(w.get('[data-test="fix"]').text()).toBe(t.fixButton(checkersText.FIX_LABELS.slip!, 'ab12341'))
  })

  it('a student or staff number typed instead is explained, with no fix offered', async () => {
    const w = mountChecker()
    await check(w, '2512345678')
    expect(codes(w)).toEqual(['looks-like-number'])
    const text = w.get('[data-code="looks-like-number"]').text()
    expect(text).toContain('学籍番号や職員番号ではありませんか')
    expect(text).toContain('10桁')
    expect(w.find('[data-test="fix"]').exists()).toBe(false)
  })

  it('full-width characters and spaces are flagged and cleaned in one tap', async () => {
    const w = mountChecker()
    await check(w, ' ＡＢ12345 ')
    expect(codes(w)).toEqual(['space', 'fullwidth'])
    expect(charLines(w)).toEqual(['1文字目：半角スペース（消します）', '9文字目：半角スペース（消します）', '2文字目：全角英字「Ａ」 →「A」', '3文字目：全角英字「Ｂ」 →「B」'])
    const fix = w.get('[data-test="fix"]')
    // The label says what the fix does to this ID (not a generic 「余分な文字を取り除く」).
    expect(fix.text()).toBe(t.fixButton('スペース・改行を消し、半角に直す', 'AB12345'))
    await fix.trigger('click')
    await flushPromises()
    expect(input(w).element.value).toBe('AB12345')
    expect(codes(w)).toEqual([])
    expect(status(w).text()).toContain(t.ok(label('LLDDDDD')))
  })

  it('a slip fix also removes the spaces (one button, not two)', async () => {
    const w = mountChecker()
    await check(w, ' AB1234O')
    expect(codes(w)).toEqual(['space', 'letter-for-digit'])
    expect(w.findAll('[data-test="fix"]')).toHaveLength(1)
    expect(w.get('[data-test="fix"]').text()).toBe(t.fixButton(checkersText.FIX_LABELS.slip!, 'AB12340'))
  })

  it('a 1 where a letter belongs is flagged without guessing I or l', async () => {
    const w = mountChecker()
    await check(w, '1B12345')
    expect(codes(w)).toEqual(['digit-for-letter'])
    expect(charLines(w)).toEqual(['1文字目：半角数字「1」'])
    expect(w.find('[data-test="fix"]').exists()).toBe(false)
  })

  it('a wrong length says how long an OMUID is', async () => {
    const w = mountChecker()
    await check(w, 'ab123')
    expect(codes(w)).toEqual(['length'])
    expect(w.get('[data-code="length"]').text()).toContain('7か8文字')
  })

  it('typing after a fix drops the "fixed" note and follows the field after a pause', async () => {
    vi.useFakeTimers()
    const w = mountChecker()
    await check(w, 'AB1234O')
    await w.get('[data-test="fix"]').trigger('click')
    await nextTick()
    await input(w).setValue('AB1234')
    await vi.advanceTimersByTimeAsync(400)
    expect(status(w).text()).toBe(c.summary({ error: 1 }, checkersText.SEVERITY_LABELS))
    expect(codes(w)).toEqual(['length'])
  })

  it('leaving the page wipes the ID', async () => {
    const w = mountChecker()
    await check(w, 'AB1234O')
    window.dispatchEvent(new Event('pagehide'))
    await nextTick()
    expect(input(w).element.value).toBe('')
    expect(status(w).text()).toBe('')
  })

  it('compact (question page): its own heading and a link to the full tool', () => {
    const w = mountChecker({ compact: true, headingLevel: 2 })
    expect(w.get('h2').text()).toBe(t.name)
    expect(w.findAll('h3').map((h) => h.text())).toContain(t.shapesHeading)
    expect(w.getComponent(RouterLinkStub).props('to')).toBe('/tools/omuid')
  })
})

describe('OmuidView', () => {
  it('gives the FAQ advice and links the three login questions', () => {
    const w = mount(OmuidView, { attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } })
    wrappers.push(w)
    expect(w.get('h1').text()).toBe(t.name)
    const help = w.get('[data-test="help"]').text()
    expect(help).toContain(checkersText.OMUID_HELP.notNumber)
    expect(help).toContain(checkersText.OMUID_HELP.copyPaste)
    const links = w.findAllComponents(RouterLinkStub)
    expect(links.map((l) => l.props('to'))).toEqual(['/faq/login-after-password-start', '/faq/login-after-2fa-start', '/faq/forgot-omuid-temp-password'])
    expect(links[2]!.text()).toBe(questionById('forgot-omuid-temp-password')!.title)
  })
})

describe('OmuidChecker: the fix says what it does', () => {
  it('a full-width letter: 「半角に直す」', async () => {
    const w = mountChecker()
    await check(w, 'ａ1234567')
    expect(w.get('[data-test="fix"]').text()).toBe(t.fixButton('半角に直す', 'a1234567'))
  })
})

