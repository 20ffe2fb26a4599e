import { describe, expect, it } from 'vitest'
import { packTree, unpackTree, type Postings, type Tree } from './packedTree'

const postings = (...fields: [number, [number, number][]][]): Postings =>
  new Map(fields.map(([f, docs]) => [f, new Map(docs)]))

/** [key, child] pairs in Map order, all the way down: toEqual alone would not see a different order. */
function entriesDeep(value: unknown): unknown {
  return value instanceof Map ? [...value].map(([k, v]) => [k, entriesDeep(v)]) : value
}

// pass/password/passwrod, a node with its own postings between its children, ids far apart, high counts
const TREE: Tree = new Map<string, Tree | Postings>([
  [
    'pass',
    new Map<string, Tree | Postings>([
      ['wor', new Map<string, Tree | Postings>([['d', new Map([['', postings([0, [[3, 1]]], [4, [[0, 2], [1, 1], [40, 12]]])]])]])],
      ['', postings([4, [[0, 1]]])],
      ['wrod', new Map([['', postings([2, [[27, 1], [1000, 3]]])]])],
    ]),
  ],
  ['パス', new Map([['', postings([12, [[0, 1]]])]])],
  ['', postings([1, [[5, 10]]])],
])

describe('packed radix tree', () => {
  it('round-trips, Map order included', () => {
    const packed = packTree(TREE)
    expect(packed.keys).toBe('pass(wor(d.).wrod.)パス..')
    expect(entriesDeep(unpackTree(JSON.parse(JSON.stringify(packed)) as typeof packed))).toEqual(entriesDeep(TREE))
  })

  it('writes a posting as one letter when the gap is small and the term occurs once', () => {
    // field 4 (not last: 'E'), docs 0 and 1; field 2 (last: 'P'), doc 3 twice
    expect(packTree(new Map([['ab', new Map([['', postings([4, [[0, 1], [1, 1]]], [2, [[3, 2]]])]])]])).postings).toBe('EaaPd1')
    expect(packTree(new Map([['x', new Map([['', postings([0, [[26, 1], [100, 11]]])]])]])).postings).toBe('N{26}{73}10')
  })

  it('counts the terms of each field of each document (MiniSearch field lengths)', () => {
    const lengths = Array.from({ length: 1001 }, () => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    unpackTree(packTree(TREE), lengths)
    expect(lengths[0]).toEqual([0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1])
    expect(lengths[1]?.[4]).toBe(1)
    expect(lengths[1000]?.[2]).toBe(1)
    expect(lengths[5]?.[1]).toBe(1)
  })

  it('refuses what it cannot hold', () => {
    expect(() => packTree(new Map([['a.b', new Map([['', postings([0, [[0, 1]]])]])]]))).toThrow(/character/)
    expect(() => packTree(new Map([['ab', new Map([['', postings([13, [[0, 1]]])]])]]))).toThrow(/field/)
    expect(() => packTree(new Map([['ab', new Map([['', postings([0, [[2, 1], [1, 1]]])]])]]))).toThrow(/order/)
    expect(() => packTree(new Map([['ab', new Map([['', new Map()]])]]))).toThrow(/postings/)
  })

  it('throws on malformed strings', () => {
    const good = packTree(TREE)
    expect(() => unpackTree({ ...good, keys: good.keys.slice(0, -3) })).toThrow()
    expect(() => unpackTree({ ...good, keys: good.keys + ')' })).toThrow()
    expect(() => unpackTree({ ...good, keys: 'pass' })).toThrow()
    expect(good.postings.endsWith('Of9')).toBe(true) // the root's own term: field 1, document 5, 10 times
    expect(() => unpackTree({ ...good, postings: good.postings.slice(0, -3) })).toThrow()
    expect(() => unpackTree({ ...good, postings: good.postings + 'Na' })).toThrow()
    expect(() => unpackTree({ keys: '.', postings: 'N' })).toThrow()
    expect(() => unpackTree({ keys: '.', postings: 'N{3' })).toThrow()
    expect(() => unpackTree({ keys: '.', postings: 'NaNa' })).toThrow()
  })
})
