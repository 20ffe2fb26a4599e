import { describe, expect, it } from 'vitest'
import { OMUID_SHAPES, PASSWORD_ALLOWED_SYMBOLS, PASSWORD_MIN_LENGTH } from './rules'

describe('rules', () => {
  it('OMUID shapes add up to the published lengths', () => {
    expect(OMUID_SHAPES.map((s) => s.runs.reduce((n, [, c]) => n + c, 0))).toEqual([7, 8, 7])
  })
  it('default symbols are exactly the printable ASCII symbols without space', () => {
    const expected = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
      .filter((c) => !/[A-Za-z0-9]/.test(c))
      .join('')
    expect(PASSWORD_ALLOWED_SYMBOLS).toBe(expected)
    expect(PASSWORD_MIN_LENGTH).toBe(12)
  })
})
