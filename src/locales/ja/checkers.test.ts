import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INVISIBLE_CHARS, LOOKALIKES } from '@/lib/chars'
import { EMAIL_CODES, checkEmail } from '@/tools/email/email'
import { SUGGESTION_DOMAINS } from '@/tools/email/emailDomains'
import type { CharKind, Finding } from '@/lib/findings'
import { OMUID_CODES, checkOmuid } from '@/tools/omuid/omuid'
import { PASSWORD_CODES, checkPassword, passwordRuleList, type DifferenceCause } from '@/tools/password/password'
import { PASSWORD_MIN_LENGTH } from '@/lib/rules'
import { SETUP_KEY_CODES, checkSetupKey } from '@/tools/setup-key/setupKey'
import {
  CHAR_KIND_NAMES,
  DIFFERENCE_CAUSE_TEXT,
  EMAIL_HELP,
  INVISIBLE_NAMES,
  LOOKALIKE_NAMES,
  PASSWORD_ALL_CLEAR,
  PASSWORD_RULES_SOURCE,
  charIssueText,
  charName,
  checkerText,
  fixLabel,
  passwordRuleLabel,
} from './checkers'

type Checker = keyof typeof checkerText

const CHECKERS: Record<Checker, { codes: readonly string[]; check: (s: string) => Finding[]; inputs: string[] }> = {
  password: {
    codes: PASSWORD_CODES,
    check: (s) => {
      const [pw, confirm] = s.split('|')
      return checkPassword(pw ?? '', confirm)
    },
    inputs: ['', 'abc', 'Ａbcdefghijk1', 'Abcdefghijk1|', 'Abcdefghijk1|Abcdefghijk1 ', 'Abcdefghijk1|ABCDEFGHIJK1', 'あ😀\u200b\u3000 ー\t'],
  },
  email: {
    codes: EMAIL_CODES,
    check: checkEmail,
    inputs: [
      '',
      ' taro＠gmail.com ',
      'taro',
      'a@b@c.com',
      '@gmail.com',
      'ta(ro@gmail.com',
      'ab@gmail.com',
      'taro..x.@docomo.ne.jp',
      'taro@',
      'taro@gmail.com.',
      'taro@docomo',
      'taro@ex_ample.com',
      'taro@gmail..com',
      'taro@-x.com',
      'taro@example.c',
      'taro@st.omu.ac.jp',
      'taro@osaka-cu.ac.jp',
      'taro@gmial.com',
      ...SUGGESTION_DOMAINS.map((d) => `taro@${d.domain}`),
    ],
  },
  setupKey: {
    codes: SETUP_KEY_CODES,
    check: checkSetupKey,
    inputs: ['', ' ABCD', 'AB CD', 'AB-CD', 'AB0＃', 'AB=CD', 'ABC', ' \u200bＡ'],
  },
  omuid: {
    codes: OMUID_CODES,
    check: checkOmuid,
    inputs: ['', ' ab12345', 'ａb12345', 'ab-12345', '2412345678', 'ab1234', 'abO2345', '012345b', 'abcdefg'],
  },
}

/**
 * Text must read as Japanese sentences: no leaked placeholders or numbers gone wrong, no empty fragment
 * (「」, a sentence that starts with a particle, a list joined around nothing) and no fragment said twice
 * in one sentence (「@」の前に「@」の直前の… named the same place twice).
 */
