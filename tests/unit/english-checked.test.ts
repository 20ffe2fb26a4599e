// @vitest-environment happy-dom
/**
 * An English question page says when its content was checked against the official page (the Japanese
 * page's `checked`, its `sourceChecked`) and when the English page was last checked against the Japanese
 * one (its own `checked`); a Japanese page says only the first, as before.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { questions as enQuestions } from 'virtual:faq/en'
import { questionById, questionIds } from '@/content/faq'
import { render } from '@/entry-server'
import { useEnglish } from '../fixtures/english'

beforeAll(useEnglish)

const footer = async (path: string): Promise<string> =>
  new DOMParser().parseFromString((await render(path)).html, 'text/html').querySelector('footer.source')?.textContent ?? ''

// '2026-12-02' → '2 December 2026'
const long = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

describe('when a page was checked', () => {
  it('every English page gives both dates, each for what it means', async () => {
    for (const id of questionIds) {
      const en = enQuestions.find((q) => q.id === id)!
      expect(en.sourceChecked).toBe(questionById(id, 'ja')!.checked)
      const text = await footer(`/en/faq/${id}`)
      expect(text, id).toContain(`Content checked against the official page on ${long(en.sourceChecked)}.`)
      expect(text, id).toContain(`This English page was last checked against the Japanese page on ${long(en.checked)}.`)
    }
  })

  it('a Japanese page gives only the date its content was checked', async () => {
    const text = await footer('/faq/invalid-key')
    expect(text).toContain(`内容を確認した日：${questionById('invalid-key', 'ja')!.checked}`)
    expect(text).not.toContain('翻訳')
    expect(text).not.toMatch(/English|Japanese page/)
  })
})
