import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileAppFaq } from '../../../build/faq-plugin.ts'
import { seedText } from '../../../tests/fixtures/seed.ts'
import { PASSWORD_MIN_LENGTH } from '@/lib/rules'
import { inquiryText, inquiryWording } from '@/locales/inquiry'
import {
  FORM_KIND_START,
  FORM_KIND_STUDENT_NUMBER,
  FORM_QUESTION_LOCKED,
  VISITED_MAX,
  addVisited,
  buildInquiry,
  findSecretLike,
  findSecretSpans,
  messagesOf,
  parseVisited,
  planInquiry,
  questionFromQuery,
  removeSecrets,
  type InquiryInput,
} from './inquiry'

const faq = compileAppFaq()
const seed = seedText

const REMINDER = '※送る前に：パスワード（仮パスワード・本パスワード）や、2要素認証のセットアップキー・QRコードは書かないでください。'
const empty: InquiryInput = { message: '', tried: [], device: '', details: '' }
const topic = (id: string) => {
  const q = faq.questions.find((x) => x.id === id)
  if (!q) throw new Error(`no question ${id}`)
  return { id: q.id, title: q.title }
}
const stepTopic = (id: string) => {
  const s = faq.steps.find((x) => x.id === id)
  if (!s) throw new Error(`no step ${id}`)
  return { id: s.id, title: s.title }
}

describe('form choices are the exact strings of the source FAQ', () => {
  it('quotes them as the seed does', () => {
    for (const s of [FORM_KIND_START, FORM_KIND_STUDENT_NUMBER, FORM_QUESTION_LOCKED, '7.お問い合わせの種類', '8.質問内容']) {
      expect(seed).toContain(`「${s}」`)
    }
  })
})

describe('planInquiry', () => {
  it.each([
    [undefined, { contact: 'help-desk', formChoices: [{ field: '7.お問い合わせの種類', choice: '利用開始手続きについて(新入生・新規採用者向け)' }], notes: [] }],
    ['change-errors', { contact: 'help-desk', formChoices: [{ field: '7.お問い合わせの種類', choice: '利用開始手続きについて(新入生・新規採用者向け)' }], notes: [] }],
    [
      'student-number-unknown',
      {
        contact: 'help-desk',
        formChoices: [
          { field: '7.お問い合わせの種類', choice: '学籍番号確認システムについて(新入生向け)' },
          { field: '8.質問内容', choice: 'アカウントがロックされてしまった' },
        ],
        notes: ['student-number-locked'],
      },
    ],
    ['staff-number-unknown', { contact: 'personnel', formChoices: [], notes: [] }],
    [
      'invalid-number',
      { contact: 'help-desk', formChoices: [{ field: '7.お問い合わせの種類', choice: '利用開始手続きについて(新入生・新規採用者向け)' }], notes: ['personnel-if-number-unknown'] },
    ],
    [
      'notified-temp-password',
      { contact: 'help-desk', formChoices: [{ field: '7.お問い合わせの種類', choice: '利用開始手続きについて(新入生・新規採用者向け)' }], notes: ['host-staff'] },
    ],
  ])('%s', (id, expected) => {
    expect(planInquiry(id)).toEqual(expected)
  })
})

