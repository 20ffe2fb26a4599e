import { describe, expect, it } from 'vitest'
import { LIMITS, clipText } from './limits'
import { EMAIL_LOCAL_MAX, OMUID_SHAPES, PASSWORD_ALLOWED_SYMBOLS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SETUP_KEY_ALPHABET } from './rules'
import { questions } from '@/content/faq'
import { screenMessages } from '@/content/screenMessages'
import { questionMessages } from '@/tools/inquiry/questionMessages'
import { deviceLabel, type BrowserId, type OsId } from '@/tools/inquiry/userAgent'
import { deviceNames } from '@/locales/inquiry'
import { defaultLanguage } from '@/locales'

describe('LIMITS', () => {
  it('is a positive whole number of UTF-16 code units for every field', () => {
    for (const [field, limit] of Object.entries(LIMITS)) expect(Number.isSafeInteger(limit) && limit > 0, field).toBe(true)
  })

  it('password: leaves room past the shortest password the rules accept, and past the longest once one is published', () => {
    expect(LIMITS.password).toBeGreaterThan(PASSWORD_MIN_LENGTH)
    // The checker says 'too-long' above the maximum: the field must let such a password be typed.
    if (PASSWORD_MAX_LENGTH !== null) expect(LIMITS.password).toBeGreaterThan(PASSWORD_MAX_LENGTH)
    // A password with one of each required class and every allowed symbol is kept whole.
    const every = `Aa1${PASSWORD_ALLOWED_SYMBOLS}`
    expect(clipText(every, LIMITS.password)).toBe(every)
  })

  it('email: the longest address SMTP carries (RFC 5321 4.5.3.1.3: a 256-octet path, less its angle brackets)', () => {
    expect(LIMITS.email).toBe(256 - '<>'.length)
  })

  it('email: keeps whole an address with more characters before the @ than the rules allow, so the checker can say so', () => {
    const address = `${'a'.repeat(EMAIL_LOCAL_MAX + 1)}@${'b'.repeat(63)}.example.co.jp` // 63: the longest DNS label
    expect(clipText(address, LIMITS.email)).toBe(address)
  })

  it('setup key: keeps whole a 32-character Base32 key however it was copied', () => {
    // 32 characters (160 bits, the secret size RFC 4226 recommends), as the limit's comment says. The
    // alphabet itself is 32 characters long: a key with each of them once.
    const key = SETUP_KEY_ALPHABET
    expect(key).toHaveLength(32)
    const groups = key.match(/.{4}/g) ?? []
    const pastes = [
      ` ${groups.join(' ')} `, // groups of four, with the FAQ's leading space and a trailing one
      groups.join(' - '), // groups joined by spaced hyphens
      [...key].join('-'), // a separator between every two characters
      [...key].join('　'), // or a full-width space
    ]
    for (const paste of pastes) expect(clipText(paste, LIMITS.setupKey), paste).toBe(paste)
  })

  it('OMUID: keeps whole the longest OMUID, full-width, with a blank around every character', () => {
    const longest = Math.max(...OMUID_SHAPES.map((s) => s.runs.reduce((n, [, count]) => n + count, 0)))
    expect(longest).toBe(8)
    const paste = ` ${'Ａ'.repeat(longest).split('').join(' ')} `
    expect(clipText(paste, LIMITS.omuid)).toBe(paste)
  })

  it('search and inquiry message: keep whole every on-screen message the app knows, and every question title', () => {
    const messages = [...Object.values(screenMessages), ...Object.values(questionMessages(defaultLanguage) ?? {}).flatMap((ms) => ms.map((m) => m.text))]
    expect(messages.length).toBeGreaterThan(10)
    for (const m of messages) {
      // the message field's chips put a message in as it is; a person may paste it with its 「」
      expect(clipText(m, LIMITS.inquiryMessage), m).toBe(m)
      expect(clipText(`「${m}」`, LIMITS.search), m).toBe(`「${m}」`)
    }
    for (const q of questions()) expect(clipText(q.title, LIMITS.search), q.id).toBe(q.title)
  })

  it('inquiry device: keeps whole every device the page can fill in from the user agent', () => {
    for (const os of Object.keys(deviceNames.os) as OsId[]) {
      for (const browser of Object.keys(deviceNames.browser) as BrowserId[]) {
        const label = deviceLabel({ os, browser }, deviceNames)
        expect(clipText(label, LIMITS.inquiryDevice), label).toBe(label)
      }
    }
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
