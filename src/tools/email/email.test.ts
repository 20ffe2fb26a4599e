import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMAIL_CODES, checkEmail, isOmuDomain, osaDistance, splitDomain, suggestDomain } from './email'
import { KNOWN_OTHER_DOMAINS, SUGGESTION_DOMAINS } from './emailDomains'
import type { Finding } from '@/lib/findings'
import { EMAIL_LOCAL_MAX, EMAIL_LOCAL_MIN } from '@/lib/rules'

const FORMAT = '入力書式が正しくありません。'
const LENGTH = '3文字以上、30文字以内で入力してください。'

const omu = (domain: string): Finding => ({ code: 'omu-domain', severity: 'error', data: { domain } })
const localLength = (length: number): Finding => ({
  code: 'local-length',
  severity: 'error',
  screenMessage: LENGTH,
  data: { length, min: EMAIL_LOCAL_MIN, max: EMAIL_LOCAL_MAX },
})
const didYouMean = (local: string, domain: string): Finding => ({
  code: 'did-you-mean',
  severity: 'warning',
  data: { domain },
  fix: { code: 'did-you-mean', value: `${local}@${domain}` },
})
const carrier = (c: string, domain: string): Finding => ({ code: 'carrier-filter', severity: 'info', data: { carrier: c, domain } })

describe('checkEmail: valid personal addresses', () => {
  it.each(SUGGESTION_DOMAINS.map((d) => [d.domain, d.carrier] as const))('taro.yamada@%s', (domain, c) => {
    expect(checkEmail(`taro.yamada@${domain}`)).toEqual(c ? [carrier(c, domain)] : [])
  })

  it('accepts any letter case and the usual local-part symbols', () => {
    expect(checkEmail('Taro_Yamada+omu@GMAIL.com')).toEqual([])
    expect(checkEmail("o'brien-1999@example.org")).toEqual([])
  })
})

describe('checkEmail: local-part length', () => {
  it.each<[number, Finding[]]>([
    [2, [localLength(2)]],
    [3, []],
    [30, []],
    [31, [localLength(31)]],
  ])('%i characters', (n, expected) => {
    expect(checkEmail(`${'a'.repeat(n)}@gmail.com`)).toEqual(expected)
  })

  it('counts the local part after the fix (full-width letters count once each)', () => {
    const [char, ...rest] = checkEmail('ａｂ@gmail.com')
    expect(char?.code).toBe('char')
    expect(rest).toEqual([localLength(2)])
  })
})

describe('checkEmail: OMU addresses', () => {
  it.each([
    ['taro@omu.ac.jp', 'omu.ac.jp'],
    ['taro@OMU.AC.JP', 'omu.ac.jp'],
    ['taro@st.omu.ac.jp', 'st.omu.ac.jp'],
    ['taro@St.Omu.Ac.Jp', 'st.omu.ac.jp'],
    ['taro@mail.st.omu.ac.jp', 'mail.st.omu.ac.jp'],
  ])('%s', (address, domain) => {
    expect(checkEmail(address)).toEqual([omu(domain)])
  })

  it('with a trailing dot: the dot is a format error and the address is still OMU', () => {
    expect(checkEmail('taro@omu.ac.jp.')).toEqual([
      {
        code: 'domain-trailing-dot',
        severity: 'error',
        screenMessage: FORMAT,
        chars: [{ position: 15, char: '.', codePoints: ['U+002E'], kind: 'ascii-symbol', replacement: '' }],
        fix: { code: 'trailing-dot', value: 'taro@omu.ac.jp' },
      },
      omu('omu.ac.jp'),
    ])
  })

  it('with a full-width ＠ typed with the IME on', () => {
    expect(checkEmail('taro＠st.omu.ac.jp').map((f) => f.code)).toEqual(['char', 'omu-domain'])
  })

  it('is not fooled by look-alike domains', () => {
    expect(checkEmail('taro@notomu.ac.jp')).toEqual([])
    expect(checkEmail('taro@omu.ac.jp.example.com')).toEqual([])
    expect(isOmuDomain('omu.ac.jp')).toBe(true)
    expect(isOmuDomain('xomu.ac.jp')).toBe(false)
  })

  it('warns about the predecessor universities', () => {
    expect(checkEmail('taro@osaka-cu.ac.jp')).toEqual([{ code: 'predecessor-domain', severity: 'warning', data: { domain: 'osaka-cu.ac.jp' } }])
    expect(checkEmail('taro@st.osakafu-u.ac.jp')).toEqual([{ code: 'predecessor-domain', severity: 'warning', data: { domain: 'st.osakafu-u.ac.jp' } }])
  })
})