describe('buildInquiry: the exact text', () => {
  it('nothing chosen: the general form choice, the intro and the reminder', () => {
    expect(buildInquiry(empty, inquiryWording)).toBe(
      [
        '【お問い合わせフォームで選ぶ項目】',
        '・「7.お問い合わせの種類」：「利用開始手続きについて(新入生・新規採用者向け)」',
        '',
        '【お問い合わせ内容】',
        '利用開始手続きがうまく進められないため、問い合わせます。',
        '',
        REMINDER,
      ].join('\n'),
    )
  })

  it('a password-change error with everything filled in', () => {
    const text = buildInquiry(
      {
        step: stepTopic('password'),
        question: topic('change-errors'),
        message: '  「使用不可文字が含まれています。」 ',
        tried: [topic('change-errors'), topic('recovery-email-choice'), topic('change-errors')],
        device: ' iPhone / Safari ',
        details: '変更を押すと赤字が出ます。\r\n\r\n\r\n\r\n記号は ! だけ使いました。  ',
      },
      inquiryWording,
    )
    expect(text).toBe(
      [
        '【お問い合わせフォームで選ぶ項目】',
        '・「7.お問い合わせの種類」：「利用開始手続きについて(新入生・新規採用者向け)」',
        '',
        '【お問い合わせ内容】',
        '利用開始手続きがうまく進められないため、問い合わせます。',
        '・手順（画面）：パスワード変更画面',
        '・困っていること：「変更」をクリックしたのに、エラーが出て次の画面に進めない',
        '・画面に出たメッセージ：「使用不可文字が含まれています。」',
        '・すでに読んで試したよくある質問：',
        '　- 「変更」をクリックしたのに、エラーが出て次の画面に進めない',
        '　- パスワード再発行用メールアドレスには、どんなメールアドレスを登録すればいい？',
        '・使っている機器とブラウザ：iPhone / Safari',
        '・詳しい状況：',
        '変更を押すと赤字が出ます。',
        '',
        '記号は ! だけ使いました。',
        '',
        REMINDER,
      ].join('\n'),
    )
  })

  it('a message with brackets inside keeps them; only an enclosing pair is dropped', () => {
    const text = buildInquiry({ ...empty, message: '「新しいパスワード」と「新しいパスワード(確認)」が一致していません。' }, inquiryWording)
    expect(text).toContain('・画面に出たメッセージ：「「新しいパスワード」と「新しいパスワード(確認)」が一致していません。」')
    expect(buildInquiry({ ...empty, message: '無効なキー\n' }, inquiryWording)).toContain('・画面に出たメッセージ：「無効なキー」')
  })

  it('the student number could not be confirmed again (account locked): both form fields, and why', () => {
    const text = buildInquiry(
      { ...empty, step: stepTopic('id-check'), question: topic('student-number-unknown'), tried: [topic('student-number-unknown')], device: 'Android / Chrome' },
      inquiryWording,
    )
    expect(text).toBe(
      [
        '【お問い合わせフォームで選ぶ項目】',
        '・「7.お問い合わせの種類」：「学籍番号確認システムについて(新入生向け)」',
        '・「8.質問内容」：「アカウントがロックされてしまった」',
        '※学籍番号を一度確認すると学籍番号確認システムのアカウントがロックされるため、「アカウントがロックされてしまった」を選びます。',
        '',
        '【お問い合わせ内容】',
        '利用開始手続きがうまく進められないため、問い合わせます。',
        '・手順（画面）：OMUID・仮パスワード確認画面',
        '・困っていること：学籍番号がわからない',
        '・すでに読んで試したよくある質問：',
        '　- 学籍番号がわからない',
        '・使っている機器とブラウザ：Android / Chrome',
        '',
        REMINDER,
      ].join('\n'),
    )
  })

  it('the staff number is unknown: 人事課, not the help desk form', () => {
    const text = buildInquiry({ ...empty, step: stepTopic('id-check'), question: topic('staff-number-unknown'), device: 'Windows / Edge' }, inquiryWording)
    expect(text).toBe(
      [
        '【問い合わせ先】',
        '職員番号がわからないときは、ITヘルプデスクではなく人事課に問い合わせてください。',
        '',
        '【お問い合わせ内容】',
        '利用開始手続きがうまく進められないため、問い合わせます。',
        '・手順（画面）：OMUID・仮パスワード確認画面',
        '・困っていること：職員番号がわからない',
        '・使っている機器とブラウザ：Windows / Edge',
        '',
        REMINDER,
      ].join('\n'),
    )
    expect(text).not.toContain('7.お問い合わせの種類')
  })

  it('the staff number is refused: the help desk form, and 人事課 if the number itself is unknown', () => {
    const text = buildInquiry({ ...empty, question: topic('invalid-number'), message: '有効な学籍番号・職員番号・OMUIDではありません' }, inquiryWording)
    expect(text.split('\n').slice(0, 4)).toEqual([
      '【お問い合わせフォームで選ぶ項目】',
      '・「7.お問い合わせの種類」：「利用開始手続きについて(新入生・新規採用者向け)」',
      '※職員番号そのもの（手続きに使う主となる番号）がわからないときは、人事課に問い合わせてください。',
      '',
    ])
    expect(text).toContain('・画面に出たメッセージ：「有効な学籍番号・職員番号・OMUIDではありません」')
  })

  it('never lists the contact page itself as tried', () => {
    const text = buildInquiry({ ...empty, tried: [topic('contact-help-desk')] }, inquiryWording)
    expect(text).not.toContain('すでに読んで試した')
  })

  it('never throws, always ends with the reminder and says nothing it was not given', () => {
    const str = fc.string({ unit: 'grapheme', maxLength: 60 })
    const topicArb = fc.record({ id: fc.constantFrom(...faq.questions.map((q) => q.id), 'x'), title: str })
    fc.assert(
      fc.property(
        fc.record({
          step: fc.option(fc.record({ id: fc.string(), title: str }), { nil: undefined }),
          question: fc.option(topicArb, { nil: undefined }),
          message: str,
          tried: fc.array(topicArb, { maxLength: 5 }),
          device: str,
          details: fc.string({ unit: 'grapheme', maxLength: 200 }),
        }),
        (input) => {
          const text = buildInquiry(input, inquiryWording)
          expect(text.endsWith(`\n\n${REMINDER}`)).toBe(true)
          expect(text).not.toMatch(/undefined|null|NaN|\[object/)
        },
      ),
    )
  })
})

describe('known messages per question', () => {
  const byQuestion = Object.fromEntries(
    faq.questions.filter((q) => q.messages.length).map((q) => [q.id, q.messages.map((m) => (m.where ? { text: m.text, where: m.where } : { text: m.text }))]),
  )

  it('messagesOf: the question\'s messages from faq/; [] for none, unknown or inherited names', () => {
    expect(messagesOf(byQuestion, undefined)).toEqual([])
    expect(messagesOf(byQuestion, 'otp-not-sent')).toEqual([])
    expect(messagesOf(byQuestion, 'toString')).toEqual([])
    expect(messagesOf(byQuestion, 'invalid-key')).toEqual([{ text: '無効なキー', where: 'セットアップキーの登録時' }])
    expect(messagesOf(byQuestion, 'change-errors').map((m) => m.text)).toContain('使用不可文字が含まれています。')
  })
})

describe('findSecretLike', () => {
  it.each([
    ['', []],
    ['使用不可文字が含まれています。', []],
    ['iPhone / Safari', []],
    ['Google Authenticator に登録しました', []],
    ['OMUNET-1X につないでいます', []],
    ['OMUIDは ab12345 です', []],
    ['学籍番号 2412345678', []],
    ['パスワードは Sakura2026Spring です', ['password']],
    ['仮パスワード：aB3dE5gH9k!', ['password']],
    ['キーは JBSW Y3DP EHPK 3PXP でした', ['setup-key']],
    ['jbswy3dpehpk3pxp', ['setup-key']],
    ['Abcdefghij1 と JBSWY3DPEHPK3PXP', ['password', 'setup-key']],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', []],
    // The user test's case: exactly the rule's length.
    ['Abcdefghij12', ['password']],
    ['キーは JBSW-Y3DP-EHPK-3PXP', ['setup-key']],
    ['ｐａｓｓはＳａｋｕｒａ２０２６Ｓｐｒｉｎｇ', ['password']],
    ['JBSWY3DPEHPK3PXP のあと Abcdefghij1', ['password', 'setup-key']],
    ['iPhone 15 Pro / Safari', []],
    ['PLEASE ENTER THE 6 DIGIT CODE', []],
    ['2345 6723 4567 2345', []],
    ['abcdefghijklmnop', []],
  ] as [string, string[]][])('%j → %j', (text, expected) => {
    expect(findSecretLike(text)).toEqual(expected)
  })

  it('flags a password one or two characters short of the rule, not three', () => {
    const of = (n: number) => 'Ab1' + 'x'.repeat(n - 3)
    expect(findSecretLike(of(PASSWORD_MIN_LENGTH))).toEqual(['password'])
    expect(findSecretLike(of(PASSWORD_MIN_LENGTH - 2))).toEqual(['password'])
    expect(findSecretLike(of(PASSWORD_MIN_LENGTH - 3))).toEqual([])
  })
})

describe('findSecretSpans and removeSecrets', () => {
  const P = inquiryText.secretRemoved.password
  const K = inquiryText.secretRemoved['setup-key']
  const clean = (s: string) => removeSecrets(s, inquiryText.secretRemoved)

  it.each([
    ['', [], ''],
    ['Abcdefghij12', [[0, 12, 'password']], P],
    ['パスワードは Abcdefghij12 です', [[7, 19, 'password']], `パスワードは ${P} です`],
    // A label's colon, brackets and a full stop around the password stay; its own symbols go with it.
    ['仮パスワード:aB3dE5gH9k!', [[7, 18, 'password']], `仮パスワード:${P}`],
    ['(Sakura2026Spring).', [[1, 17, 'password']], `(${P}).`],
    ['仮パスワード：Ｓａｋｕｒａ２０２６', [[7, 17, 'password']], `仮パスワード：${P}`],
    ['キーは JBSW Y3DP EHPK 3PXP でした', [[4, 23, 'setup-key']], `キーは ${K} でした`],
    ['jbsw-y3dp-ehpk-3pxp', [[0, 19, 'setup-key']], K],
    ['JBSWY3DPEHPK3PXP と Abcdefghij1', [[0, 16, 'setup-key'], [19, 30, 'password']], `${K} と ${P}`],
    // One part where a key sits inside a password-looking word.
    ['Xx1JBSWY3DPEHPK3PXP', [[0, 19, 'password']], P],
    ['iPhone / Safari で「無効なキー」', [], 'iPhone / Safari で「無効なキー」'],
  ] as [string, [number, number, string][], string][])('%j', (text, spans, cleaned) => {
    expect(findSecretSpans(text).map((sp) => [sp.start, sp.end, sp.kind])).toEqual(spans)
    expect(clean(text)).toBe(cleaned)
  })

  // Text built to come close: Japanese, ASCII words, full-width letters, passwords and keys in pieces.
  const piece = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'Aa1bZ2z7Q-: .()!'), maxLength: 20 }),
    fc.string({ unit: fc.constantFrom(...'ABCDJK23456 -'), maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...'abcdjk23456 -'), maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...'あ、。：（）「」　Ａａ１'), maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    fc.constantFrom('Abcdefghij12', 'JBSW Y3DP EHPK 3PXP', 'jbswy3dpehpk3pxp', P, K),
  )
  const near = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''))

  it('leaves nothing secret-looking, in order and in bounds, whatever the text', () => {
    fc.assert(
      fc.property(near, (text) => {
        const spans = findSecretSpans(text)
        let at = 0
        for (const sp of spans) {
          expect(sp.start).toBeGreaterThanOrEqual(at)
          expect(sp.end).toBeGreaterThan(sp.start)
          at = sp.end
        }
        expect(at).toBeLessThanOrEqual(text.length)
        const cleaned = clean(text)
        expect(findSecretSpans(cleaned)).toEqual([])
        expect(clean(cleaned)).toBe(cleaned)
      }),
      { numRuns: 2000 },
    )
  })

  it('changes nothing in text without secrets', () => {
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
        fc.pre(findSecretSpans(text).length === 0)
        expect(clean(text)).toBe(text)
        expect(findSecretLike(text)).toEqual([])
      }),
    )
  })

  it('never throws, even on what is not a string', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(clean(value as string)).toBeTypeOf('string')
        expect(findSecretSpans(value as string)).toBeInstanceOf(Array)
      }),
    )
  })
})

