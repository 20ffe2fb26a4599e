import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Finding } from '@/lib/findings'
import { OMUID_CODES, OMUID_LENGTHS, checkOmuid, cleanOmuid, omuidShapeOf } from './omuid'
import { OMUID_SHAPES } from '@/lib/rules'

const clean = (value: string) => ({ code: 'clean', value })
const slip = (value: string) => ({ code: 'slip', value })

describe('omuidShapeOf', () => {
  it.each([
    ['ab12345', 'LLDDDDD'],
    ['AB12345', 'LLDDDDD'],
    ['a12bc345', 'LDDLLDDD'],
    ['A12Bc345', 'LDDLLDDD'],
    ['a12345b', 'LDDDDDL'],
    ['Z00000z', 'LDDDDDL'],
    ['ab1234', undefined],
    ['ab123456', undefined],
    ['1234567', undefined],
    ['ａb12345', undefined],
  ])('%s → %s', (id, shape) => {
    expect(omuidShapeOf(id)).toBe(shape)
  })

  it('knows the published lengths', () => {
    expect(OMUID_LENGTHS).toEqual([7, 8])
  })
})

describe('checkOmuid: exact findings', () => {
  it.each<[string, string, Finding[]]>([
    ['shape 英字2文字+数字5文字', 'ab12345', []],
    ['shape 英字1文字+数字2文字+英字2文字+数字3文字', 'a12bc345', []],
    ['shape 英字1文字+数字5文字+英字1文字', 'a12345b', []],
    ['upper and mixed case are not judged', 'Ab12345', []],
    ['empty', '', [{ code: 'empty', severity: 'error' }]],
    ['a student number (digits only)', '2412345678', [{ code: 'looks-like-number', severity: 'error', data: { length: 10 } }]],
    ['digits only, OMUID length', '1234567', [{ code: 'looks-like-number', severity: 'error', data: { length: 7 } }]],
    [
      'a space copied in front',
      ' ab12345',
      [{ code: 'space', severity: 'error', chars: [{ position: 1, char: ' ', codePoints: ['U+0020'], kind: 'space', replacement: '' }], fix: clean('ab12345') }],
    ],
    [
      'a full-width space inside',
      'ab\u300012345',
      [
        {
          code: 'space',
          severity: 'error',
          chars: [{ position: 3, char: '\u3000', codePoints: ['U+3000'], kind: 'ideographic-space', replacement: '' }],
          fix: clean('ab12345'),
        },
      ],
    ],
    [
      'full-width letters and digits',
      'ａｂ１2345',
      [
        {
          code: 'fullwidth',
          severity: 'error',
          chars: [
            { position: 1, char: 'ａ', codePoints: ['U+FF41'], kind: 'fullwidth-letter', replacement: 'a' },
            { position: 2, char: 'ｂ', codePoints: ['U+FF42'], kind: 'fullwidth-letter', replacement: 'b' },
            { position: 3, char: '１', codePoints: ['U+FF11'], kind: 'fullwidth-digit', replacement: '1' },
          ],
          fix: clean('ab12345'),
        },
      ],
    ],
    [
      'full-width number: still a number',
      '２４１２３４５６７８',
      [
        expect.objectContaining({ code: 'fullwidth' }) as Finding,
        { code: 'looks-like-number', severity: 'error', data: { length: 10 } },
      ],
    ],
    [
      'an invisible character',
      'ab12345\u200b',
      [{ code: 'char', severity: 'error', chars: [{ position: 8, char: '\u200b', codePoints: ['U+200B'], kind: 'invisible', replacement: '' }], fix: clean('ab12345') }],
    ],
    [
      'a hyphen',
      'ab-12345',
      [{ code: 'char', severity: 'error', chars: [{ position: 3, char: '-', codePoints: ['U+002D'], kind: 'ascii-symbol' }] }],
    ],
    ['too short', 'ab1234', [{ code: 'length', severity: 'error', data: { length: 6 } }]],
    ['too long', 'abc12345d', [{ code: 'length', severity: 'error', data: { length: 9 } }]],
    ['right length, no shape', 'abcdefg', [{ code: 'shape', severity: 'error', data: { length: 7 } }]],
    ['8 characters, no shape', 'ab123456', [{ code: 'shape', severity: 'error', data: { length: 8 } }]],
    [
      'letter O where a digit belongs',
      'abO2345',
      [
        {
          code: 'letter-for-digit',
          severity: 'error',
          chars: [{ position: 3, char: 'O', codePoints: ['U+004F'], kind: 'ascii-letter', replacement: '0' }],
          data: { shape: 'LLDDDDD' },
          fix: slip('ab02345'),
        },
      ],
    ],
    [
      'lower-case l and capital I where digits belong',
      'al2bc34I',
      [
        {
          code: 'letter-for-digit',
          severity: 'error',
          chars: [
            { position: 2, char: 'l', codePoints: ['U+006C'], kind: 'ascii-letter', replacement: '1' },
            { position: 8, char: 'I', codePoints: ['U+0049'], kind: 'ascii-letter', replacement: '1' },
          ],
          data: { shape: 'LDDLLDDD' },
          fix: slip('a12bc341'),
        },
      ],
    ],
    [
      'digit 0 where a letter belongs (other letters lower case)',
      '012345b',
      [
        {
          code: 'digit-for-letter',
          severity: 'error',
          chars: [{ position: 1, char: '0', codePoints: ['U+0030'], kind: 'ascii-digit', replacement: 'o' }],
          data: { shape: 'LDDDDDL' },
          fix: slip('o12345b'),
        },
      ],
    ],
    [
      'digit 0 where a letter belongs (other letters upper case)',
      'A0O2345',
      [
        {
          code: 'letter-for-digit',
          severity: 'error',
          chars: [{ position: 3, char: 'O', codePoints: ['U+004F'], kind: 'ascii-letter', replacement: '0' }],
          data: { shape: 'LLDDDDD' },
          fix: slip('AO02345'),
        },
        {
          code: 'digit-for-letter',
          severity: 'error',
          chars: [{ position: 2, char: '0', codePoints: ['U+0030'], kind: 'ascii-digit', replacement: 'O' }],
          data: { shape: 'LLDDDDD' },
          fix: slip('AO02345'),
        },
      ],
    ],
    [
      'digit 1 where a letter belongs: I or l, so no guess and no fix',
      '112345b',
      [
        {
          code: 'digit-for-letter',
          severity: 'error',
          chars: [{ position: 1, char: '1', codePoints: ['U+0031'], kind: 'ascii-digit' }],
          data: { shape: 'LDDDDDL' },
        },
      ],
    ],
  ])('%s', (_name, id, expected) => {
    expect(checkOmuid(id)).toEqual(expected)
  })

  it('only suggests a slip that makes the ID fit a shape', () => {
    // O in a digit place, but the rest fits no shape: no slip is claimed.
    expect(checkOmuid('abOcdef')).toEqual([{ code: 'shape', severity: 'error', data: { length: 7 } }])
  })
})

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
const digit = fc.constantFrom(...'0123456789')
const omuid = fc
  .constantFrom(...OMUID_SHAPES)
  .chain((shape) =>
    fc.tuple(...shape.runs.map(([cls, n]) => fc.array(cls === 'letter' ? letter : digit, { minLength: n, maxLength: n }))).map((runs) => runs.flat().join('')),
  )

describe('checkOmuid: properties', () => {
  it('never throws, on any string', () => {
    const ok = (s: string): void => {
      for (const f of checkOmuid(s)) expect(OMUID_CODES).toContain(f.code)
      cleanOmuid(s)
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), ok))
    fc.assert(fc.property(fc.string({ unit: codeUnit }), ok))
    ok('a'.repeat(10_000))
    ok('1'.repeat(10_000))
    ok('\ud800'.repeat(10_000))
  })

  it('every ID of a published shape passes, in any case', () => {
    fc.assert(
      fc.property(omuid, (id) => {
        expect(checkOmuid(id)).toEqual([])
      }),
    )
  })

  it('cleaning is idempotent, and a full-width or spaced ID cleans back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(cleanOmuid(cleanOmuid(s))).toBe(cleanOmuid(s))
      }),
    )
    fc.assert(
      fc.property(omuid, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (id, wide) => {
        const messy = ' ' + [...id].map((c, i) => (wide[i] ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('') + '\u3000'
        expect(cleanOmuid(messy)).toBe(id)
        const f = checkOmuid(messy)
        expect(f.every((x) => x.fix?.value === id)).toBe(true)
      }),
    )
  })
})