describe('checkEmail: characters', () => {
  it('full-width ＠', () => {
    expect(checkEmail('taro＠gmail.com')).toEqual([
      {
        code: 'char',
        severity: 'error',
        screenMessage: FORMAT,
        chars: [{ position: 5, char: '＠', codePoints: ['U+FF20'], kind: 'fullwidth-symbol', replacement: '@' }],
        fix: { code: 'halfwidth', value: 'taro@gmail.com' },
      },
    ])
  })

  it('full-width letters and dot', () => {
    expect(checkEmail('ｔａｒｏ@gmail．com')).toEqual([
      {
        code: 'char',
        severity: 'error',
        screenMessage: FORMAT,
        chars: [
          { position: 1, char: 'ｔ', codePoints: ['U+FF54'], kind: 'fullwidth-letter', replacement: 't' },
          { position: 2, char: 'ａ', codePoints: ['U+FF41'], kind: 'fullwidth-letter', replacement: 'a' },
          { position: 3, char: 'ｒ', codePoints: ['U+FF52'], kind: 'fullwidth-letter', replacement: 'r' },
          { position: 4, char: 'ｏ', codePoints: ['U+FF4F'], kind: 'fullwidth-letter', replacement: 'o' },
          { position: 11, char: '．', codePoints: ['U+FF0E'], kind: 'fullwidth-symbol', replacement: '.' },
        ],
        fix: { code: 'halfwidth', value: 'taro@gmail.com' },
      },
    ])
  })

  it('。 as a dot and ー as a hyphen', () => {
    expect(checkEmail('taro@docomo。ne。jp')).toEqual([
      {
        code: 'char',
        severity: 'error',
        screenMessage: FORMAT,
        chars: [
          { position: 12, char: '。', codePoints: ['U+3002'], kind: 'lookalike', replacement: '.' },
          { position: 15, char: '。', codePoints: ['U+3002'], kind: 'lookalike', replacement: '.' },
        ],
        fix: { code: 'halfwidth', value: 'taro@docomo.ne.jp' },
      },
      carrier('docomo', 'docomo.ne.jp'),
    ])
    expect(checkEmail('taroーyamada@gmail.com')[0]?.chars).toEqual([
      { position: 5, char: 'ー', codePoints: ['U+30FC'], kind: 'lookalike', replacement: '-' },
    ])
  })

  it('invisible characters and inner spaces are deleted by the fix; kana have no fix', () => {
    expect(checkEmail('ta\u200bro@gmail.com')[0]).toEqual({
      code: 'char',
      severity: 'error',
      screenMessage: FORMAT,
      chars: [{ position: 3, char: '\u200b', codePoints: ['U+200B'], kind: 'invisible', replacement: '' }],
      fix: { code: 'halfwidth', value: 'taro@gmail.com' },
    })
    expect(checkEmail('ta ro@gmail.com')[0]?.fix).toEqual({ code: 'halfwidth', value: 'taro@gmail.com' })
    expect(checkEmail('たろう@gmail.com')).toEqual([
      {
        code: 'char',
        severity: 'error',
        screenMessage: FORMAT,
        chars: [
          { position: 1, char: 'た', codePoints: ['U+305F'], kind: 'kana-kanji' },
          { position: 2, char: 'ろ', codePoints: ['U+308D'], kind: 'kana-kanji' },
          { position: 3, char: 'う', codePoints: ['U+3046'], kind: 'kana-kanji' },
        ],
      },
    ])
  })

  it('leading and trailing spaces: pointed out with a trim fix, never dropped silently', () => {
    expect(checkEmail(' taro@gmail.com\u3000')).toEqual([
      {
        code: 'leading-trailing-space',
        severity: 'error',
        screenMessage: FORMAT,
        chars: [
          { position: 1, char: ' ', codePoints: ['U+0020'], kind: 'space', replacement: '' },
          { position: 16, char: '\u3000', codePoints: ['U+3000'], kind: 'ideographic-space', replacement: '' },
        ],
        data: { leading: 1, trailing: 1 },
        fix: { code: 'trim', value: 'taro@gmail.com' },
      },
    ])
    expect(checkEmail('taro@gmail.com\n')[0]?.data).toEqual({ leading: 0, trailing: 1 })
  })

  it('positions stay those of the input when several problems combine', () => {
    const findings = checkEmail(' ta ro＠gmail。com ')
    expect(findings.map((f) => f.code)).toEqual(['leading-trailing-space', 'char'])
    expect(findings[1]?.chars?.map((c) => c.position)).toEqual([4, 7, 13])
    expect(findings[1]?.fix?.value).toBe('taro@gmail.com')
  })
})

