import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Finding } from '@/lib/findings'
import { SETUP_KEY_ALPHABET } from '@/lib/rules'
import { SETUP_KEY_CODES, checkSetupKey, cleanSetupKey, usableCleanedKey } from './setupKey'

const INVALID = '無効なキー'
const KEY = 'JBSWY3DPEHPK3PXP'
const clean = (value: string) => ({ code: 'clean', value })

describe('checkSetupKey: exact findings', () => {
  it.each<[string, string, Finding[]]>([
    ['a valid key', KEY, []],
    ['lower case is fine', KEY.toLowerCase(), []],
    ['padding at the end is fine', 'JBSWY3DPEHPK3PX=', []],
    ['every letter and digit of the alphabet', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', []],
    ['empty', '', [{ code: 'empty', severity: 'error' }]],
    ['padding only', '====', [{ code: 'empty', severity: 'error' }]],
    [
      'a space copied in front (the FAQ case)',
      ` ${KEY}`,
      [
        {
          code: 'edge-space',
          severity: 'error',
          screenMessage: INVALID,
          chars: [{ position: 1, char: ' ', codePoints: ['U+0020'], kind: 'space', replacement: '' }],
          data: { leading: 1, trailing: 0 },
          fix: clean(KEY),
        },
      ],
    ],
    [
      'a line break and a full-width space after',
      `${KEY}\n\u3000`,
      [
        {
          code: 'edge-space',
          severity: 'error',
          screenMessage: INVALID,
          chars: [
            { position: 17, char: '\n', codePoints: ['U+000A'], kind: 'line-break', replacement: '' },
            { position: 18, char: '\u3000', codePoints: ['U+3000'], kind: 'ideographic-space', replacement: '' },
          ],
          data: { leading: 0, trailing: 2 },
          fix: clean(KEY),
        },
      ],
    ],
    [
      'spaces between groups',
      'JBSW Y3DP EHPK 3PXP',
      [
        {
          code: 'inner-space',
          severity: 'warning',
          chars: [5, 10, 15].map((position) => ({ position, char: ' ', codePoints: ['U+0020'], kind: 'space' as const, replacement: '' })),
          fix: clean(KEY),
        },
      ],
    ],
    [
      'a tab and a no-break space inside',
      'JBSW\tY3DP\u00a0EHPK3PXP',
      [
        {
          code: 'inner-space',
          severity: 'warning',
          chars: [
            { position: 5, char: '\t', codePoints: ['U+0009'], kind: 'tab', replacement: '' },
            { position: 10, char: '\u00a0', codePoints: ['U+00A0'], kind: 'nbsp', replacement: '' },
          ],
          fix: clean(KEY),
        },
      ],
    ],
    [
      'full-width letters and digits',
      'ＪBSWY３DPEHPK3PXP',
      [
        {
          code: 'char',
          severity: 'error',
          screenMessage: INVALID,
          chars: [
            { position: 1, char: 'Ｊ', codePoints: ['U+FF2A'], kind: 'fullwidth-letter', replacement: 'J' },
            { position: 6, char: '３', codePoints: ['U+FF13'], kind: 'fullwidth-digit', replacement: '3' },
          ],
          data: { fullwidth: 2, misread: 0 },
          fix: clean(KEY),
        },
      ],
    ],
    [
      'an invisible character in front',
      `\u200b${KEY}`,
      [
        {
          code: 'char',
          severity: 'error',
          screenMessage: INVALID,
          chars: [{ position: 1, char: '\u200b', codePoints: ['U+200B'], kind: 'invisible', replacement: '' }],
          data: { fullwidth: 0, misread: 0 },
          fix: clean(KEY),
        },
      ],
    ],
    [
      'digits Base32 does not use (0 1 8 9) and a full-width ０',
      'JBSW0DP1EHPK8PX９０',
      [
        {
          code: 'char',
          severity: 'error',
          screenMessage: INVALID,
          chars: [
            { position: 5, char: '0', codePoints: ['U+0030'], kind: 'ascii-digit' },
            { position: 8, char: '1', codePoints: ['U+0031'], kind: 'ascii-digit' },
            { position: 13, char: '8', codePoints: ['U+0038'], kind: 'ascii-digit' },
            { position: 16, char: '９', codePoints: ['U+FF19'], kind: 'fullwidth-digit' },
            { position: 17, char: '０', codePoints: ['U+FF10'], kind: 'fullwidth-digit' },
          ],
          // No fixed key: one with 0, 1, 8 or 9 in it cannot be right.
          data: { fullwidth: 0, misread: 5 },
        },
      ],
    ],
    [
      'a hyphen, kana and an emoji',
      'JBSW-あ😀',
      [
        { code: 'separator', severity: 'warning', chars: [{ position: 5, char: '-', codePoints: ['U+002D'], kind: 'ascii-symbol', replacement: '' }] },
        {
          code: 'char',
          severity: 'error',
          screenMessage: INVALID,
          chars: [
            { position: 6, char: 'あ', codePoints: ['U+3042'], kind: 'kana-kanji' },
            { position: 7, char: '😀', codePoints: ['U+1F600'], kind: 'emoji' },
          ],
          data: { fullwidth: 0, misread: 0 },
        },
      ],
    ],
    [
      'hyphens between the groups of the key, as some pages print it',
      'JBSWY3DP-EHPK3PXP',
      [{ code: 'separator', severity: 'warning', chars: [{ position: 9, char: '-', codePoints: ['U+002D'], kind: 'ascii-symbol', replacement: '' }], fix: clean(KEY) }],
    ],
    [
      'a full-width hyphen and a dash between groups',
      'JBSWY3DP－EHPK\u20143PXP',
      [
        {
          code: 'separator',
          severity: 'warning',
          chars: [
            { position: 9, char: '－', codePoints: ['U+FF0D'], kind: 'fullwidth-symbol', replacement: '' },
            { position: 14, char: '\u2014', codePoints: ['U+2014'], kind: 'lookalike', replacement: '' },
          ],
          fix: clean(KEY),
        },
      ],
    ],
    [
      'too short to be a key: warned, and never offered as fixed',
      'abc',
      [{ code: 'length', severity: 'warning', data: { length: 3 } }],
    ],
    [
      'padding in the middle',
      'JBSW=Y3DP',
      [
        {
          code: 'padding',
          severity: 'error',
          screenMessage: INVALID,
          chars: [{ position: 5, char: '=', codePoints: ['U+003D'], kind: 'ascii-symbol' }],
        },
      ],
    ],
    ['length 1 (no Base32 text has it)', 'A', [{ code: 'length', severity: 'warning', data: { length: 1 } }]],
    ['length 2 is possible', 'AB', []],
    ['length 3 (impossible)', 'ABC', [{ code: 'length', severity: 'warning', data: { length: 3 } }]],
    ['length 6 (impossible)', 'ABCDEF', [{ code: 'length', severity: 'warning', data: { length: 6 } }]],
    ['length 17 (one too many for 16)', KEY + 'A', [{ code: 'length', severity: 'warning', data: { length: 17 } }]],
    ['length 15 is possible (a lost character is not always detectable)', KEY.slice(1), []],
  ])('%s', (_name, key, expected) => {
    expect(checkSetupKey(key)).toEqual(expected)
  })

  it('all blanks: empty and the blanks named', () => {
    expect(checkSetupKey(' \n').map((f) => f.code)).toEqual(['empty', 'edge-space'])
  })
})

describe('cleanSetupKey', () => {
  it.each([
    [` ${KEY}\n`, KEY],
    ['jbsw y3dp ehpk 3pxp', KEY],
    ['ＪＢＳＷ\u3000Ｙ３ＤＰ\u200bEHPK3PXP', KEY],
    ['JBSW-0', 'JBSW0'],
    ['jbsw y3dp－ehpk 3pxp', 'JBSWY3DPEHPK3PXP'],
  ])('%j → %j', (input, out) => {
    expect(cleanSetupKey(input)).toBe(out)
  })
})

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))
const base32 = fc.string({ unit: fc.constantFrom(...SETUP_KEY_ALPHABET), minLength: 1, maxLength: 64 })
const noise = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff')

