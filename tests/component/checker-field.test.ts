// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, effectScope, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { RouterLinkStub, mount, type VueWrapper } from '@vue/test-utils'
import type { Finding, Severity } from '@/lib/findings'
import { useChecker, type UseCheckerReturn } from '@/composables/useChecker'
import CheckerField from '@/components/CheckerField.vue'
import WidgetCard from '@/components/WidgetCard.vue'
import { checkersText } from '@/locales/checkers'
import { keycheckText } from '@/locales/keycheck'

const c = keycheckText.keycheckCommon

// A stand-in check: every x is an error, every w a warning, every i an info, each flagged by position.
// Listed mildest first, so a verdict taken from the first finding instead of the worst would show.
function fakeCheck(value: string): Finding[] {
  const out: Finding[] = []
  for (const [ch, severity] of [['i', 'info'], ['w', 'warning'], ['x', 'error']] as const) {
    const chars = [...value].flatMap((g, i) => (g === ch ? [{ position: i + 1, char: g, codePoints: [], kind: 'other' as const }] : []))
    if (chars.length > 0) out.push({ code: ch, severity, chars, ...(ch === 'x' ? { fix: { code: 'clean', value: value.replaceAll('x', '') } } : {}) })
  }
  return out
}

describe('useChecker', () => {
  function run(): { state: UseCheckerReturn; stop: () => void } {
    const scope = effectScope()
    const state = scope.run(() => useChecker({ check: fakeCheck }))!
    return { state, stop: () => scope.stop() }
  }
  const type = (state: UseCheckerReturn, v: string) => state.onInput({ target: { value: v } } as unknown as Event)

  it('the verdict follows the worst finding, and is null before the first check', () => {
    const { state, stop } = run()
    const cases: [string, 'ok' | Severity][] = [['abc', 'ok'], ['ai', 'info'], ['iw', 'warning'], ['wix', 'error'], ['ii', 'info']]
    expect(state.verdict.value).toBeNull()
    for (const [value, verdict] of cases) {
      state.set(value)
      expect(state.verdict.value).toBe(verdict)
    }
    state.set('xxwi')
    expect(state.counts.value).toEqual({ error: 1, warning: 1, info: 1 })
    expect(state.hasErrors.value).toBe(true)
    expect(state.marks.value).toEqual([
      { position: 4, severity: 'info' },
      { position: 3, severity: 'warning' },
      { position: 1, severity: 'error' },
      { position: 2, severity: 'error' },
    ])
    stop()
  })

  it('checks on demand, at once after a paste, then follows typing after a pause', () => {
    vi.useFakeTimers()
    const { state, stop } = run()
    type(state, 'x')
    expect(state.checked.value).toBeNull()
    state.check()
    expect(state.checked.value).toBe('x')
    type(state, 'xw')
    expect(state.checked.value).toBe('x')
    vi.advanceTimersByTime(400)
    expect(state.checked.value).toBe('xw')
    state.onPaste()
    type(state, 'pasted')
    expect(state.checked.value).toBe('pasted')
    stop()
    vi.useRealTimers()
  })

  it('a fix note lasts until the next action; the scope ending wipes everything', () => {
    const { state, stop } = run()
    state.set('ab', 'fixed. ')
    expect(state.note.value).toBe('fixed. ')
    type(state, 'abc')
    expect(state.note.value).toBe('')
    state.set('ab', 'fixed. ')
    stop()
    expect([state.value.value, state.checked.value, state.note.value]).toEqual(['', null, ''])
  })
})

const Host = defineComponent({
  props: { compact: { type: Boolean, default: false }, multiline: { type: Boolean, default: false } },
  setup(props) {
    const checker = useChecker({ check: fakeCheck })
    return () =>
      h(
        CheckerField,
        {
          checker,
          text: { name: 'テスト', widgetLead: 'リード', label: '入力', hint: 'ヒント' },
          to: '/tools/test',
          maxLength: 20,
          okSummary: '問題なし',
          textOf: (f: Finding) => `text-${f.code}`,
          multiline: props.multiline,
          compact: props.compact,
          headingLevel: 2,
          'data-test': 'host',
        },
        {
          fix: () => h('p', { 'data-test': 'fix-slot' }, checker.findings.value.find((f) => f.fix)?.fix?.value ?? ''),
          clean: () => h('p', { 'data-test': 'clean-slot' }, 'clean'),
          default: ({ subLevel }: { subLevel: number }) => h('p', { 'data-test': 'after-slot' }, `h${subLevel}`),
        },
      )
  },
})

const wrappers: VueWrapper[] = []
function mountHost(props: Record<string, unknown> = {}): VueWrapper {
  const w = mount(Host, { props, attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } })
  wrappers.push(w)
  return w
}
afterEach(() => wrappers.splice(0).forEach((w) => w.unmount()))

async function check(w: VueWrapper, v: string): Promise<void> {
  await w.get('[data-test="input"]').setValue(v)
  await w.get('form').trigger('submit')
  await nextTick()
}

