import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { graphemes, halfWidthOf, toHalfWidth } from '@/lib/chars'
import type { Finding } from '@/lib/findings'
import {
  MAX_LISTED_CHARS,
  PASSWORD_CODES,
  checkPassword,
  firstDifference,
  fixPassword,
  isAllowedPasswordChar,
  liveChecklist,
  passwordRuleList,
  passwordRulesAttribute,
} from './password'
import { PASSWORD_ALLOWED_SYMBOLS, PASSWORD_MIN_LENGTH, PASSWORD_SYMBOLS_PUBLISHED } from '@/lib/rules'

const DISALLOWED = '使用不可文字が含まれています。'
const NOT_ALLOWED = '使用許可文字以外が含まれています。'
const MISSING = '半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。'
const MISMATCH = '「新しいパスワード」と「新しいパスワード(確認)」が一致していません。'

const disallowed = (chars: NonNullable<Finding['chars']>, fix?: string, count = chars.length): Finding => {
  const f: Finding = { code: 'disallowed-char', severity: 'error', screenMessage: DISALLOWED, chars, data: { count, screenMessageAlt: NOT_ALLOWED } }
  if (fix !== undefined) f.fix = { code: 'halfwidth', value: fix }
  return f
}
const missing = (which: string, upper: number, lower: number, digit: number): Finding => ({
  code: 'missing-class',
  severity: 'error',
  screenMessage: MISSING,
  data: { missing: which, upper, lower, digit },
})
const tooShort = (length: number): Finding => ({ code: 'too-short', severity: 'error', data: { length, min: 12 } })