describe('checkEmail: structure', () => {
  it.each<[string, Finding[]]>([
    ['', [{ code: 'empty', severity: 'error' }]],
    [' \u3000 ', [{ code: 'empty', severity: 'error' }]],
    ['taro.gmail.com', [{ code: 'missing-at', severity: 'error', screenMessage: FORMAT }]],
    ['taro@', [{ code: 'missing-domain', severity: 'error', screenMessage: FORMAT }]],
    ['@gmail.com', [{ code: 'missing-local', severity: 'error', screenMessage: FORMAT }]],
    ['taro@localhost', [{ code: 'missing-tld', severity: 'error', screenMessage: FORMAT, data: { domain: 'localhost' } }]],
    ['taro@gmail', [{ code: 'missing-tld', severity: 'error', screenMessage: FORMAT, data: { domain: 'gmail' } }, didYouMean('taro', 'gmail.com')]],
    ['taro@docomo', [{ code: 'missing-tld', severity: 'error', screenMessage: FORMAT, data: { domain: 'docomo' } }, didYouMean('taro', 'docomo.ne.jp')]],
    ['taro@gmail.c', [{ code: 'bad-tld', severity: 'error', screenMessage: FORMAT, data: { tld: 'c' } }, didYouMean('taro', 'gmail.com')]],
    ['taro@example.c0m', [{ code: 'bad-tld', severity: 'error', screenMessage: FORMAT, data: { tld: 'c0m' } }]],
    ['taro@gmail..com', [{ code: 'domain-label', severity: 'error', screenMessage: FORMAT, data: { label: '', reason: 'empty' } }, didYouMean('taro', 'gmail.com')]],
    [
      'taro@-example.com',
      [
        {
          code: 'domain-label',
          severity: 'error',
          screenMessage: FORMAT,
          chars: [{ position: 6, char: '-', codePoints: ['U+002D'], kind: 'ascii-symbol' }],
          data: { label: '-example', reason: 'hyphen' },
        },
      ],
    ],
    [
      'taro@exa_mple.com',
      [
        {
          code: 'domain-label',
          severity: 'error',
          screenMessage: FORMAT,
          chars: [{ position: 9, char: '_', codePoints: ['U+005F'], kind: 'ascii-symbol' }],
          data: { label: 'exa_mple', reason: 'char' },
        },
      ],
    ],
    [
      'ta(ro)@gmail.com',
      [
        {
          code: 'local-char',
          severity: 'error',
          screenMessage: FORMAT,
          chars: [
            { position: 3, char: '(', codePoints: ['U+0028'], kind: 'ascii-symbol' },
            { position: 6, char: ')', codePoints: ['U+0029'], kind: 'ascii-symbol' },
          ],
        },
      ],
    ],
    [
      'taro@@gmail.com',
      [
        {
          code: 'multiple-at',
          severity: 'error',
          screenMessage: FORMAT,
          chars: [
            { position: 5, char: '@', codePoints: ['U+0040'], kind: 'ascii-symbol' },
            { position: 6, char: '@', codePoints: ['U+0040'], kind: 'ascii-symbol' },
          ],
          data: { count: 2 },
        },
      ],
    ],
    [
      'ab@cd@gmail.com',
      [
        {
          code: 'multiple-at',
          severity: 'error',
          screenMessage: FORMAT,
          chars: [
            { position: 3, char: '@', codePoints: ['U+0040'], kind: 'ascii-symbol' },
            { position: 6, char: '@', codePoints: ['U+0040'], kind: 'ascii-symbol' },
          ],
          data: { count: 2 },
        },
      ],
    ],
  ])('%j', (address, expected) => {
    expect(checkEmail(address)).toEqual(expected)
  })
})

