import { describe, expect, it } from 'vitest'
import { LIMITS, clipText } from './limits'

describe('LIMITS', () => {
  it('gives each field the limit of its purpose', () => {
    expect(LIMITS).toEqual({
      password: 128,
      email: 254,
      setupKey: 64,
      omuid: 32,
      search: 200,
      inquiryMessage: 200,
      inquiryDevice: 100,
      inquiryDetails: 2000,
    })
  })
})

describe('clipText', () => {
  it('keeps text within the limit as it is', () => {
    expect(clipText('abc', 3)).toBe('abc')
    expect(clipText('', 0)).toBe('')
  })

  it('cuts ASCII at exactly the limit', () => {
    expect(clipText('a'.repeat(1_000_000), 128)).toHaveLength(128)
    expect(clipText('abcdef', 0)).toBe('')
  })

  it('never splits a surrogate pair', () => {
    const s = 'a😀b' // 😀 is two code units: a=0, 😀=1–2, b=3
    expect(clipText(s, 2)).toBe('a')
    expect(clipText(s, 3)).toBe('a😀')
  })

  it('never splits a grapheme: emoji sequences, flags, combining marks, voiced kana', () => {
    const family = '👨‍👩‍👧' // 8 code units, one grapheme
    expect(clipText(`x${family}y`, 5)).toBe('x')
    expect(clipText(`x${family}y`, 9)).toBe(`x${family}`)
    expect(clipText('🇯🇵🇯🇵', 6)).toBe('🇯🇵') // a flag is two regional indicators
    expect(clipText('e\u0301e\u0301', 3)).toBe('e\u0301') // e + combining acute
    expect(clipText('か\u3099か\u3099', 3)).toBe('か\u3099') // か + combining dakuten
  })

  // Its speed on a 1 MB paste is measured in the browser (tests/e2e/limits.spec.ts), not on a loaded test runner.
  it('clips 1 MB of mixed scripts to at most the limit', () => {
    const big = 'Abcｄ１２３あ😀 x👨‍👩‍👧e\u0301'.repeat(50_000)
    const out = clipText(big, 2000)
    expect(out.length).toBeLessThanOrEqual(2000)
    expect(out.length).toBeGreaterThan(1980)
    expect(big.startsWith(out)).toBe(true)
    // The cut is at a grapheme boundary: segmenting the cut text ends where the full text has a boundary.
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    const starts = new Set([...seg.segment(big.slice(0, 2100))].map((s) => s.index))
    expect(starts.has(out.length)).toBe(true)
  })
})