function expectReadable(text: string): void {
  expect(text.length).toBeGreaterThan(0)
  expect(text).not.toMatch(/undefined|NaN|null|\[object|\$\{/)
  expect(text, text).not.toMatch(/「」|（）|、、|。。|^[、。]|のに、|にが|やが/)
  // The same quotation again after only a particle or two (「@」の前に「@」…): one thing named twice. Not
  // two alternatives (「-」で始まるか「-」で終わる).
  const quotes = [...text.matchAll(/「[^「」]*」/g)]
  for (let i = 1; i < quotes.length; i++) {
    const [a, b] = [quotes[i - 1] as RegExpExecArray, quotes[i] as RegExpExecArray]
    const between = text.slice(a.index + a[0].length, b.index)
    expect(a[0] === b[0] && between.length <= 4 && !/[かもと]/.test(between), `${a[0]} twice in: ${text}`).toBe(false)
  }
}

function render(checker: Checker, f: Finding): string {
  const text = (checkerText[checker] as Record<string, (f: Finding) => string>)[f.code]
  expect(text, `${checker}: no wording for ${f.code}`).toBeTypeOf('function')
  return (text as (f: Finding) => string)(f)
}

describe('every finding code has wording', () => {
  it.each(Object.keys(CHECKERS) as Checker[])('%s: a key for every code, and no extra keys', (checker) => {
    expect(Object.keys(checkerText[checker]).sort()).toEqual([...CHECKERS[checker].codes].sort())
  })

  it.each(Object.keys(CHECKERS) as Checker[])('%s: every code is produced by a real input and reads well', (checker) => {
    const { codes, check, inputs } = CHECKERS[checker]
    const seen = new Set<string>()
    for (const input of inputs) {
      for (const f of check(input)) {
        seen.add(f.code)
        expectReadable(render(checker, f))
        for (const c of f.chars ?? []) {
          expectReadable(charIssueText(c))
          expectReadable(charIssueText(c, { hideChar: true }))
        }
        if (f.fix) expectReadable(fixLabel(f.fix, input))
      }
    }
    // 'too-long' exists only when rules.ts sets a maximum; it is rendered from a built finding below.
    const unreachable = checker === 'password' ? ['too-long'] : []
    expect([...seen].sort()).toEqual(codes.filter((c) => !unreachable.includes(c)).sort())
  })

  it('renders the password length messages from the finding data', () => {
    expect(render('password', { code: 'too-long', severity: 'error', data: { length: 70, max: 64 } })).toBe('いま70文字です。64文字以内にしてください。')
    expect(render('password', checkPassword('Abcdefghij1')[0] as Finding)).toBe(
      `いま11文字です。${PASSWORD_MIN_LENGTH}文字以上にしてください（あと1文字）。`,
    )
  })

  it('renders every confirmation cause', () => {
    const causes: DifferenceCause[] = ['trailing-space', 'leading-space', 'invisible', 'width', 'case', 'length', 'other']
    for (const cause of causes) {
      const text = render('password', { code: 'confirm-mismatch', severity: 'error', data: { position: 3, cause } })
      expect(text).toBe(`2つの欄は3文字目から違っています。${DIFFERENCE_CAUSE_TEXT[cause]}`)
    }
  })

  it('names the missing classes', () => {
    expect(render('password', checkPassword('abcdefghijkl')[0] as Finding)).toBe('半角英大文字（A〜Z）と半角数字（0〜9）が入っていません。全角の英数字は数に入りません。')
  })

  it('never leaves a placeholder, for findings from any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '0', '@', '.', ' ', '＠', 'Ａ', 'ー', '。', '\u200b', 'あ', '😀', '=', '|') }), (s) => {
        for (const checker of Object.keys(CHECKERS) as Checker[]) {
          for (const f of CHECKERS[checker].check(s)) {
            expectReadable(render(checker, f))
            for (const c of f.chars ?? []) expectReadable(charIssueText(c))
          }
        }
      }),
    )
  })
})

describe('character names', () => {
  it('names every look-alike and invisible character specifically', () => {
    for (const c of LOOKALIKES.keys()) expect(LOOKALIKE_NAMES[c], `name for U+${c.charCodeAt(0).toString(16)}`).toBeTypeOf('string')
    for (const e of INVISIBLE_CHARS) expect(INVISIBLE_NAMES[e.id]).toBeTypeOf('string')
  })

  it.each<[string, CharKind, string]>([
    ['Ａ', 'fullwidth-letter', '全角英字「Ａ」'],
    ['０', 'fullwidth-digit', '全角数字「０」'],
    ['＠', 'fullwidth-symbol', '全角記号「＠」'],
    ['\u3000', 'ideographic-space', '全角スペース'],
    [' ', 'space', '半角スペース'],
    ['あ', 'kana-kanji', 'ひらがな・カタカナ・漢字「あ」'],
    ['😀', 'emoji', '絵文字「😀」'],
    ['ー', 'lookalike', '長音記号「ー」'],
    ['。', 'lookalike', '句点「。」'],
    ['\u200b', 'invisible', '見えない文字（ゼロ幅スペース U+200B）'],
    ['\ufeff', 'invisible', '見えない文字（BOM（ゼロ幅ノーブレークスペース） U+FEFF）'],
    ['\u00a0', 'nbsp', '特殊なスペース（ノーブレークスペース U+00A0）'],
  ])('%j → %s', (char, kind, name) => {
    expect(charName({ position: 1, char, codePoints: [`U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`], kind })).toBe(name)
  })

  it('says what the fix does, and can hide the character', () => {
    const issue = { position: 3, char: 'Ａ', codePoints: ['U+FF21'], kind: 'fullwidth-letter' as const, replacement: 'A' }
    expect(charIssueText(issue)).toBe('3文字目：全角英字「Ａ」 →「A」')
    expect(charIssueText(issue, { hideChar: true })).toBe('3文字目：全角英字 →半角に直せます')
    expect(charIssueText({ position: 1, char: ' ', codePoints: ['U+0020'], kind: 'space', replacement: '' })).toBe('1文字目：半角スペース（消します）')
    expect(Object.keys(CHAR_KIND_NAMES)).toHaveLength(17)
  })
})