/** A valid key as it might arrive from a copy: random case, some full-width, blanks and invisibles. */
const pastedKey = fc
  .tuple(base32, fc.array(fc.tuple(fc.nat(), noise)), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }))
  .map(([key, inserts, lower, wide]) => {
    const chars = [...key].map((c, i) => {
      const cased = lower[i] ? c.toLowerCase() : c
      return wide[i] ? String.fromCharCode(cased.charCodeAt(0) + 0xfee0) : cased
    })
    for (const [at, n] of inserts) chars.splice(at % (chars.length + 1), 0, n)
    return { key, pasted: chars.join('') }
  })

describe('setup key: properties', () => {
  it('never throws, on any string', () => {
    const ok = (s: string): void => {
      for (const f of checkSetupKey(s)) expect(SETUP_KEY_CODES).toContain(f.code)
      cleanSetupKey(s)
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), ok))
    fc.assert(fc.property(fc.string({ unit: codeUnit }), ok))
    ok(' '.repeat(10_000))
    ok('A'.repeat(10_000))
    ok('\ud800'.repeat(10_000))
  })

  it('cleaning is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit })), (s) => {
        const once = cleanSetupKey(s)
        expect(cleanSetupKey(once)).toBe(once)
      }),
    )
  })

  it('a cleaned valid key passes (no error) and is the key itself', () => {
    fc.assert(
      fc.property(pastedKey, ({ key, pasted }) => {
        const cleaned = cleanSetupKey(pasted)
        expect(cleaned).toBe(key)
        expect(checkSetupKey(cleaned).filter((f) => f.severity === 'error')).toEqual([])
        // The pasted form carries the same fix.
        for (const f of checkSetupKey(pasted)) if (f.fix) expect(f.fix.value).toBe(key)
      }),
    )
  })

  it('a fixed key is only ever offered when it passes the check with nothing to say', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit }), pastedKey.map((k) => k.pasted)), (s) => {
        const usable = usableCleanedKey(s)
        if (usable !== null) expect(checkSetupKey(usable)).toEqual([])
        for (const f of checkSetupKey(s)) if (f.fix) expect(f.fix.value).toBe(usable)
      }),
    )
  })
})

describe('usableCleanedKey', () => {
  it.each([
    [` ${KEY}`, KEY],
    ['jbswy3dp-ehpk3pxp', KEY],
    ['abc', null],
    ['ＡＢＣ', null],
    ['JBSW0DP1EHPK8PX9', null],
    [KEY, null],
  ])('%j → %j', (input, out) => {
    expect(usableCleanedKey(input)).toBe(out)
  })
})

