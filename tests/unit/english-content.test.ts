// @vitest-environment happy-dom
/**
 * The English edition through the real app, as the /en pages show it: English is loaded with
 * loadLanguage('en') (wording and FAQ edition together), as the router does. Every question page renders under /en with the English title, body and step names;
 * a move between the languages keeps the page and re-renders it; the Japanese pages are the same as before
 * English was loaded.
 */
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { questions as enQuestions, steps as enSteps } from 'virtual:faq/en'
import enBodies from 'virtual:faq-bodies/en'
import jaBodies from 'virtual:faq-bodies'
import { activeLanguage, langOfPath, loadLanguage } from '@/i18n'
import { defaultLanguage } from '@/locales'
import { ANSWER_SELECTOR } from '@/content/bodies'
import { questionById, questionIds, stepIds } from '@/content/faq'
import { prerenderPaths, render } from '@/entry-server'
import { createApp } from '@/main'
import { createRouter } from '@/router'

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html')
const text = (root: ParentNode, selector: string): string => root.querySelector(selector)?.textContent?.trim() ?? ''

// The Japanese pages, rendered before English is loaded.
const japanesePaths = prerenderPaths().filter((path) => langOfPath(path) === defaultLanguage)
const japaneseBefore = new Map<string, Awaited<ReturnType<typeof render>>>()
for (const path of japanesePaths) japaneseBefore.set(path, await render(path))

await loadLanguage('en')

// Every page has the language switch (src/components/LanguageSwitch.vue).
const SWITCH = /<nav class="language-switch"[^>]*>.*?<\/nav>/s

describe('the English question pages', () => {
  for (const id of questionIds) {
    it(`/en/faq/${id}: English title, body and step`, async () => {
      const en = enQuestions.find((q) => q.id === id)!
      const page = await render(`/en/faq/${id}`)
      expect(page.status).toBe(200)
      expect(page.lang).toBe('en')
      expect(page.title).toBe(`${en.title} | Start-up Procedure Helper`)
      expect(page.description).toBe(en.summary)
      const doc = parse(page.html)
      expect(text(doc, 'h1')).toBe(en.title)
      expect(doc.querySelector(ANSWER_SELECTOR)?.innerHTML).toBe(enBodies[id])
      expect(text(doc, '.crumbs a:last-child')).toBe(enSteps.find((s) => s.id === en.step)!.title)
      expect(page.html).not.toContain(questionById(id, defaultLanguage)!.title)
    })
  }

  it('/en/step/<id>: English step and question titles', async () => {
    for (const id of stepIds) {
      const doc = parse((await render(`/en/step/${id}`)).html)
      expect(text(doc, 'h1')).toBe(enSteps.find((s) => s.id === id)!.title)
      expect([...doc.querySelectorAll('.q-card strong')].map((s) => s.textContent)).toEqual(enQuestions.filter((q) => q.step === id).map((q) => q.title))
    }
  })

  it('/en: the steps and their questions in English', async () => {
    const page = await render('/en')
    expect(page.title).toBe('Start-up Procedure Helper | When you are stuck in the start-up procedure')
    const doc = parse(page.html)
    expect([...doc.querySelectorAll('.step-title a')].map((a) => a.textContent)).toEqual(enSteps.map((s) => expect.stringContaining(s.title)))
  })
})

describe('the Japanese pages', () => {
  it('are the same as before English was loaded, with the switch to the same page in English', async () => {
    expect(japaneseBefore.size).toBeGreaterThan(20)
    expect(prerenderPaths()).toHaveLength(japaneseBefore.size * 2)
    for (const [path, before] of japaneseBefore) {
      const after = await render(path)
      expect(after, path).toEqual(before)
      const link = SWITCH.exec(after.html)?.[0] ?? ''
      if (path !== '/404') expect(link, path).toContain(`href="/en${path === '/' ? '' : path}"`)
      expect(link, path).toContain('hreflang="en"')
    }
  })
})

describe('a move to the same page in the other language', () => {
  it('keeps the page, re-renders it, and brings the body in that language', async () => {
    const id = 'invalid-key'
    const el = document.createElement('div')
    document.body.append(el)
    const router = createRouter(true)
    const { app } = createApp({ ssr: false, router })
    await router.push(`/faq/${id}`)
    await router.isReady()
    app.mount(el)
    await flushPromises()
    const h1 = el.querySelector('h1')
    expect(h1?.textContent).toBe(questionById(id, defaultLanguage)!.title)
    expect(el.querySelector(ANSWER_SELECTOR)?.innerHTML).toBe(jaBodies[id])

    await router.push(`/en/faq/${id}`)
    await flushPromises()
    await nextTick()
    expect(activeLanguage.value).toBe('en')
    // The same element: the view was updated, not replaced.
    expect(el.querySelector('h1')).toBe(h1)
    expect(h1?.textContent).toBe(enQuestions.find((q) => q.id === id)!.title)
    expect(el.querySelector(ANSWER_SELECTOR)?.innerHTML).toBe(enBodies[id])
    expect(document.title).toMatch(/ \| Start-up Procedure Helper$/)
    expect(document.documentElement.lang).toBe('en')

    await router.push(`/faq/${id}`)
    await flushPromises()
    expect(activeLanguage.value).toBe(defaultLanguage)
    expect(h1?.textContent).toBe(questionById(id, defaultLanguage)!.title)
    expect(el.querySelector(ANSWER_SELECTOR)?.innerHTML).toBe(jaBodies[id])
    app.unmount()
  })
})