describe('checkPassword: exact findings', () => {
  it.each<[string, string, Finding[]]>([
    ['ordinary, 12 characters', 'Abcdefghijk1', []],
    ['ordinary with symbols', 'Tr0ub4dor&3-x!', []],
    ['boundary, 11 characters', 'Abcdefghij1', [tooShort(11)]],
    ['empty', '', [{ code: 'empty', severity: 'error' }]],
    ['lower case only', 'abcdefghijkl', [missing('upper,digit', 0, 12, 0)]],
    ['no digit', 'Abcdefghijkl', [missing('digit', 1, 11, 0)]],
    ['three classes missing, short', '!!!', [missing('upper,lower,digit', 0, 0, 0), tooShort(3)]],
    [
      'full-width upper case letter',
      'Ａbcdefghijk1',
      [
        disallowed([{ position: 1, char: 'Ａ', codePoints: ['U+FF21'], kind: 'fullwidth-letter', replacement: 'A' }], 'Abcdefghijk1'),
        missing('upper', 0, 10, 1),
      ],
    ],
    [
      'full-width digit and symbol',
      'Abcdefghijk１！',
      [
        disallowed(
          [
            { position: 12, char: '１', codePoints: ['U+FF11'], kind: 'fullwidth-digit', replacement: '1' },
            { position: 13, char: '！', codePoints: ['U+FF01'], kind: 'fullwidth-symbol', replacement: '!' },
          ],
          'Abcdefghijk1!',
        ),
        missing('digit', 1, 10, 0),
      ],
    ],
    [
      'zero-width space in the middle',
      'Abc\u200bdefghijk1',
      [disallowed([{ position: 4, char: '\u200b', codePoints: ['U+200B'], kind: 'invisible', replacement: '' }], 'Abcdefghijk1')],
    ],
    [
      'BOM and no-break space',
      '\ufeffAbcdefghijk1\u00a0',
      [
        disallowed(
          [
            { position: 1, char: '\ufeff', codePoints: ['U+FEFF'], kind: 'invisible', replacement: '' },
            { position: 14, char: '\u00a0', codePoints: ['U+00A0'], kind: 'nbsp' },
          ],
          'Abcdefghijk1\u00a0',
        ),
      ],
    ],
    [
      'emoji counts as one character (12 in all)',
      'Abcdefghij1😀',
      [disallowed([{ position: 12, char: '😀', codePoints: ['U+1F600'], kind: 'emoji' }])],
    ],
    [
      'ZWJ emoji counts as one character (11 in all)',
      'Abcdefghi1👨‍👩‍👧',
      [
        disallowed([{ position: 11, char: '👨‍👩‍👧', codePoints: ['U+1F468', 'U+200D', 'U+1F469', 'U+200D', 'U+1F467'], kind: 'emoji' }]),
        tooShort(11),
      ],
    ],
    [
      'mixed: space, look-alikes, kana, full-width space',
      'Ab 1ー。あ\u3000x',
      [
        disallowed(
          [
            { position: 3, char: ' ', codePoints: ['U+0020'], kind: 'space' },
            { position: 5, char: 'ー', codePoints: ['U+30FC'], kind: 'lookalike', replacement: '-' },
            { position: 6, char: '。', codePoints: ['U+3002'], kind: 'lookalike', replacement: '.' },
            { position: 7, char: 'あ', codePoints: ['U+3042'], kind: 'kana-kanji' },
            { position: 8, char: '\u3000', codePoints: ['U+3000'], kind: 'ideographic-space' },
          ],
          'Ab 1-.あ\u3000x',
        ),
        tooShort(9),
      ],
    ],
    [
      'look-alike dashes and wave dash',
      'Abcdefghij1‐−–—〜',
      [
        disallowed(
          [
            { position: 12, char: '‐', codePoints: ['U+2010'], kind: 'lookalike', replacement: '-' },
            { position: 13, char: '−', codePoints: ['U+2212'], kind: 'lookalike', replacement: '-' },
            { position: 14, char: '–', codePoints: ['U+2013'], kind: 'lookalike', replacement: '-' },
            { position: 15, char: '—', codePoints: ['U+2014'], kind: 'lookalike', replacement: '-' },
            { position: 16, char: '〜', codePoints: ['U+301C'], kind: 'lookalike', replacement: '~' },
          ],
          'Abcdefghij1----~',
        ),
      ],
    ],
    [
      'tab and line break',
      'Abcdefghijk1\t\n',
      [
        disallowed([
          { position: 13, char: '\t', codePoints: ['U+0009'], kind: 'tab' },
          { position: 14, char: '\n', codePoints: ['U+000A'], kind: 'line-break' },
        ]),
      ],
    ],
    ['accented letter', 'Abcdéfghijk1', [disallowed([{ position: 5, char: 'é', codePoints: ['U+00E9'], kind: 'other' }])]],
  ])('%s', (_name, pw, expected) => {
    expect(checkPassword(pw)).toEqual(expected)
  })

  it.each<[string, string, string, Finding[]]>([
    ['same', 'Abcdefghijk1', 'Abcdefghijk1', []],
    ['confirmation empty', 'Abcdefghijk1', '', [{ code: 'confirm-empty', severity: 'error' }]],
    ['trailing space', 'Abcdefghijk1', 'Abcdefghijk1 ', [mismatch(13, 'trailing-space')]],
    ['leading full-width space', 'Abcdefghijk1', '\u3000Abcdefghijk1', [mismatch(1, 'leading-space')]],
    ['zero-width space inside', 'Abcdefghijk1', 'Abcdef\u200bghijk1', [mismatch(7, 'invisible')]],
    ['full-width letter', 'Abcdefghijk1', 'Abcdefghijｋ1', [mismatch(11, 'width')]],
    ['look-alike hyphen', 'Abcdef-hijk1', 'Abcdefーhijk1', [mismatch(7, 'width')]],
    ['caps lock', 'Abcdefghijk1', 'aBCDEFGHIJK1', [mismatch(1, 'case')]],
    ['cut short', 'Abcdefghijk1', 'Abcdefghijk', [mismatch(12, 'length')]],
    ['typo', 'Abcdefghijk1', 'Abcdefgxijk1', [mismatch(8, 'other')]],
    [
      'emoji before the difference counts once',
      '😀Abcdefghijk1',
      '😀Abcdefghijx1',
      [disallowed([{ position: 1, char: '😀', codePoints: ['U+1F600'], kind: 'emoji' }]), mismatch(12, 'other')],
    ],
  ])('confirmation: %s', (_name, pw, confirm, expected) => {
    expect(checkPassword(pw, confirm)).toEqual(expected)
  })

  it('checks the confirmation even when the password itself is wrong', () => {
    expect(checkPassword('abc', 'abd')).toEqual([missing('upper,digit', 0, 3, 0), tooShort(3), mismatch(3, 'other')])
    expect(checkPassword('', '')).toEqual([{ code: 'empty', severity: 'error' }])
  })
})

function mismatch(position: number, cause: string): Finding {
  return { code: 'confirm-mismatch', severity: 'error', screenMessage: MISMATCH, data: { position, cause } }
}

