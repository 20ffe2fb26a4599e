// @vitest-environment happy-dom
/**
 * The companion: its progress store (ticks, steps, resume, start over, damaged storage) and its step content
 * against the FAQ facts each step cites (a fact changed in faq/ shows up in the companion).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, nextTick, type Component } from 'vue'
import { RouterLinkStub, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import walk from 'virtual:faq-walk'
import { compileAppEditions } from '../../build/faq-plugin'
import { COMPANION_STORE_OPTIONS, useCompanionStore } from '@/stores/companion'
import type { ProgressStorage } from '@/storage/companionProgress'
import { COMPANION_STORAGE_KEY, resumeLabel } from '@/storage/companionResume'
import { setLanguage } from '@/i18n'
import WalkStepCard from '@/tools/companion/parts/WalkStepCard.vue'
import CompanionView from '@/tools/companion/CompanionView.vue'
import { useEnglish } from '../fixtures/english'

const FAQ = join(import.meta.dirname, '../../faq')
const editions = compileAppEditions(FAQ)

function fakeStorage(initial: string | null = null) {
  const box = { value: initial, failWrite: false }
  const storage: ProgressStorage = {
    read: () => box.value,
    write: (v) => {
      if (box.failWrite) throw new DOMException('full', 'QuotaExceededError')
      box.value = v
    },
    remove: () => {
      box.value = null
    },
  }
  return { storage, box }
}

let pinia: Pinia
const wrappers: VueWrapper[] = []
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})
afterEach(() => {
  for (const w of wrappers.splice(0)) w.unmount()
  setLanguage('ja')
  localStorage.clear()
})

function mountWith(component: Component, storage: ProgressStorage | null, props: Record<string, unknown> = {}): VueWrapper {
  const w = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [pinia], provide: { [COMPANION_STORE_OPTIONS as symbol]: { storage } }, stubs: { RouterLink: RouterLinkStub } },
  })
  wrappers.push(w)
  return w
}

function storeWith(storage: ProgressStorage | null) {
  let store: ReturnType<typeof useCompanionStore> | undefined
  mountWith(
    defineComponent({
      setup() {
        store = useCompanionStore()
        return () => null
      },
    }),
    storage,
  )
  return store!
}

const ids = walk.map((s) => s.id)

describe('the progress store', () => {
  it('keeps nothing until something happens, and reads nothing before hydrate()', () => {
    const fake = fakeStorage(JSON.stringify({ v: 1, step: 'code', done: [], ticks: [], finished: false }))
    const store = storeWith(fake.storage)
    expect(store.progress.step).toBe('start-page')
    store.hydrate()
    expect(store.progress.step).toBe('code')
  })

  it('ticks, moves, completes, and keeps only ids and the step title', () => {
    const fake = fakeStorage()
    const store = storeWith(fake.storage)
    store.hydrate((id) => ({ lang: 'ja', text: `T:${id}` }))
    expect(fake.box.value).toBeNull()
    store.tick('email', true)
    store.tick('number', true)
    store.tick('nonsense', true)
    expect(store.progress.ticks).toEqual(['number', 'email'])
    store.goTo('code')
    store.complete('code')
    expect(store.progress.step).toBe('change-check')
    expect(store.progress.done).toEqual(['code'])
    expect(JSON.parse(fake.box.value!)).toEqual({ v: 1, step: 'change-check', done: ['code'], ticks: ['number', 'email'], finished: false, label: { lang: 'ja', text: 'T:change-check' } })
    store.tick('email', false)
    expect(store.progress.ticks).toEqual(['number'])
  })

  it('finishes on the last step, and home no longer offers to resume', () => {
    const fake = fakeStorage()
    const store = storeWith(fake.storage)
    store.hydrate()
    for (const id of ids) store.complete(id)
    expect(store.progress).toMatchObject({ step: 'done', finished: true, done: ids })
    localStorage.setItem(COMPANION_STORAGE_KEY, fake.box.value!)
    expect(resumeLabel('ja')).toBeNull()
  })

  it('resumes from home with the step title in the language it was shown in', () => {
    localStorage.setItem(COMPANION_STORAGE_KEY, JSON.stringify({ v: 1, step: 'code', done: [], ticks: [], finished: false, label: { lang: 'ja', text: '確認コード' } }))
    expect(resumeLabel('ja')).toBe('確認コード')
    expect(resumeLabel('en')).toBe('')
    localStorage.setItem(COMPANION_STORAGE_KEY, '{broken')
    expect(resumeLabel('ja')).toBeNull()
    localStorage.removeItem(COMPANION_STORAGE_KEY)
    expect(resumeLabel('ja')).toBeNull()
  })

  it('starts over, removing the stored value, and can be undone', () => {
    const fake = fakeStorage()
    const store = storeWith(fake.storage)
    store.hydrate()
    store.goTo('qr-code')
    store.tick('guide', true)
    const before = store.startOver()
    expect(store.progress).toEqual({ step: 'start-page', done: [], ticks: [], finished: false })
    expect(fake.box.value).toBeNull()
    store.restore(before)
    expect(store.progress.step).toBe('qr-code')
    expect(JSON.parse(fake.box.value!).ticks).toEqual(['guide'])
  })

  it('reports a damaged value, keeps what it can and writes the cleaned value back', () => {
    const fake = fakeStorage('{"v":1,"step":"gone","done":["code","zz"],"ticks":["email"]}')
    const store = storeWith(fake.storage)
    store.hydrate()
    expect(store.damage).toEqual(['unknown-step', 'unknown-ids'])
    expect(store.progress).toMatchObject({ step: 'start-page', done: ['code'], ticks: ['email'] })
    expect(JSON.parse(fake.box.value!)).toMatchObject({ step: 'start-page', done: ['code'], ticks: ['email'] })
  })

  it('drops a value it cannot read at all, and works in memory when storage fails', () => {
    const fake = fakeStorage('not json')
    const store = storeWith(fake.storage)
    store.hydrate()
    expect(store.damage).toEqual(['unreadable'])
    expect(fake.box.value).toBeNull()
    fake.box.failWrite = true
    store.goTo('code')
    expect(store.persistence).toBe('memory')
    expect(store.progress.step).toBe('code')
  })
})

describe('a step shows the facts it cites from the FAQ', () => {
  it.each(walk.map((s) => [s.id, s] as const))('%s: its text, each fact with its question, and its questions', async (_id, step) => {
    const text = editions.ja.walk.text[step.id]!
    const w = mountWith(WalkStepCard, null, { step, text, n: 1, total: walk.length })
    await flushPromises()
    expect(w.get('h3').text()).toBe(text.title)
    expect(w.get('[data-test="shows"]').text()).toBe(text.shows)
    expect(w.get('[data-test="do"]').text()).toBe(text.do)
    const facts = w.findAll('[data-test="facts"] li')
    expect(facts).toHaveLength(step.facts.length)
    step.facts.forEach((f, i) => {
      const q = editions.ja.questions.find((x) => x.id === f.question)!
      expect(facts[i]!.text()).toContain(f.key === 'summary' ? q.summary : q.facts[f.key])
      expect(facts[i]!.text()).toContain(q.title)
    })
    const stuck = w.findAll('[data-test="stuck"] a')
    // A question's own title, or for a section of it, the screen's messages that section explains.
    expect(stuck.map((a) => a.text())).toEqual(
      step.questions.map((q) => {
        const meta = editions.ja.questions.find((x) => x.id === q.id)!
        return q.anchor ? meta.messages.filter((m) => m.anchor === q.anchor).map((m) => `「${m.text}」`).join(' ') : meta.title
      }),
    )
    expect(w.findAllComponents(RouterLinkStub).filter((l) => l.element.closest('[data-test="stuck"]')).map((l) => l.props('to'))).toEqual(step.questions.map((q) => `/faq/${q.id}${q.anchor ? `#${q.anchor}` : ''}`))
  })

  describe('a fact edited in faq/', () => {
    let dir = ''
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'companion-'))
      cpSync(FAQ, dir, { recursive: true })
      const file = join(dir, 'reflection-pending.md')
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll('5分程度お待ちください', '10分程度お待ちください').replace('**5分程度**お待ちください', '**10分程度**お待ちください'))
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('shows up in the step that cites it', async () => {
      const edited = compileAppEditions(dir)
      const step = edited.ja.walk.steps.find((s) => s.id === 'change-check')!
      const w = mountWith(WalkStepCard, null, { step, text: edited.ja.walk.text['change-check'], n: 8, total: walk.length })
      await flushPromises()
      expect(w.get('[data-test="facts"]').text()).toContain('パスワードの変更が反映されるまで、10分程度お待ちください。')
      expect(w.get('[data-test="facts"]').text()).not.toContain('5分程度お待ちください')
    })
  })
})

describe('the companion page', () => {
  it('shows the stored step only after mounting, marked as the current step, with the steps as an ordered list', async () => {
    const fake = fakeStorage(JSON.stringify({ v: 1, step: 'code', done: ['start-page'], ticks: ['email'], finished: false }))
    const w = mountWith(CompanionView, fake.storage)
    await nextTick()
    await flushPromises()
    expect(w.findAll('ol.walk-list > li')).toHaveLength(walk.length)
    expect(w.get('[aria-current="step"]').attributes('data-walk')).toBe('code')
    expect(w.findAll('[aria-current]')).toHaveLength(1)
    expect(w.get('#walk-step-heading').text()).toBe(editions.ja.walk.text.code!.title)
    expect(w.get('[data-prep="email"] input').element).toHaveProperty('checked', true)
    expect(w.get('[data-test="prep-status"]').text()).toContain('まだ用意できていないもの：')
    expect(w.get('[data-test="prep-status"]').text()).not.toContain('OMUメールではない')
  })

  it('walks forward and says when everything is at hand', async () => {
    const fake = fakeStorage()
    const w = mountWith(CompanionView, fake.storage)
    await flushPromises()
    for (const id of ['number', 'email', 'authenticator', 'second-screen', 'off-campus']) await w.get(`[data-prep="${id}"] input`).setValue(true)
    expect(w.get('[data-test="prep-status"]').text()).toBe('すべてそろいました。手順に進みましょう。')
    await w.get('[data-test="complete"]').trigger('click')
    expect(w.get('[aria-current="step"]').attributes('data-walk')).toBe('resume-prompt')
    expect(JSON.parse(fake.box.value!)).toMatchObject({ step: 'resume-prompt', done: ['start-page'], label: { lang: 'ja', text: editions.ja.walk.text['resume-prompt']!.title } })
  })

  it('ends with a summary: what was done, the password from now on, and what to do on a phone change, from the FAQ', async () => {
    const fake = fakeStorage(JSON.stringify({ v: 1, step: 'done', done: ['start-page', 'code'], ticks: [], finished: true }))
    const w = mountWith(CompanionView, fake.storage)
    await flushPromises()
    const summary = w.get('[data-test="summary"]')
    expect(summary.findAll('li').map((li) => li.text())).toEqual([editions.ja.walk.text['start-page']!.title, editions.ja.walk.text.code!.title])
    const devices = editions.ja.questions.find((q) => q.id === 'multiple-devices')!
    expect(summary.text()).toContain(editions.ja.questions.find((q) => q.id === 'login-after-2fa-start')!.facts['own-password'])
    expect(summary.text()).toContain(devices.summary)
    expect(summary.text()).toContain(devices.facts['qr-page'])
    expect(w.find('[data-test="complete"]').exists()).toBe(false)
  })

  it('in English: the English walk and facts, and the English title kept for home', async () => {
    await useEnglish()
    setLanguage('en')
    const fake = fakeStorage(JSON.stringify({ v: 1, step: 'code', done: [], ticks: [], finished: false }))
    const w = mountWith(CompanionView, fake.storage)
    await flushPromises()
    expect(w.get('h1').text()).toBe('Prepare and go through the procedure')
    expect(w.get('#walk-step-heading').text()).toBe(editions.en.walk.text.code!.title)
    expect(w.get('[data-test="facts"]').text()).toContain('The confirmation code is valid for about 5 minutes.')
    await w.get('[data-test="complete"]').trigger('click')
    expect(JSON.parse(fake.box.value!).label).toEqual({ lang: 'en', text: editions.en.walk.text['change-check']!.title })
  })
})
