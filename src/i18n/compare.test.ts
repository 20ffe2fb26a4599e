import { describe, expect, it } from 'vitest'
import { compareWording } from './compare'

const reference = {
  title: 'タイトル',
  count: (n: number) => `${n}件`,
  nested: { a: 'あ', b: 'い' },
  steps: ['一', '二'],
}

describe('compareWording', () => {
  it('finds nothing when the candidate has every key, of the same kinds', () => {
    const candidate = { title: 'Title', count: (n: number) => `${n} items`, nested: { a: 'A', b: 'B' }, steps: ['one', 'two'] }
    expect(compareWording(reference, candidate)).toEqual({ missing: [], extra: [], kind: [] })
  })

  it('lists missing and extra keys at any depth, and a lost list item', () => {
    const candidate = { title: 'Title', count: (n: number) => `${n}`, nested: { a: 'A', c: 'C' }, steps: ['one'], more: 'x' }
    expect(compareWording(reference, candidate)).toEqual({ missing: ['nested.b', 'steps.1'], extra: ['nested.c', 'more'], kind: [] })
  })

  it('flags a string where a function belongs, and the other way round', () => {
    const candidate = { title: () => 'Title', count: '3 items', nested: 'flat', steps: ['one', 'two'] }
    expect(compareWording(reference, candidate).kind).toEqual(['title: string → function', 'count: function → string', 'nested: object → string'])
  })

  it('flags a missing area as a whole', () => {
    expect(compareWording(reference, undefined).kind).toEqual(['(root): object → other'])
  })
})