describe('firstDifference', () => {
  it('is null for equal input and never returns the characters', () => {
    expect(firstDifference('same', 'same')).toBeNull()
    expect(firstDifference('secretA', 'secretB')).toEqual({ position: 7, cause: 'other' })
  })

  it('counts as a person counts, even when the difference is inside a character', () => {
    // Same high surrogate, different emoji: the difference is the 2nd character, not "half" of it.
    expect(firstDifference('a😀', 'a😁')).toEqual({ position: 2, cause: 'other' })
    expect(firstDifference('ae\u0301x', 'ae\u0300x')).toEqual({ position: 2, cause: 'other' })
    expect(firstDifference('ae', 'ae\u0301')).toEqual({ position: 2, cause: 'other' })
    expect(firstDifference('👨‍👩‍👧x', '👨‍👩‍👦x')).toEqual({ position: 1, cause: 'other' })
    expect(firstDifference('', 'a')).toEqual({ position: 1, cause: 'length' })
  })

  it('agrees with a plain grapheme-by-grapheme comparison', () => {
    const unit = fc.constantFrom('a', 'b', 'A', ' ', '\r', '\n', '😀', '😁', '👧', '👦', '🇯', '🇵', '\ud83d', '\u0301', '\u200d', '\ufe0f', 'Ａ', '\u200b', '\u1100', '\u1161')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), fc.string({ unit, maxLength: 8 }), (a, b) => {
        const d = firstDifference(a, b)
        if (a === b) {
          expect(d).toBeNull()
          return
        }
        const ga = graphemes(a)
        const gb = graphemes(b)
        let i = 0
        while (i < ga.length && i < gb.length && ga[i] === gb[i]) i++
        expect(d?.position).toBe(i + 1)
        // 'length' only when the shorter one ends on a whole character of the longer one.
        if (d?.cause === 'length') expect(i).toBe(Math.min(ga.length, gb.length))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('rules, attribute and checklist come from the same values', () => {
  it('lists the rules from rules.ts', () => {
    expect(passwordRuleList()).toEqual([
      { code: 'min-length', data: { min: PASSWORD_MIN_LENGTH }, published: true },
      { code: 'require-upper', data: {}, published: true },
      { code: 'require-lower', data: {}, published: true },
      { code: 'require-digit', data: {}, published: true },
      { code: 'allowed-chars', data: { symbols: PASSWORD_ALLOWED_SYMBOLS }, published: PASSWORD_SYMBOLS_PUBLISHED },
    ])
  })

  it('builds the passwordrules attribute with - first and ] last in the class', () => {
    expect(passwordRulesAttribute()).toBe(
      `minlength: ${PASSWORD_MIN_LENGTH}; required: upper; required: lower; required: digit; allowed: upper, lower, digit, [-!"#$%&'()*+,./:;<=>?@[\\^_\`{|}~]];`,
    )
  })

  it("parses back (Apple's custom-class rules) to exactly the allowed symbols", () => {
    const attr = passwordRulesAttribute()
    const open = attr.indexOf('[')
    const parsed = parseAppleCustomClass(attr, open)
    expect(parsed.chars.sort().join('')).toBe([...PASSWORD_ALLOWED_SYMBOLS].sort().join(''))
    expect(attr.slice(parsed.end)).toBe(';')
  })

  it('ticks the live checklist', () => {
    const met = (pw: string): Record<string, boolean> => Object.fromEntries(liveChecklist(pw).map((r) => [r.code, r.met]))
    expect(met('')).toEqual({ 'min-length': false, 'require-upper': false, 'require-lower': false, 'require-digit': false, 'allowed-chars': true })
    expect(met('abc')).toEqual({ 'min-length': false, 'require-upper': false, 'require-lower': true, 'require-digit': false, 'allowed-chars': true })
    expect(met('ABCdef123456')).toEqual({ 'min-length': true, 'require-upper': true, 'require-lower': true, 'require-digit': true, 'allowed-chars': true })
    expect(met('ＡBCdef123456')).toEqual({ 'min-length': true, 'require-upper': true, 'require-lower': true, 'require-digit': true, 'allowed-chars': false })
    expect(liveChecklist('abc')[0]).toEqual({ code: 'min-length', data: { min: PASSWORD_MIN_LENGTH, length: 3 }, published: true, met: false })
  })

  it('agrees with checkPassword on every input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '3', '!', ' ', 'Ａ', 'あ'), maxLength: 16 }), (pw) => {
        const codes = new Set(checkPassword(pw).map((f) => f.code))
        const items = Object.fromEntries(liveChecklist(pw).map((r) => [r.code, r.met]))
        if (pw === '') return
        expect(items['allowed-chars']).toBe(!codes.has('disallowed-char'))
        expect(items['min-length']).toBe(!codes.has('too-short'))
        expect(items['require-upper'] && items['require-lower'] && items['require-digit']).toBe(!codes.has('missing-class'))
      }),
    )
  })
})

