// @vitest-environment happy-dom
/**
 * The content follows the active language as the wording does: the FAQ edition loads with the wording
 * (loadLanguage), every accessor of src/content/faq.ts reads the active language's edition, and a mounted
 * question page re-renders, title, body, step and audience, when the language changes. English is loaded
 * here through loadLanguage('en') like any other language (it is not listed in src/locales/index.ts yet, so
 * no /en route exists: the language is set directly).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { steps as enSteps, questions as enQuestions, links as enLinks } from 'virtual:faq/en'
import enBodies from 'virtual:faq-bodies/en'
import jaBodies from 'virtual:faq-bodies'
import '@/locales/load'
import { languageLoaded, loadLanguage, setLanguage } from '@/i18n'
import { defaultLanguage } from '@/locales'
import { appText } from '@/locales/app'
import {
  bodyOf,
  editionLanguage,
  faqEdition,
  links,
  loadBody,
  officialFaq,
  questionById,
  questionIds,
  questions,
  questionsOfStep,
  seedBody,
  setBodySource,
  stepById,
  stepIds,
  steps,
} from '@/content/faq'
import { compiledBodies } from '@/content/compiledBodies'
import { titleFor } from '@/content/titles'
import { createApp } from '@/main'
import { createRouter } from '@/router'

const ID = 'invalid-key'
const jaQuestion = questions(defaultLanguage).find((q) => q.id === ID)!
const enQuestion = enQuestions.find((q) => q.id === ID)!
const enStep = enSteps.find((s) => s.id === enQuestion.step)!
const jaStep = steps(defaultLanguage).find((s) => s.id === jaQuestion.step)!

afterEach(() => {
  setLanguage(defaultLanguage)
  setBodySource(compiledBodies)
  document.body.innerHTML = ''
})

async function mountQuestion(path: string) {
  const el = document.createElement('div')
  document.body.append(el)
  const router = createRouter(true)
  const { app } = createApp({ ssr: false, router })
  await router.push(path)
  await router.isReady()
  app.mount(el)
  await flushPromises()
  return { el, router, app }
}

const text = (el: Element, selector: string): string => el.querySelector(selector)?.textContent?.trim() ?? ''

describe('a move from one question to another', () => {
  // First in this file: no body is loaded yet, as on a prerendered page that seeded only its own.
  it('loads the next body, though the route record stays the same (no beforeEnter runs)', async () => {
    const loadAll = vi.fn((lang: string) => compiledBodies.loadAll(lang))
    setBodySource({ loadAll })
    seedBody(ID, jaBodies[ID]!, defaultLanguage)
    const { el, router, app } = await mountQuestion(`/faq/${ID}`)
    expect(loadAll).not.toHaveBeenCalled()
    expect(el.querySelector('.answer')?.innerHTML).toBe(jaBodies[ID])
    await router.push('/faq/pc-too')
    await flushPromises()
    expect(loadAll).toHaveBeenCalledWith(defaultLanguage)
    expect(el.querySelector('.answer')?.innerHTML).toBe(jaBodies['pc-too'])
    expect(el.textContent).not.toContain(appText.bodyFailed)
    app.unmount()
  })
})

describe('the FAQ edition of a language', () => {
  it('cannot be read before loadLanguage(), and loads with the wording', async () => {
    expect(languageLoaded('en')).toBe(false)
    expect(() => questions('en')).toThrow(/FAQ edition en is not loaded: loadLanguage\('en'\) first/)
    await loadLanguage('en')
    expect(questions('en')).toEqual(enQuestions)
    expect(steps('en')).toEqual(enSteps)
    expect(links('en')).toEqual(enLinks)
  })

  it('has the same ids, in the same order, as the Japanese edition', () => {
    expect(questions('en').map((q) => q.id)).toEqual(questionIds)
    expect(steps('en').map((s) => s.id)).toEqual(stepIds)
    expect(Object.keys(links('en'))).toEqual(Object.keys(links(defaultLanguage)))
  })

  it('is what every accessor reads while its language is active', () => {
    setLanguage('en')
    expect(faqEdition().questions).toBe(questions('en'))
    expect(questionById(ID)?.title).toBe(enQuestion.title)
    expect(stepById(enQuestion.step)?.title).toBe(enStep.title)
    expect(questionsOfStep(enQuestion.step).map((q) => q.title)).toContain(enQuestion.title)
    expect(officialFaq().label).toBe(enLinks['official-faq']?.label)
    expect(titleFor({ name: 'question', params: { id: ID } }).title).toBe(`${enQuestion.title} | ${appText.siteName}`)
    expect(titleFor({ name: 'question', params: { id: ID } }).title).toMatch(/Start-up Procedure Helper$/)
    setLanguage(defaultLanguage)
    expect(questionById(ID)?.title).toBe(jaQuestion.title)
    expect(officialFaq().label).toBe(links(defaultLanguage)['official-faq']?.label)
  })

  it('is the Japanese one for a language that has none', () => {
    expect(editionLanguage('xx')).toBe(defaultLanguage)
    expect(editionLanguage('en')).toBe('en')
    expect(faqEdition('xx')).toBe(faqEdition(defaultLanguage))
  })
})

describe('bodies by language', () => {
  beforeAll(() => loadLanguage('en'))

  it('seeds a prerendered body in its own language only', () => {
    seedBody('no-such-question', '<p>x</p>', 'en')
    expect(bodyOf('no-such-question', 'en')).toBeUndefined()
    seedBody('pc-too', '<p>seeded in English</p>', 'en')
    expect(bodyOf('pc-too', 'en')).toBe('<p>seeded in English</p>')
    expect(bodyOf('pc-too', defaultLanguage)).toBe(jaBodies['pc-too'])
  })

  it("asks the source for the language's edition and keeps each language apart", async () => {
    const asked: string[] = []
    setBodySource({
      loadAll: (lang) => {
        asked.push(lang)
        return compiledBodies.loadAll(lang)
      },
    })
    expect(await loadBody(ID, 'en')).toBe(true)
    expect(asked).toEqual(['en'])
    expect(bodyOf(ID, 'en')).toBe(enBodies[ID])
    expect(bodyOf(ID, defaultLanguage)).toBe(jaBodies[ID])
    // A seeded body is not replaced by the loaded ones.
    expect(bodyOf('pc-too', 'en')).toBe('<p>seeded in English</p>')
    setLanguage('en')
    expect(bodyOf(ID)).toBe(enBodies[ID])
    // Loaded once: nothing more is asked; unknown ids ask nothing.
    expect(await loadBody('code-expired')).toBe(true)
    expect(await loadBody('no-such-question', 'en')).toBe(false)
    expect(asked).toEqual(['en'])
  })

  it('gives a language without an edition the Japanese bodies', async () => {
    expect(await loadBody(ID, 'xx')).toBe(true)
    expect(bodyOf(ID, 'xx')).toBe(jaBodies[ID])
  })
})

describe('a question page', () => {
  beforeAll(() => loadLanguage('en'))


  it('re-renders in the other language, title, body, step and audience, when the language changes', async () => {
    // A question with an audience (new students) and a checker below its answer.
    const id = 'student-number-unknown'
    const ja = questionById(id, defaultLanguage)!
    const en = enQuestions.find((q) => q.id === id)!
    const { el, app } = await mountQuestion(`/faq/${id}`)
    expect(text(el, 'h1')).toBe(ja.title)
    expect(el.querySelector('.answer')?.innerHTML).toBe(jaBodies[id])
    expect(text(el, '.crumbs a:last-child')).toBe(stepById(ja.step, defaultLanguage)!.title)
    expect(text(el, '.audience .muted')).toBe('対象：')
    expect([...el.querySelectorAll('.audience .chip')].map((c) => c.textContent)).toEqual(ja.audience)

    // What the router does on a move to the /en page: the body, then the language.
    expect(await loadBody(id, 'en')).toBe(true)
    setLanguage('en')
    await nextTick()
    expect(text(el, 'h1')).toBe(en.title)
    expect(el.querySelector('.answer')?.innerHTML).toBe(enBodies[id])
    expect(text(el, '.crumbs a:last-child')).toBe(enSteps.find((s) => s.id === en.step)!.title)
    expect(text(el, '.audience .muted')).toBe('For:')
    expect([...el.querySelectorAll('.audience .chip')].map((c) => c.textContent)).toEqual(en.audience)
    expect(en.audience).not.toEqual(ja.audience)
    expect(el.textContent).not.toContain(ja.title)
    expect(text(el, '.not-resolved')).toMatch(/^If this does not solve your problem: /)
    // The official FAQ link, labelled from the English links.
    expect(text(el, '.source a[data-external]')).toBe(enLinks['official-faq']?.label)

    setLanguage(defaultLanguage)
    await nextTick()
    expect(text(el, 'h1')).toBe(ja.title)
    expect(el.querySelector('.answer')?.innerHTML).toBe(jaBodies[id])
    app.unmount()
  })

  it('lists the step page in the other language too', async () => {
    const { el, app } = await mountQuestion(`/step/${jaStep.id}`)
    expect(text(el, 'h1')).toBe(jaStep.title)
    setLanguage('en')
    await nextTick()
    expect(text(el, 'h1')).toBe(enStep.title)
    const titles = [...el.querySelectorAll('.q-card strong')].map((s) => s.textContent)
    expect(titles).toEqual(questionsOfStep(jaStep.id, 'en').map((q) => q.title))
    expect(text(el, '.pager')).toMatch(/(Previous|Next) step: /)
    app.unmount()
  })

})
