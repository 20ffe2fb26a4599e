import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { MatchRange } from './engine'
import { highlightParts } from './highlight'

const show = (text: string, ranges: MatchRange[]) =>
  highlightParts(text, ranges)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('')

describe('highlightParts', () => {
  it.each<[string, MatchRange[], string]>([
    ['無効なキー', [], '無効なキー'],
    ['無効なキー', [[0, 5]], '[無効なキー]'],
    ['セットアップキーが無効なキー', [[9, 14]], 'セットアップキーが[無効なキー]'],
    ['abcdef', [[1, 2], [4, 5]], 'a[b]cd[e]f'],
    // touching and overlapping ranges become one mark
    ['abcdef', [[1, 3], [3, 4]], 'a[bcd]ef'],
    ['abcdef', [[1, 4], [2, 5]], 'a[bcde]f'],
    // unsorted input
    ['abcdef', [[4, 5], [0, 1]], '[a]bcd[e]f'],
    // out of bounds and empty ranges
    ['abc', [[-3, 1], [2, 99]], '[a]b[c]'],
    ['abc', [[2, 2], [3, 1]], 'abc'],
    ['', [[0, 3]], ''],
  ])('%s %j → %s', (text, ranges, expected) => {
    expect(show(text, ranges)).toBe(expected)
  })

  it('never loses or reorders text, whatever the ranges', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }))), (text, ranges) => {
        const parts = highlightParts(text, ranges)
        expect(parts.map((p) => p.text).join('')).toBe(text)
        // no empty parts, and marked/unmarked alternate (adjacent marks are merged)
        for (let i = 0; i < parts.length; i++) {
          expect(parts[i]!.text).not.toBe('')
          if (i > 0) expect(parts[i]!.mark && parts[i - 1]!.mark).toBe(false)
        }
      }),
    )
  })
})