describe('rules and help text', () => {
  it('labels every listed rule from its data', () => {
    const labels = passwordRuleList().map(passwordRuleLabel)
    expect(labels[0]).toBe(`${PASSWORD_MIN_LENGTH}文字以上`)
    for (const l of labels) expectReadable(l)
    expect(passwordRuleLabel({ code: 'max-length', data: { max: 64 }, published: false })).toBe('64文字以内')
    expect(PASSWORD_RULES_SOURCE).toContain(`${PASSWORD_MIN_LENGTH}文字以上`)
    expect(PASSWORD_ALL_CLEAR).toContain('5分程度')
  })

  it('has a filter reminder for every carrier and the no-address answer', () => {
    for (const d of SUGGESTION_DOMAINS) if (d.carrier) expectReadable(EMAIL_HELP.carrierFilter[d.carrier])
    expect(EMAIL_HELP.carrierFilter.softbank).toContain('受信許可リスト')
    expect(EMAIL_HELP.carrierFilter.softbank).toContain('なりすまし拒否')
    expect(EMAIL_HELP.carrierFilter.docomo).toContain('受信リスト')
    expect(EMAIL_HELP.carrierFilter.au).toContain('受信リスト')
    expect(EMAIL_HELP.noAddress.join('')).toContain('Gmail')
  })
})

describe('the wording of every finding, for any input a checker can get', () => {
  const unit = fc.constantFrom(...'Aa1Ｂｂ２ 　\u200b\u00a0-－ー。．.@＠_+~()あ😀=\t'.split(''))
  const domains = fc.constantFrom('', '@gmail.com', '@gmial.com', '@docomo.ne.jp', '@st.omu.ac.jp', '@osaka-cu.ac.jp', '@ezweb.ne.jp', '@x', '@.com')
  it.each(Object.keys(CHECKERS) as Checker[])('%s: reads well, with no doubled or empty fragment', (checker) => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), domains, (a, d) => {
        const input = checker === 'email' ? a + d : a
        for (const f of CHECKERS[checker].check(input)) {
          expectReadable(render(checker, f))
          if (f.fix) expectReadable(fixLabel(f.fix, input))
        }
      }),
      { numRuns: 1500 },
    )
  })

  it('the legacy-dot warning names each form once, in any combination', () => {
    for (const address of ['taro.@docomo.ne.jp', 'taro..x@docomo.ne.jp', '.taro@ezweb.ne.jp', '.ta..ro.@docomo.ne.jp']) {
      const f = checkEmail(address).find((x) => x.code === 'legacy-dots')
      expect(f, address).toBeDefined()
      expectReadable(render('email', f as Finding))
    }
    const f = checkEmail('taro.@docomo.ne.jp').find((x) => x.code === 'legacy-dots') as Finding
    expect(render('email', f)).toMatch(/^アドレスに「@」の直前の「\.」があります。/)
  })
})

describe('a fix button says what it will do to that input', () => {
  it.each([
    ['a zero-width space in a password', 'Abcdefghij\u200b12', (s: string) => checkPassword(s, s), '見えない文字を消す'],
    ['a full-width letter in a password', 'Ａbcdefghij12', (s: string) => checkPassword(s, s), '半角に直す'],
    ['a full-width letter in an OMUID', 'ａ1234567', checkOmuid, '半角に直す'],
    ['a space in an OMUID', 'ab 12345', checkOmuid, 'スペース・改行を消す'],
    ['a full-width ＠ in an address', 'taro＠gmail.com', checkEmail, '半角に直す'],
    ['a setup key with spaces, lower case and a hyphen', ' jbswy3dp-ehpk3pxp', checkSetupKey, 'スペース・改行を消し、「-」を消し、大文字にする'],
    ['a full-width setup key', 'ＪＢＳＷＹ３ＤＰＥＨＰＫ３ＰＸＰ', checkSetupKey, '半角に直す'],
  ])('%s', (_what, input, check, label) => {
    const fix = check(input).find((f) => f.fix)?.fix
    expect(fix).toBeDefined()
    expect(fixLabel(fix as NonNullable<typeof fix>, input)).toBe(label)
  })
})

describe('the setup-key explanation fits the characters found', () => {
  const charText = (key: string): string => render('setupKey', checkSetupKey(key).find((f) => f.code === 'char') as Finding)
  it('an all-full-width key: made half-width, no talk of misread digits', () => {
    const text = charText('ＪＢＳＷＹ３ＤＰＥＨＰＫ３ＰＸＰ')
    expect(text).toContain('全角の文字は、直したキーでは半角にしています。')
    expect(text).not.toContain('見間違い')
  })
  it('0, 1, 8 or 9: probably misread letters', () => {
    expect(charText('JBSW0DP1EHPK8PXP')).toContain('O（オー）やI（アイ）、Bの見間違い')
    expect(charText('JBSW０DPEHPK3PXP')).toContain('見間違い')
  })
  it('kana: neither', () => {
    const text = charText('JBSWあDPEHPK3PXP')
    expect(text).not.toContain('見間違い')
    expect(text).not.toContain('全角の文字')
  })
})