describe('visited ids and ?from=', () => {
  const known = new Set(['a', 'b', 'c', 'contact-help-desk'])
  it.each([
    [null, []],
    ['', []],
    ['not json', []],
    ['{"a":1}', []],
    ['["a","zzz",3,"b","a","contact-help-desk"]', ['a', 'b']],
  ] as [string | null, string[]][])('parseVisited(%j)', (raw, expected) => {
    expect(parseVisited(raw, known)).toEqual(expected)
  })

  it('addVisited moves a repeat to the end and keeps at most VISITED_MAX', () => {
    expect(addVisited(['a', 'b'], 'a')).toEqual(['b', 'a'])
    const many = Array.from({ length: VISITED_MAX }, (_, i) => `q${i}`)
    const next = addVisited(many, 'new')
    expect(next).toHaveLength(VISITED_MAX)
    expect(next.at(-1)).toBe('new')
    expect(next[0]).toBe('q1')
  })

  it.each([
    ['a', 'a'],
    [['b', 'a'], 'b'],
    ['zzz', undefined],
    ['contact-help-desk', undefined],
    [undefined, undefined],
    [null, undefined],
    [42, undefined],
  ] as [unknown, string | undefined][])('questionFromQuery(%j) → %j', (value, expected) => {
    expect(questionFromQuery(value, known)).toBe(expected)
  })
})