describe('checkEmail: legacy carrier addresses', () => {
  it('".." in the local part', () => {
    expect(checkEmail('taro..yamada@docomo.ne.jp')).toEqual([
      {
        code: 'legacy-dots',
        severity: 'warning',
        chars: [
          { position: 5, char: '.', codePoints: ['U+002E'], kind: 'ascii-symbol' },
          { position: 6, char: '.', codePoints: ['U+002E'], kind: 'ascii-symbol' },
        ],
        data: { consecutive: 1, beforeAt: 0, leading: 0 },
      },
      carrier('docomo', 'docomo.ne.jp'),
    ])
  })

  it('"." right before @', () => {
    expect(checkEmail('taro.@ezweb.ne.jp')).toEqual([
      {
        code: 'legacy-dots',
        severity: 'warning',
        chars: [{ position: 5, char: '.', codePoints: ['U+002E'], kind: 'ascii-symbol' }],
        data: { consecutive: 0, beforeAt: 1, leading: 0 },
      },
      carrier('au', 'ezweb.ne.jp'),
    ])
  })

  it('a leading dot is flagged the same way', () => {
    expect(checkEmail('.taro@gmail.com')[0]?.data).toEqual({ consecutive: 0, beforeAt: 0, leading: 1 })
  })
})

describe('did you mean …?', () => {
  // Each listed domain mistyped by one or two characters, keyboard-style.
  const typos: Record<string, string[]> = {
    'docomo.ne.jp': ['docono.ne.jp', 'docomo.ne.jo', 'docomo.nejp', 'docomo.co.jp', 'dokomo.ne.jo'],
    'ezweb.ne.jp': ['ezwab.ne.jp', 'ezweb.ne.pj', 'ezwev.ne.jo'],
    'au.com': ['au.con', 'au.cpm', 'au.vpm'],
    'softbank.ne.jp': ['sofbank.ne.jp', 'softbank.ne.ip', 'softbnak.ne.jo'],
    'i.softbank.jp': ['i.sofbank.jp', 'i.softbank.jo', 'softbank.jp'],
    'yahoo.ne.jp': ['yaho.ne.jp', 'yahoo.ne.jo', 'yaoo.ne.jo'],
    'ymobile.ne.jp': ['ymobil.ne.jp', 'ymoblie.ne.jp', 'ymobike.ne.jo'],
    'rakumail.jp': ['rakumai.jp', 'rakumial.jp', 'rakumal.jo'],
    'uqmobile.jp': ['uqmobiel.jp', 'uqmobile.ip', 'uqmobil.jo'],
    'gmail.com': ['gmial.com', 'gamil.com', 'gmail.con', 'gmail.co', 'gmai.cm', 'gamil.co', 'gmailcom', 'gmail.co.jp'],
    'icloud.com': ['iclod.com', 'icloud.con', 'iclouf.cpm'],
    'me.com': ['me.con', 'me.cpm', 'me.vpm'],
    'yahoo.co.jp': ['yaho.co.jp', 'yahoo.co.jo', 'yahooo.co.jp', 'yaho.co.jo'],
    'outlook.jp': ['outlok.jp', 'outlook.jo', 'outlool.ip'],
    'outlook.com': ['outlok.com', 'outlook.con', 'ootlook.cim'],
    'hotmail.com': ['hotmai.com', 'hotmail.con', 'hotmial.cmo'],
    'hotmail.co.jp': ['hotmial.co.jp', 'hotmail.co.jo', 'hotmal.co.ip'],
    'live.jp': ['lve.jp', 'live.jo', 'liv.jo'],
  }

  it('covers every listed domain', () => {
    expect(Object.keys(typos).sort()).toEqual(SUGGESTION_DOMAINS.map((d) => d.domain).sort())
  })

  it.each(Object.entries(typos).flatMap(([right, wrongs]) => wrongs.map((w) => [w, right])))('%s → %s', (wrong, right) => {
    expect(suggestDomain(wrong)).toBe(right)
    expect(checkEmail(`taro@${wrong}`)).toContainEqual(didYouMean('taro', right))
  })

  it('never "corrects" a listed domain, whatever its case (docomo.ne.jp stays, au.com stays)', () => {
    for (const { domain } of SUGGESTION_DOMAINS) {
      expect(suggestDomain(domain)).toBeUndefined()
      expect(suggestDomain(domain.toUpperCase() + '.')).toBeUndefined()
      expect(checkEmail(`taro@${domain}`).some((f) => f.code === 'did-you-mean')).toBe(false)
    }
    expect(checkEmail('taro@docomo.ne.jp')).toEqual([carrier('docomo', 'docomo.ne.jp')])
    expect(checkEmail('taro@au.com')).toEqual([carrier('au', 'au.com')])
  })

  it.each([
    'example.org',
    'example.com',
    'u-tokyo.ac.jp',
    'kyoto-u.ac.jp',
    'osaka-u.ac.jp',
    'tokyo.ac.jp',
    'nifty.com',
    'plala.or.jp',
    'so-net.ne.jp',
    'dion.ne.jp',
    'jcom.home.ne.jp',
    'mopera.net',
    'ab.com',
    'ua.com',
    'yahoo.jp',
    'hotmail.jp',
    'outlook.co.jp',
    'omu.ac.jp',
    'st.omu.ac.jp',
    'osaka-cu.ac.jp',
    ...KNOWN_OTHER_DOMAINS,
  ])('no suggestion for %s', (domain) => {
    expect(suggestDomain(domain)).toBeUndefined()
  })

  it('suggestions are always listed domains other than the input', () => {
    const listed = new Set(SUGGESTION_DOMAINS.map((d) => d.domain))
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdegijlmnoprstuwy.-'), maxLength: 16 }), (d) => {
        const s = suggestDomain(d)
        if (s === undefined) return
        expect(listed.has(s)).toBe(true)
        expect(s).not.toBe(d.toLowerCase())
      }),
    )
  })
})

