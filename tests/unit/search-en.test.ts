/**
 * The English edition's search against the real content, as the English search chunk ships it
 * (virtual:search-index/en, src/search/loadIndexEn.ts, lists cut as the app shows them): the query set of
 * tests/search/queries-en.ts, pasted Japanese messages, romaji, and the payload itself.
 */
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { questions } from 'virtual:faq/en'
import { questions as jaQuestions } from 'virtual:faq'
import payload from 'virtual:search-index/en'
import jaPayload from 'virtual:search-index'
import { createSearch } from '@/search/loadIndexEn'
import { createSearch as createJaSearch } from '@/search/loadIndex'
import { normalize } from '@/lib/search/normalize'
import { compileAppEditions } from '../../build/faq-plugin.ts'
import { buildEnglishSearchPayload, buildSearchPayload, loadReadings } from '../../build/faq/search.ts'
import { ENGLISH_QUERIES } from '../search/queries-en'

const FAQ_DIR = join(import.meta.dirname, '../../faq')
const { ja, en } = compileAppEditions(FAQ_DIR)
const enReadings = loadReadings(FAQ_DIR, 'en/readings.yaml')
const s = createSearch(questions)
const listed = (q: string) => s.search(q, 20)

describe('English search on the real content (tests/search/queries-en.ts)', () => {
  it('has at least 40 queries with known ids, none of them a copied title', () => {
    expect(ENGLISH_QUERIES.length).toBeGreaterThanOrEqual(40)
    const ids = new Set(en.questions.map((q) => q.id))
    const titles = new Set(en.questions.map((q) => normalize(q.title)))
    for (const c of ENGLISH_QUERIES) {
      for (const id of c.ids) expect(ids.has(id), `unknown id ${id} for ${c.q}`).toBe(true)
      expect(titles.has(normalize(c.q)), c.q).toBe(false)
    }
    for (const kind of ['typo', 'pasted', 'romaji'] as const) {
      expect(ENGLISH_QUERIES.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(5)
    }
  })

  it('puts a right answer first for 85 % and in the top three for 95 %', () => {
    let top1 = 0
    let top3 = 0
    const misses: string[] = []
    const byKind = new Map<string, [number, number, number]>()
    for (const c of ENGLISH_QUERIES) {
      const results = listed(c.q)
      const rank = results.findIndex((r) => c.ids.includes(r.id))
      const k = byKind.get(c.kind) ?? [0, 0, 0]
      k[2]++
      if (rank === 0) {
        top1++
        k[0]++
      }
      if (rank >= 0 && rank < 3) {
        top3++
        k[1]++
      }
      if (rank !== 0) misses.push(`${rank < 0 ? 'miss' : `#${rank + 1}`} "${c.q}": want ${c.ids.join('|')}, got [${results.slice(0, 3).map((r) => r.id).join(', ')}]`)
      byKind.set(c.kind, k)
    }
    const n = ENGLISH_QUERIES.length
    const pct = (x: number, of: number) => `${x}/${of} (${((100 * x) / of).toFixed(1)}%)`
    console.log(
      `[search en] ${n} queries: top-1 ${pct(top1, n)}, top-3 ${pct(top3, n)}; ` +
        [...byKind].map(([kind, [a, b, m]]) => `${kind} ${a}/${b}/${m}`).join(', ') +
        ' (top-1/top-3/cases)' +
        (misses.length > 0 ? `\n  not first:\n  ${misses.join('\n  ')}` : ''),
    )
    expect(top1 / n, misses.join('\n')).toBeGreaterThanOrEqual(0.85)
    expect(top3 / n, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})

describe('pasted Japanese and romaji find the English pages', () => {
  it('every on-screen message the English pages explain finds its page: first, or in the top three when several pages quote it', () => {
    const explainers = new Map<string, string[]>()
    for (const q of en.questions) for (const m of q.messages) explainers.set(m.text, [...(explainers.get(m.text) ?? []), q.id])
    const misses: string[] = []
    for (const [text, ids] of explainers) {
      const got = listed(text).map((r) => r.id)
      const ok = ids.length === 1 ? got[0] === ids[0] : ids.some((id) => got.slice(0, 3).includes(id))
      if (!ok) misses.push(`「${text}」: want ${ids.join('|')}, got [${got.slice(0, 3).join(', ')}]`)
    }
    expect(explainers.size).toBeGreaterThan(10)
    expect(misses).toEqual([])
  })

  it('points a pasted message at the section explaining it', () => {
    const [r] = listed('使用不可文字が含まれています。')
    expect(r?.id).toBe('change-errors')
    expect(r?.anchor).toBe('unusable-characters')
    expect(r?.snippet.text).toBe('使用不可文字が含まれています。')
  })

  it('every reading of faq/en/readings.yaml searches like its term, and every term is in the English pages', () => {
    const text = normalize(en.compiled.map((q) => [q.title, q.summary, q.keywords.join(' '), q.markdown].join(' ')).join(' '))
    for (const [term, readings] of enReadings) {
      expect(text, term).toContain(normalize(term))
      const want = listed(term).map((r) => r.id)
      expect(want.length, term).toBeGreaterThan(0)
      for (const reading of readings) expect(listed(reading).map((r) => r.id), `${reading} → ${term}`).toEqual(want)
    }
  })
})

describe('the English search payload (virtual:search-index/en)', () => {
  it('is the English payload the build makes, in the packed format of the Japanese one', () => {
    expect(JSON.parse(JSON.stringify(payload))).toEqual(JSON.parse(JSON.stringify(buildEnglishSearchPayload(en, enReadings))))
    expect(payload.words).toBe('en')
    expect((payload.index as { packed?: unknown }).packed).toBe((jaPayload.index as { packed?: unknown }).packed)
    expect(Object.keys(payload).sort()).toEqual([...Object.keys(jaPayload), 'words'].sort())
  })

  it('leaves the Japanese payload as the Japanese build makes it', () => {
    expect(JSON.parse(JSON.stringify(jaPayload))).toEqual(JSON.parse(JSON.stringify(buildSearchPayload(ja, loadReadings(FAQ_DIR)))))
    expect(jaPayload).not.toHaveProperty('words')
  })

  it('stays small: under 20 KB gzip', () => {
    const gz = gzipSync(JSON.stringify(payload), { level: 9 }).length
    const jaGz = gzipSync(JSON.stringify(jaPayload), { level: 9 }).length
    console.log(`[search en] payload ${JSON.stringify(payload).length} B raw, ${gz} B gzip (Japanese: ${jaGz} B gzip)`)
    expect(gz).toBeLessThan(20 * 1024)
  })

  it('loads with the English questions only, and refuses the Japanese index or a broken one', () => {
    expect(() => createSearch(questions, payload)).not.toThrow()
    expect(() => createSearch(questions.slice(1), payload)).toThrow()
    expect(() => createSearch(questions, jaPayload)).toThrow('search index: not the English index')
    expect(() => createSearch(questions, null)).toThrow('search index: missing')
    expect(() => createSearch(questions, { ...payload, index: { packed: 2 } })).toThrow()
    // and the Japanese loader still takes only its own
    expect(() => createJaSearch(jaQuestions, jaPayload)).not.toThrow()
  })

  it('lists results as the Japanese search does: limit, short lists, nothing for nothing', () => {
    expect(s.search('', 10)).toEqual([])
    expect(s.search('how do I', 10)).toEqual([])
    expect(s.search('!?', 10)).toEqual([])
    expect(s.search('password', 3)).toHaveLength(3)
    const counts = ENGLISH_QUERIES.map((c) => listed(c.q).length).sort((a, b) => a - b)
    expect(counts[counts.length >> 1]).toBeLessThanOrEqual(4)
  })
})
