/**
 * What the UI gets from the lazily loaded search (src/composables/searchIndex.ts): the shipped index, with
 * the long tail of weak matches cut off. The cut must never cost a right answer.
 */
import { describe, expect, it } from 'vitest'
import { questions } from 'virtual:faq'
import payload from 'virtual:search-index'
import { createSearch, RELATIVE_CUTOFF } from '@/search/loadIndex'
import { resultPath } from '@/composables/useSearch'
import { QUERIES } from '../search/queries'
import { SITUATIONS } from '../search/situations'

describe('createSearch (the lazy chunk)', () => {
  const s = createSearch(questions)

  it('keeps every expected answer of the query set where the engine put it', () => {
    const misses: string[] = []
    for (const c of QUERIES) {
      const ids = s.search(c.q, 10).map((r) => r.id)
      const rank = ids.indexOf(c.id)
      if (rank < 0 || rank > (c.exact ? 0 : 2)) misses.push(`${c.q} → ${ids.slice(0, 3).join(', ')} (want ${c.id})`)
    }
    expect(misses).toEqual([])
  })

  it('lists a right answer among the first three for the situations set too', () => {
    const misses = SITUATIONS.filter((c) => !s.search(c.q, 10).slice(0, 3).some((r) => c.ids.includes(r.id)))
    expect(misses.map((c) => c.q)).toEqual([])
  })

  it('drops results far below the best one', () => {
    for (const q of ['無効なキー', '使用不可文字', 'パスワード', 'スマホ']) {
      const results = s.search(q, 25)
      const top = results[0]!.score
      expect(results.every((r) => r.score >= top * RELATIVE_CUTOFF), q).toBe(true)
    }
    // A whole on-screen message leaves its own question alone, not a list of every question with キー.
    expect(s.search('使用不可文字', 10).map((r) => r.id)).toEqual(['change-errors'])
  })

  it('returns [] for nothing useful and respects the limit', () => {
    expect(s.search('', 10)).toEqual([])
    expect(s.search('！？。', 10)).toEqual([])
    expect(s.search('パスワード', 3)).toHaveLength(3)
  })

  it('throws on a missing or corrupt index, so the UI can say search is unavailable', () => {
    expect(() => createSearch(questions, null)).toThrow()
    expect(() => createSearch(questions, { synonyms: [] })).toThrow()
    expect(() => createSearch(questions, { index: { documentCount: 'x' }, synonyms: [] })).toThrow()
    expect(() => createSearch(questions.slice(1), payload)).toThrow()
    expect(() => createSearch(questions, payload)).not.toThrow()
  })
})

describe('resultPath', () => {
  it.each([
    [{ id: 'invalid-key' }, '/faq/invalid-key'],
    [{ id: 'change-errors', anchor: 'unusable-characters' }, '/faq/change-errors#unusable-characters'],
    [{ id: 'change-errors', anchor: '' }, '/faq/change-errors'],
  ])('%j → %s', (r, path) => expect(resultPath(r)).toBe(path))
})
