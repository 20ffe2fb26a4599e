/**
 * The shipped (packed) index must load into the very engine MiniSearch.loadJS builds from the plain JSON:
 * same radix tree, same key order, so the same results with the same scores, for every test query.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex, LIST_OPTIONS, loadSearchIndex, packSearchIndex, prepareDocs, search } from '@/lib/search/engine'
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
const treeOf = (engine: ReturnType<typeof loadSearchIndex>) =>
  (engine.mini as unknown as { _index: { _tree: Map<string, unknown> } })._index._tree

describe('packed search index', () => {
  const plain = loadSearchIndex(json, synonyms, readings)
  const packed = loadSearchIndex(shipped(), synonyms, readings, questions)

  it('rebuilds the radix tree loadJS builds, in the same order', () => {
    expect(entriesDeep(treeOf(packed))).toEqual(entriesDeep(treeOf(plain)))
    expect(packed.mini.termCount).toBe(plain.mini.termCount)
    expect(packed.mini.documentCount).toBe(plain.mini.documentCount)
    const internals = (e: typeof plain) => {
      const m = e.mini as unknown as Record<string, unknown>
      return [m._documentIds, m._idToShortId, m._fieldLength, m._avgFieldLength, m._fieldIds, m._nextId, m._dirtCount]
    }
    expect(internals(packed)).toEqual(internals(plain))
  })

  it('gives the same results, scores and snippets for every test query, as lists and unfiltered', () => {
    const queries = [...QUERIES.map((c) => c.q), ...SITUATIONS.map((c) => c.q), 'pass', 'passwrod', 'ぱ', 'id', '']
    for (const q of queries) {
      expect(search(packed, q, undefined, { ...LIST_OPTIONS, limit: 20 }), q).toEqual(
        search(plain, q, undefined, { ...LIST_OPTIONS, limit: 20 }),
      )
      expect(search(packed, q, undefined, { limit: 25 }), q).toEqual(search(plain, q, undefined, { limit: 25 }))
    }
  })

  it('gives the same results whether the stored texts were prepared ahead (idle time) or on demand', () => {
    const ahead = loadSearchIndex(shipped(), synonyms, readings, questions)
    let steps = 0
    for (const _ of prepareDocs(ahead)) steps++
    expect(steps).toBe(ahead.docs.size)
    for (const q of [...QUERIES.map((c) => c.q), ...SITUATIONS.map((c) => c.q)]) {
      expect(search(ahead, q, undefined, { ...LIST_OPTIONS, limit: 20 }), q).toEqual(
        search(plain, q, undefined, { ...LIST_OPTIONS, limit: 20 }),
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