describe('CheckerField', () => {
  it('renders the labelled field, the empty live region and the clean and default slots before a check', () => {
    const w = mountHost()
    const field = w.get<HTMLInputElement>('input[data-test="input"]')
    expect(w.get(`label[for="${field.attributes('id')}"]`).text()).toBe('入力')
    expect(field.attributes('name')).toBeUndefined()
    expect(field.attributes('aria-invalid')).toBeUndefined()
    expect(w.get('[data-test="status"]').attributes('role')).toBe('status')
    expect(w.get('[data-test="status"]').text()).toBe('')
    expect(w.find('[data-test="clean-slot"]').exists()).toBe(true)
    expect(w.get('[data-test="after-slot"]').text()).toBe('h2')
    expect(w.find('[data-test="results"]').exists()).toBe(false)
    // Attributes given to the checker land on its section.
    expect(w.get('section').attributes('data-test')).toBe('host')
  })

  it('findings: counted summary tied to the field, marks, the list and the fix slot inside the results', async () => {
    const w = mountHost()
    await check(w, 'xwx')
    const status = w.get('[data-test="status"] p')
    expect(status.text()).toBe(c.summary({ error: 1, warning: 1 }, checkersText.SEVERITY_LABELS))
    expect(status.classes()).toContain('bad')
    const field = w.get('[data-test="input"]')
    expect(field.attributes('aria-invalid')).toBe('true')
    expect(field.attributes('aria-describedby')?.split(' ')).toContain(status.attributes('id'))
    expect(w.findAll('[data-test="findings"] > li').map((li) => li.text())).toEqual([
      expect.stringContaining('text-w'),
      expect.stringContaining('text-x'),
    ])
    expect(w.get('[data-test="markers"]').findAll('[data-position]').map((m) => m.attributes('data-position'))).toEqual(['1', '2', '3'])
    expect(w.get('[data-test="results"] [data-test="fix-slot"]').text()).toBe('w')
    expect(w.find('[data-test="clean-slot"]').exists()).toBe(false)
  })

  it('a warning alone is announced as found, not as an error', async () => {
    const w = mountHost()
    await check(w, 'aw')
    const status = w.get('[data-test="status"] p')
    expect(status.text()).toBe(c.summary({ warning: 1 }, checkersText.SEVERITY_LABELS))
    // Not in the colour of "fine" either: the verdict (and its colour) follows the worst finding.
    expect(status.classes()).toContain('warn')
    expect(status.classes()).not.toContain('good')
    expect(w.get('[data-test="input"]').attributes('aria-invalid')).toBeUndefined()
  })

  it('nothing found: the ok summary and the clean slot; 消す empties field and results', async () => {
    const w = mountHost({ multiline: true })
    await check(w, 'abc')
    expect(w.get('[data-test="status"]').text()).toBe('問題なし')
    expect(w.find('[data-test="clean-slot"]').exists()).toBe(true)
    await w.get('[data-test="clear"]').trigger('click')
    expect(w.get<HTMLTextAreaElement>('textarea[data-test="input"]').element.value).toBe('')
    expect(w.get('[data-test="status"]').text()).toBe('')
  })

  it('compact: a card titled at the given level, sub-headings one level down, a link to the tool page', async () => {
    const w = mountHost({ compact: true })
    const section = w.get('section')
    expect(section.classes()).toEqual(expect.arrayContaining(['keycheck', 'compact', 'card']))
    expect(w.get(`#${section.attributes('aria-labelledby')}`).element.tagName).toBe('H2')
    expect(w.get('h2').text()).toBe('テスト')
    expect(w.get('[data-test="after-slot"]').text()).toBe('h3')
    await check(w, 'x')
    expect(w.get('[data-test="results"] h3').text()).toBe(c.findingsHeading)
    expect(w.getComponent(RouterLinkStub).props('to')).toBe('/tools/test')
  })

  it('full page: no frame, no title, no link', () => {
    const w = mountHost()
    expect(w.get('section').classes()).not.toContain('card')
    expect(w.get('section').attributes('aria-labelledby')).toBeUndefined()
    expect(w.find('h2').exists()).toBe(false)
    expect(w.findComponent(RouterLinkStub).exists()).toBe(false)
  })

  it('the prerendered field is read-only until the app has hydrated', async () => {
    const html = await renderToString(createSSRApp({ render: () => h(Host) }).component('RouterLink', RouterLinkStub))
    expect(html).toMatch(/<input[^>]*readonly/)
    const w = mountHost()
    await nextTick()
    expect(w.get('[data-test="input"]').attributes('readonly')).toBeUndefined()
  })
})

describe('WidgetCard', () => {
  it('titles the section with a heading of the given level and renders its content', () => {
    const w = mount(WidgetCard, { props: { heading: '見出し', headingLevel: 4 }, slots: { default: '<p data-test="body">本文</p>' } })
    const section = w.get('section')
    expect(section.classes()).toContain('card')
    const heading = w.get('h4')
    expect(heading.text()).toBe('見出し')
    expect(section.attributes('aria-labelledby')).toBe(heading.attributes('id'))
    expect(w.get('[data-test="body"]').text()).toBe('本文')
  })
})