// A port of the custom-character-class step of Apple's PasswordRulesParser.js
// (apple/password-manager-resources, tools/PasswordRulesParser.js): '-' counts only as the first
// character; the class ends at the first ']' unless another ']' follows it.
function parseAppleCustomClass(input: string, start: number): { chars: string[]; end: number } {
  let position = start + 1
  const initial = position
  const result: string[] = []
  while (position < input.length) {
    const c = input[position] as string
    if (c === '-' && position - initial > 0) {
      position++
      continue
    }
    result.push(c)
    position++
    if (c === ']') break
  }
  if (position < input.length && input[position] !== ']') {
    result.pop()
    return { chars: result, end: position }
  }
  return { chars: result, end: position + 1 }
}

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

const ALLOWED = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', ...PASSWORD_ALLOWED_SYMBOLS]
const allowedChar = fc.constantFrom(...ALLOWED)
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))

/** A valid password: allowed characters, one of each class, at least the minimum length. */
const validPassword = fc
  .tuple(
    fc.array(allowedChar, { minLength: PASSWORD_MIN_LENGTH - 3, maxLength: 40 }),
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    fc.constantFrom(...'0123456789'),
    fc.nat(),
    fc.nat(),
    fc.nat(),
  )
  .map(([rest, u, l, d, i, j, k]) => {
    const a = [...rest]
    a.splice(i % (a.length + 1), 0, u)
    a.splice(j % (a.length + 1), 0, l)
    a.splice(k % (a.length + 1), 0, d)
    return a.join('')
  })

/** One character the rules refuse, as a person sees it. */
const disallowedChar = fc
  .oneof(
    fc.constantFrom('Ａ', 'ｚ', '０', '＠', '　', ' ', 'ー', '。', '〜', 'あ', '漢', '😀', '👨‍👩‍👧', '🇯🇵', '\u200b', '\ufeff', '\u00a0', '\t', 'é'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  )
  .filter((g) => !isAllowedPasswordChar(g))

describe('checkPassword: properties', () => {
  it('never throws, on any string', () => {
    const ok = (s: string): void => {
      const findings = checkPassword(s, s.slice(1))
      for (const f of findings) expect(PASSWORD_CODES).toContain(f.code)
      liveChecklist(s)
      fixPassword(s)
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), ok))
    fc.assert(fc.property(fc.string({ unit: codeUnit }), ok))
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), ok))
    ok('\ud800'.repeat(10_000))
    ok('Ａあ😀\u200b'.repeat(2_500))
    ok('a'.repeat(10_000))
  })

  it('lists at most MAX_LISTED_CHARS characters but counts them all', () => {
    const [f] = checkPassword('Ａ'.repeat(10_000) + 'Ab1')
    expect(f?.chars).toHaveLength(MAX_LISTED_CHARS)
    expect(f?.data?.count).toBe(10_000)
    expect(f?.fix?.value).toBe('A'.repeat(10_000) + 'Ab1')
  })

  it('passes any allowed string with all three classes and the minimum length', () => {
    fc.assert(
      fc.property(validPassword, (pw) => {
        expect(checkPassword(pw, pw)).toEqual([])
        expect(liveChecklist(pw).every((r) => r.met)).toBe(true)
      }),
    )
  })

  it('fails when any disallowed character is inserted, and says where', () => {
    fc.assert(
      fc.property(validPassword, disallowedChar, fc.nat(), (pw, bad, at) => {
        const chars = graphemes(pw)
        const i = at % (chars.length + 1)
        const withBad = [...chars.slice(0, i), bad, ...chars.slice(i)].join('')
        // Only when the inserted character stays a character of its own (a combining mark would not).
        fc.pre(graphemes(withBad)[i] === bad)
        const f = checkPassword(withBad).find((x) => x.code === 'disallowed-char')
        expect(f?.chars?.map((c) => [c.position, c.char])).toEqual([[i + 1, bad]])
      }),
    )
  })

  it('the half-width fix is idempotent and never introduces a disallowed character', () => {
    const withForm = fc.constantFrom(...ALLOWED, ...[...ALLOWED].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), 'ー', '‐', '−', '–', '—', '〜', '。', '｡', '、')
    fc.assert(
      fc.property(fc.string({ unit: withForm }), (s) => {
        const fixed = toHalfWidth(s)
        expect(toHalfWidth(fixed)).toBe(fixed)
        expect(graphemes(fixed).every(isAllowedPasswordChar)).toBe(true)
        expect(fixPassword(s)).toBe(fixed)
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = fixPassword(s)
        expect(fixPassword(once)).toBe(once)
        // Whatever the fix writes in place of a character is allowed.
        for (const g of graphemes(once)) if (!graphemes(s).includes(g)) expect(isAllowedPasswordChar(g) || halfWidthOf(g) === undefined).toBe(true)
      }),
    )
  })
})