describe('helpers', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['gmail', 'gmial', 1],
    ['ca', 'abc', 3],
    ['docomo.ne.jp', 'docomo.net', 3],
    ['au.com', 'qq.com', 2],
  ])('osaDistance(%j, %j) = %i', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d)
    expect(osaDistance(b, a)).toBe(d)
  })

  it('splits domains at Japanese public suffixes', () => {
    expect(splitDomain('docomo.ne.jp')).toEqual({ name: 'docomo', suffix: 'ne.jp' })
    expect(splitDomain('i.softbank.jp')).toEqual({ name: 'i.softbank', suffix: 'jp' })
    expect(splitDomain('yahoo.co.jp')).toEqual({ name: 'yahoo', suffix: 'co.jp' })
    expect(splitDomain('gmail.con')).toEqual({ name: 'gmail', suffix: 'con' })
    expect(splitDomain('localhost')).toEqual({ name: 'localhost', suffix: '' })
  })
})

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))
const atom = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-'), minLength: 1, maxLength: 10 })
/** A local part of 3–30 characters: atoms joined by single dots (no legacy "..", no dot at either end). */
const validLocal = fc
  .array(atom, { minLength: 1, maxLength: 5 })
  .map((atoms) => atoms.join('.'))
  .filter((l) => l.length >= EMAIL_LOCAL_MIN && l.length <= EMAIL_LOCAL_MAX)
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
const randomCase = (s: string, bits: number): string => [...s].map((c, i) => ((bits >> i % 30) & 1 ? c.toUpperCase() : c)).join('')

describe('checkEmail: properties', () => {
  it('never throws, on any string', () => {
    const ok = (s: string): void => {
      for (const f of checkEmail(s)) expect(EMAIL_CODES).toContain(f.code)
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), ok))
    fc.assert(fc.property(fc.string({ unit: codeUnit }), ok))
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '@', '.', '-', ' ', '＠', '。', '\u200b', 'あ', '😀') }), ok))
    ok('a'.repeat(10_000) + '@' + 'b'.repeat(10_000) + '.com')
    ok('\ud800'.repeat(10_000))
    ok('@'.repeat(10_000))
    ok('.'.repeat(10_000))
  })

  it('a valid local part of 3–30 characters at a listed non-OMU domain passes with no error or warning', () => {
    fc.assert(
      fc.property(validLocal, fc.constantFrom(...SUGGESTION_DOMAINS), (local, { domain, carrier: c }) => {
        const findings = checkEmail(`${local}@${domain}`)
        expect(findings).toEqual(c ? [carrier(c, domain)] : [])
      }),
    )
  })

  it('any OMU-domain address fails the OMU rule', () => {
    fc.assert(
      fc.property(validLocal, fc.array(label, { maxLength: 3 }), fc.integer(), fc.boolean(), (local, subs, bits, dot) => {
        const domain = randomCase([...subs, 'omu.ac.jp'].join('.'), bits) + (dot ? '.' : '')
        const f = checkEmail(`${local}@${domain}`).find((x) => x.code === 'omu-domain')
        expect(f?.severity).toBe('error')
      }),
    )
  })
})
