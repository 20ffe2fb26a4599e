/**
 * The shipped (packed) index must load into the very index MiniSearch.loadJS builds from the plain JSON:
 * same radix tree, same key order, the same figures its scores read; and searching it (match.ts) must
 * give what MiniSearch's own search gave the engine: the same results with the same scores, for every
 * test query (match.test.ts compares the two more closely, on many more queries).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it, vi } from 'vitest'
import { buildSearchIndex, loadMiniSearch, packSearchIndex, searchWithMiniSearch, treeOf } from '@/lib/search/buildIndex'
import { FIELD_BOOST, FIELDS, LIST_OPTIONS, loadSearchIndex, prepareDocs, search } from '@/lib/search/engine'
import { matchTerms } from '@/lib/search/match'
import type { Tree } from '@/lib/search/packedTree'
import { toSearchDoc } from '@/lib/search/faqDocs'
import { parseReadings } from '@/lib/search/readings'
import { parseSynonymGroups } from '@/lib/search/synonyms'
import { compileAppFaq } from '../../build/faq-plugin.ts'
import { QUERIES } from '../search/queries'
import { SITUATIONS } from '../search/situations'

const FAQ_DIR = join(import.meta.dirname, '../../faq')
const synonyms = parseSynonymGroups(parseYaml(readFileSync(join(FAQ_DIR, 'synonyms.yaml'), 'utf8')))
const readings = parseReadings(parseYaml(readFileSync(join(FAQ_DIR, 'readings.yaml'), 'utf8')))
const faq = compileAppFaq(FAQ_DIR)
const json = buildSearchIndex(faq.compiled.map((q) => toSearchDoc({ ...q, body: q.markdown })))
/** as the first view has them (virtual:faq), which the packed index takes title, step and summary from */
const questions = faq.questions
/** as shipped: through JSON, as the build writes it into the chunk */
const shipped = () => JSON.parse(JSON.stringify(packSearchIndex(json, questions))) as object

/** [key, child] pairs in Map order, all the way down: toEqual alone would not see a different order. */
function entriesDeep(value: unknown): unknown {
  return value instanceof Map ? [...value].map(([k, v]) => [k, entriesDeep(v)]) : value
}
function termCount(node: Tree): number {
  let n = 0
  for (const [key, child] of node) n += key === '' ? 1 : termCount(child as Tree)
  return n
}

// The engine's search, switchable to MiniSearch's own (with the options the engine passed it before).
vi.mock('@/lib/search/match', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/search/match')>()
  return { ...actual, matchTerms: vi.fn(actual.matchTerms) }
})
const ported = vi.mocked(matchTerms).getMockImplementation()!

describe('packed search index', () => {
  /** MiniSearch as loadJS builds it from the plain JSON: what the engine searched before match.ts */
  const mini = loadMiniSearch(json)
  const packed = loadSearchIndex(shipped(), synonyms, readings, questions)
  /** the same questions, searched by MiniSearch itself */
  const viaMiniSearch = <T>(run: () => T): T => {
    vi.mocked(matchTerms).mockImplementation((_index, queries) => searchWithMiniSearch(mini, queries, true))
    try {
      return run()
    } finally {
      vi.mocked(matchTerms).mockImplementation(ported)
    }
  }

  it('rebuilds the radix tree loadJS builds, in the same order, and the figures it scores with', () => {
    const { index } = packed
    expect(entriesDeep(index.tree)).toEqual(entriesDeep(treeOf(mini)))
    expect(termCount(index.tree)).toBe(mini.termCount)
    expect(index.documentCount).toBe(mini.documentCount)
    const m = mini as unknown as Record<string, unknown>
    const fieldIds = m._fieldIds as Record<string, number>
    const n = index.documentCount
    expect([
      new Map(index.ids.map((id, i) => [i, id])),
      new Map(index.ids.map((id, i) => [id, i])),
      new Map(Array.from({ length: n }, (_, i) => [i, index.fieldLength[i]])),
      index.avgFieldLength,
      index.fields,
      n,
      0,
    ]).toEqual([m._documentIds, m._idToShortId, m._fieldLength, m._avgFieldLength, FIELDS.map((f) => [fieldIds[f], FIELD_BOOST[f]]), m._nextId, m._dirtCount])
  })

  it('gives the same results, scores and snippets for every test query, as lists and unfiltered', () => {
    const queries = [...QUERIES.map((c) => c.q), ...SITUATIONS.map((c) => c.q), 'pass', 'passwrod', 'ぱ', 'id', '']
    for (const q of queries) {
      expect(search(packed, q, undefined, { ...LIST_OPTIONS, limit: 20 }), q).toEqual(
        viaMiniSearch(() => search(packed, q, undefined, { ...LIST_OPTIONS, limit: 20 })),
      )
      expect(search(packed, q, undefined, { limit: 25 }), q).toEqual(viaMiniSearch(() => search(packed, q, undefined, { limit: 25 })))
    }
  })

  it('gives the same results whether the stored texts were prepared ahead (idle time) or on demand', () => {
    const ahead = loadSearchIndex(shipped(), synonyms, readings, questions)
    const onDemand = loadSearchIndex(shipped(), synonyms, readings, questions)
    let steps = 0
    for (const _ of prepareDocs(ahead)) steps++
    expect(steps).toBe(ahead.docs.size)
    for (const q of [...QUERIES.map((c) => c.q), ...SITUATIONS.map((c) => c.q)]) {
      expect(search(ahead, q, undefined, { ...LIST_OPTIONS, limit: 20 }), q).toEqual(
        search(onDemand, q, undefined, { ...LIST_OPTIONS, limit: 20 }),
      )
    }
  })

  it('throws on a packed index without its terms', () => {
    const { tree: _t, ...rest } = packSearchIndex(json, questions)
    expect(() => loadSearchIndex(rest, null, null, questions)).toThrow()
  })

  it('throws without the questions it was packed with, or with other ones', () => {
    expect(() => loadSearchIndex(shipped())).toThrow()
    expect(() => loadSearchIndex(shipped(), null, null, questions.slice(1))).toThrow()
    const renamed = questions.map((q, i) => (i === 3 ? { ...q, title: q.title + '!' } : q))
    expect(() => packSearchIndex(json, renamed)).toThrow(/does not match/)
    expect(() => packSearchIndex(json, [...questions].reverse())).toThrow(/does not match/)
  })

  it('ships neither the texts the first view has nor field lengths the postings give', () => {
    const index = packSearchIndex(json, questions)
    const text = JSON.stringify(index)
    for (const q of questions) {
      expect(text).not.toContain(JSON.stringify(q.summary))
      expect(text).not.toContain(`"${q.id}"`)
    }
    expect(index.mini).not.toHaveProperty('fieldLength')
  })
})
