import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  INVISIBLE_CHARS,
  LOOKALIKES,
  charIssue,
  classifyChar,
  codePointLabels,
  graphemeLength,
  graphemes,
  halfWidthOf,
  invisibleIdOf,
  isEmoji,
  isInvisibleCodePoint,
  removeInvisible,
  replacementFor,
  toHalfWidth,
} from './chars'
import type { CharKind } from './findings'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const reference = (s: string): string[] => Array.from(segmenter.segment(s), (x) => x.segment)

/** Any single UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))
const loneSurrogateString = fc.string({ unit: codeUnit, maxLength: 40 })

// Code points that take part in clusters, mixed so that joins and near-joins are frequent.
const tricky = fc.constantFrom(
  'a', 'Z', '1', ' ', '\r', '\n', '\u0301', '\u0308', '\u200d', '\u200c', '\ufe0f', '\u20e3', '\u{1f3fd}',
  '\u{1f468}', '\u{1f469}', '\u{1f467}', '\u2764', '\u{1f1ef}', '\u{1f1f5}', '\u{1f1fa}', '\u1100', '\u1161',
  '\u11a8', '\uac00', '\u0600', '\u0915', '\u094d', '\u0937', '\u0e33', '\uff76', '\uff9e', '\u3099', 'か',
  '\u{e0067}', '\u{e007f}', '\u{1f3f4}', '\ud800', '\udc00', '\u200b', '\ufeff', 'Ａ', '😀',
)

describe('graphemes', () => {
  it.each([
    ['', []],
    ['abc', ['a', 'b', 'c']],
    ['👨‍👩‍👧', ['👨‍👩‍👧']],
    ['🇯🇵🇺🇸', ['🇯🇵', '🇺🇸']],
    ['🇯🇵🇺', ['🇯🇵', '🇺']],
    ['1\ufe0f\u20e3', ['1\ufe0f\u20e3']],
    ['👍🏽a', ['👍🏽', 'a']],
    ['e\u0301x', ['e\u0301', 'x']],
    ['a\r\nb', ['a', '\r\n', 'b']],
    ['\uff76\uff9e', ['\uff76\uff9e']],
    ['\u1100\u1161\u11a8', ['\u1100\u1161\u11a8']],
    ['\ud800', ['\ud800']],
    ['\udc00a\ud800', ['\udc00', 'a', '\ud800']],
    ['a\u200bb', ['a', '\u200b', 'b']],
    ['\u{1f3f4}\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}', ['\u{1f3f4}\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}']],
  ])('%j → %j', (s, expected) => {
    expect(graphemes(s)).toEqual(expected)
    expect(graphemeLength(s)).toBe(expected.length)
  })

  it('agrees with Intl.Segmenter on every BMP code point between two letters', () => {
    // This is what makes the fast path safe: a code point that is not "joining" must split both sides.
    const wrong: string[] = []
    for (let cp = 0; cp <= 0xffff; cp++) {
      const s = 'a' + String.fromCharCode(cp) + 'a'
      const got = graphemes(s)
      const want = reference(s)
      if (got.length !== want.length || got.some((g, i) => g !== want[i])) wrong.push(cp.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('agrees with Intl.Segmenter on arbitrary strings', () => {
    const same = (s: string): void => {
      expect(graphemes(s)).toEqual(reference(s))
    }
    fc.assert(fc.property(fc.string({ unit: tricky, maxLength: 30 }), same), { numRuns: 3000 })
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), same), { numRuns: 1000 })
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 10 }), same), { numRuns: 1000 })
    fc.assert(fc.property(loneSurrogateString, same), { numRuns: 1000 })
  })

  it('joins back to the input and handles 10,000 characters', () => {
    const big = 'Ａあ😀👨‍👩‍👧e\u0301'.repeat(1500)
    const gs = graphemes(big)
    expect(gs.join('')).toBe(big)
    expect(gs.length).toBe(7500)
    expect(gs).toEqual(reference(big))
  })
})

describe('classifyChar', () => {
  it.each<[string, CharKind]>([
    ['a', 'ascii-letter'],
    ['Z', 'ascii-letter'],
    ['7', 'ascii-digit'],
    ['@', 'ascii-symbol'],
    ['~', 'ascii-symbol'],
    [' ', 'space'],
    ['\t', 'tab'],
    ['\n', 'line-break'],
    ['\r\n', 'line-break'],
    ['\u2028', 'line-break'],
    ['\u0000', 'control'],
    ['\u007f', 'control'],
    ['\u0085', 'line-break'],
    ['\u0090', 'control'],
    ['Ａ', 'fullwidth-letter'],
    ['ｚ', 'fullwidth-letter'],
    ['０', 'fullwidth-digit'],
    ['＠', 'fullwidth-symbol'],
    ['．', 'fullwidth-symbol'],
    ['－', 'fullwidth-symbol'],
    ['＿', 'fullwidth-symbol'],
    ['～', 'fullwidth-symbol'],
    ['「', 'fullwidth-symbol'],
    ['・', 'fullwidth-symbol'],
    ['￥', 'fullwidth-symbol'],
    ['\u3000', 'ideographic-space'],
    ['\u00a0', 'nbsp'],
    ['\u2002', 'nbsp'],
    ['\u200b', 'invisible'],
    ['\u200c', 'invisible'],
    ['\u200d', 'invisible'],
    ['\u2060', 'invisible'],
    ['\ufeff', 'invisible'],
    ['\u00ad', 'invisible'],
    ['\u200e', 'invisible'],
    ['\u202e', 'invisible'],
    ['a\u200d', 'invisible'],
    ['a\ufe0f', 'invisible'],
    ['ー', 'lookalike'],
    ['‐', 'lookalike'],
    ['−', 'lookalike'],
    ['–', 'lookalike'],
    ['—', 'lookalike'],
    ['〜', 'lookalike'],
    ['。', 'lookalike'],
    ['｡', 'lookalike'],
    ['、', 'lookalike'],
    ['あ', 'kana-kanji'],
    ['カ', 'kana-kanji'],
    ['ｶﾞ', 'kana-kanji'],
    ['漢', 'kana-kanji'],
    ['😀', 'emoji'],
    ['👨‍👩‍👧', 'emoji'],
    ['🇯🇵', 'emoji'],
    ['1\ufe0f\u20e3', 'emoji'],
    ['❤\ufe0f', 'emoji'],
    ['é', 'other'],
    ['e\u0301', 'other'],
    ['α', 'other'],
    ['\ud800', 'other'],
  ])('%j is %s', (g, kind) => {
    expect(classifyChar(g)).toBe(kind)
  })

  it('never throws and always names a kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), loneSurrogateString, fc.string({ unit: tricky })), (s) => {
        for (const g of graphemes(s)) expect(typeof classifyChar(g)).toBe('string')
      }),
    )
  })
})

describe('half-width forms', () => {
  it.each([
    ['Ａ', 'A'],
    ['ｚ', 'z'],
    ['０', '0'],
    ['＠', '@'],
    ['．', '.'],
    ['－', '-'],
    ['＿', '_'],
    ['～', '~'],
    ['＼', '\\'],
    ['\u3000', ' '],
    ['\u00a0', ' '],
    ['\u2003', ' '],
    ['ー', '-'],
    ['ｰ', '-'],
    ['‐', '-'],
    ['−', '-'],
    ['–', '-'],
    ['—', '-'],
    ['―', '-'],
    ['〜', '~'],
    ['。', '.'],
    ['｡', '.'],
    ['、', ','],
    ['”', '"'],
    ['’', "'"],
  ])('%j → %j', (c, ascii) => {
    expect(halfWidthOf(c)).toBe(ascii)
    expect(toHalfWidth(`x${c}y`)).toBe(`x${ascii}y`)
  })

  it.each(['a', ' ', 'あ', '😀', '￥', '「', '\u200b', '', 'ab'])('%j has no half-width form', (c) => {
    expect(halfWidthOf(c)).toBeUndefined()
  })

  it('agrees with NFKC for the full-width ASCII block and U+3000', () => {
    for (let cp = 0xff01; cp <= 0xff5e; cp++) {
      const c = String.fromCharCode(cp)
      expect(toHalfWidth(c)).toBe(c.normalize('NFKC'))
    }
    expect(toHalfWidth('\u3000')).toBe('\u3000'.normalize('NFKC'))
  })

  it('covers look-alikes that NFKC leaves alone', () => {
    for (const [c, ascii] of LOOKALIKES) expect(c.normalize('NFKC')).not.toBe(ascii)
  })

  it('is idempotent and only ever writes ASCII for what it changes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), loneSurrogateString, fc.string({ unit: tricky })), (s) => {
        const once = toHalfWidth(s)
        expect(toHalfWidth(once)).toBe(once)
        expect(once.length).toBe(s.length)
        for (let i = 0; i < s.length; i++) if (once[i] !== s[i]) expect(once.charCodeAt(i)).toBeLessThan(0x80)
      }),
    )
  })
})

describe('invisible characters', () => {
  it('names each table entry and finds the entry by code point', () => {
    for (const e of INVISIBLE_CHARS) {
      const c = String.fromCodePoint(e.from)
      expect(invisibleIdOf(c)).toBe(e.id)
      expect(classifyChar(c)).toBe(e.kind)
    }
    expect(invisibleIdOf('\u2062')).toBe('invisible-operator')
    expect(invisibleIdOf('\ufff9')).toBe('other-invisible')
    expect(invisibleIdOf('a')).toBeUndefined()
  })

  it('removeInvisible drops them but keeps emoji sequences whole', () => {
    expect(removeInvisible('a\u200bb\ufeffc\u00ad')).toBe('abc')
    expect(removeInvisible('a\u200d')).toBe('a')
    expect(removeInvisible('👨‍👩‍👧\u200b')).toBe('👨‍👩‍👧')
    expect(removeInvisible('plain')).toBe('plain')
    expect(removeInvisible('a\u00a0b')).toBe('a\u00a0b')
  })

  it('removeInvisible removes every code point the table calls invisible', () => {
    const missed: string[] = []
    for (const cp of [...Array.from({ length: 0x10000 }, (_, i) => i), ...Array.from({ length: 0x200 }, (_, i) => 0xe0000 + i)]) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      if (!isInvisibleCodePoint(cp)) continue
      if (removeInvisible('a' + String.fromCodePoint(cp) + 'b') !== 'ab') missed.push(cp.toString(16))
    }
    expect(missed).toEqual([])
  })

  it('replacementFor deletes invisibles and keeps the visible part of a joined character', () => {
    expect(replacementFor('\u200b')).toBe('')
    expect(replacementFor('a\u200d')).toBe('a')
    expect(replacementFor('Ａ')).toBe('A')
    expect(replacementFor('あ')).toBeUndefined()
  })
})

describe('charIssue and code points', () => {
  it('builds the issue a finding carries', () => {
    expect(charIssue('Ａ', 3, 'fullwidth-letter', replacementFor('Ａ'))).toEqual({ position: 3, char: 'Ａ', codePoints: ['U+FF21'], kind: 'fullwidth-letter', replacement: 'A' })
    expect(charIssue('あ', 1)).toEqual({ position: 1, char: 'あ', codePoints: ['U+3042'], kind: 'kana-kanji' })
    expect(charIssue('\u3000', 2, 'ideographic-space', undefined)).toEqual({
      position: 2,
      char: '\u3000',
      codePoints: ['U+3000'],
      kind: 'ideographic-space',
    })
  })

  it('labels code points, including emoji sequences and lone surrogates', () => {
    expect(codePointLabels('\u200b')).toEqual(['U+200B'])
    expect(codePointLabels('🇯🇵')).toEqual(['U+1F1EF', 'U+1F1F5'])
    expect(codePointLabels('\ud800')).toEqual(['U+D800'])
  })

  it('isEmoji does not count text-style symbols', () => {
    expect(isEmoji('©')).toBe(false)
    expect(isEmoji('©\ufe0f')).toBe(true)
    expect(isEmoji('#\ufe0f\u20e3')).toBe(true)
  })
})
