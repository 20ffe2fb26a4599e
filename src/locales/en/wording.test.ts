/**
 * The English wording against the Japanese reference, area by area: the same keys of the same kinds, and
 * every real screen's Japanese string the Japanese wording quotes in 「」 also quoted, exactly, in the
 * English wording at the same place. Functions are called with sample arguments (findings from the real
 * checkers for the finding wording), so what they put together is compared too. Then spot checks that the
 * English reads as English with typical arguments.
 *
 * English is not a shipped language yet (src/locales/index.ts): this file imports both folders itself.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { compareWording } from '@/i18n/compare'
import type { Finding, Fix, Severity } from '@/lib/findings'
import { PASSWORD_MIN_LENGTH } from '@/lib/rules'
import { checkEmail } from '@/tools/email/email'
import { SUGGESTION_DOMAINS } from '@/tools/email/emailDomains'
import {
  FORM_FIELD_KIND,
  FORM_FIELD_QUESTION,
  FORM_KIND_START,
  FORM_KIND_STUDENT_NUMBER,
  FORM_QUESTION_LOCKED,
  buildInquiry,
  findSecretSpans,
  removeSecrets,
} from '@/tools/inquiry/inquiry'
import { checkOmuid } from '@/tools/omuid/omuid'
import { checkPassword, passwordRuleList, type PasswordRule } from '@/tools/password/password'
import { checkSetupKey } from '@/tools/setup-key/setupKey'
import * as enCheckers from './checkers'
import { appText } from './app'
import { inquiryText, inquiryWording } from './inquiry'
import { keycheckCommon, omuidUi } from './keycheck'
import { practiceText } from './practice'
import { searchText } from './search'
import { timersText } from './timers'

type Module = Record<string, unknown>
const area = (file: string): string => file.replace(/^.*\//, '').replace(/\.ts$/, '')
const byArea = (files: Record<string, unknown>): Record<string, Module> =>
  Object.fromEntries(Object.entries(files).map(([f, m]) => [area(f), m as Module]))
const ja = byArea(import.meta.glob(['../ja/*.ts', '!../ja/*.test.ts'], { eager: true }))
const en = byArea(import.meta.glob(['./*.ts', '!./*.test.ts'], { eager: true }))
const areas = Object.keys(ja).sort()

// ---------------------------------------------------------------------------------------------------
// Sample arguments for every function of the wording, by area and path (a.b.c). A function without
// samples fails the test, so a new one is never left unchecked. Arguments that are themselves wording
// (severity labels) come from the language being called.
// ---------------------------------------------------------------------------------------------------

type Samples = (lang: Record<string, Module>) => unknown[][]

const CHECKERS: Record<string, { check: (s: string) => Finding[]; inputs: string[] }> = {
  password: {
    check: (s) => {
      const [pw, confirm] = s.split('|')
      return checkPassword(pw ?? '', confirm)
    },
    inputs: ['', 'abc', 'Ａbcdefghijk1', 'Abcdefghijk1|', 'Abcdefghijk1|Abcdefghijk1 ', 'Abcdefghijk1|ABCDEFGHIJK1', 'あ😀\u200b\u3000 ー\t', 'Abcdefghij\u200b12|Abcdefghij\u200b12'],
  },
  email: {
    check: checkEmail,
    inputs: [
      '',
      ' taro＠gmail.com ',
      'taro',
      'a@b@c.com',
      '@gmail.com',
      'ta(ro@gmail.com',
      'ab@gmail.com',
      'a'.repeat(31) + '@gmail.com',
      'taro..x.@docomo.ne.jp',
      '.ta..ro.@docomo.ne.jp',
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
    check: checkSetupKey,
    inputs: ['', ' ABCD', 'AB CD', 'AB-CD', 'AB0＃', 'AB=CD', 'ABC', ' \u200bＡ', 'ＪＢＳＷＹ３ＤＰＥＨＰＫ３ＰＸＰ', 'JBSW0DP1EHPK8PXP', 'JBSWあDPEHPK3PX０', ' jbswy3dp-ehpk3pxp'],
  },
  omuid: {
    check: checkOmuid,
    inputs: ['', ' ab12345', 'ａb12345', 'ab-12345', '2412345678', 'ab1234', 'abO2345', '012345b', 'abcdefg'],
  },
}
// The finding-text maps, by the checker whose findings they word.
const FINDING_MAPS: Record<string, string> = { passwordText: 'password', emailText: 'email', setupKeyText: 'setupKey', omuidText: 'omuid' }

const findingsOf = (checker: string): { input: string; finding: Finding }[] =>
  (CHECKERS[checker]?.inputs ?? []).flatMap((input) => CHECKERS[checker]!.check(input).map((finding) => ({ input, finding })))
const builtFindings: Record<string, Finding[]> = {
  // 'too-long' only exists when rules.ts sets a maximum.
  password: [{ code: 'too-long', severity: 'error', data: { length: 70, max: 64 } }],
}
const allFindings = Object.keys(CHECKERS).flatMap((c) => findingsOf(c))
const maxRule: PasswordRule = { code: 'max-length', data: { max: 64 }, published: false }
const counts = (c: Partial<Record<Severity, number>>): Record<Severity, number> => ({ error: 0, warning: 0, info: 0, ...c })

function checkerSamples(path: string): Samples | undefined {
  const [map, second, third] = path.split('.')
  const checker = map === 'checkerText' ? second : FINDING_MAPS[map ?? '']
  const code = map === 'checkerText' ? third : second
  if (!checker || !code) return undefined
  const findings = [...findingsOf(checker).map((x) => x.finding), ...(builtFindings[checker] ?? [])].filter((f) => f.code === code)
  return () => findings.map((f) => [f])
}

const SAMPLES: Record<string, Record<string, Samples>> = {
  app: {
    'appText.stepLabel': () => [[1, 4], [3, 4]],
    'appText.questionsCount': () => [[1], [2]],
    'appText.backToStep': () => [['STEP TITLE']],
    'appText.checked': () => [['2026-12-02']],
    'appText.translationChecked': () => [['2026-11-25', '2026-12-02']],
    'appText.offlineSavedAt': () => [[new Date(2026, 11, 2, 9, 5)]],
    'appText.limitPasted': () => [[1], [200]],
    'appText.limitTyped': () => [[1], [200]],
    'appText.documentTitle': () => [['PAGE', 'SITE']],
    'appText.homeDocumentTitle': () => [['SITE', 'HOME']],
  },
  checkers: {
    charName: () => allFindings.flatMap(({ finding }) => (finding.chars ?? []).flatMap((c) => [[c], [c, { hideChar: true }]])),
    charIssueText: () => allFindings.flatMap(({ finding }) => (finding.chars ?? []).flatMap((c) => [[c], [c, { hideChar: true }]])),
    fixLabel: () => allFindings.flatMap(({ input, finding }) => (finding.fix ? [[finding.fix, input]] : [])),
    passwordRuleLabel: () => [...passwordRuleList(), maxRule].map((r) => [r]),
  },
  inquiry: {
    'inquiryWording.formChoice': () => [
      [FORM_FIELD_KIND, FORM_KIND_START],
      [FORM_FIELD_KIND, FORM_KIND_STUDENT_NUMBER],
      [FORM_FIELD_QUESTION, FORM_QUESTION_LOCKED],
    ],
    'inquiryWording.step': () => [['STEP TITLE']],
    'inquiryWording.problem': () => [['QUESTION TITLE']],
    // The user's copy of a real screen's message: Japanese, and quoted as such.
    'inquiryWording.message': () => [['無効なキー'], ['パスワードが正しくありません。']],
    'inquiryWording.triedItem': () => [['QUESTION TITLE']],
    'inquiryWording.device': () => [['iPhone / Safari']],
    'inquiryText.messageChipWhere': () => [['WHERE']],
    'inquiryText.messageChipGloss': () => [['GLOSS']],
    'inquiryText.removeSecret': () => [[['NAME']], [['NAME', 'OTHER']]],
    'inquiryText.copyHeld': () => [[['FIELD']], [['FIELD', 'OTHER']]],
    'inquiryText.choiceOnScreen': () => [
      [FORM_FIELD_KIND, FORM_KIND_START],
      [FORM_FIELD_KIND, FORM_KIND_STUDENT_NUMBER],
      [FORM_FIELD_QUESTION, FORM_QUESTION_LOCKED],
    ],
  },
  keycheck: {
    // A real screen's message, as a finding carries it.
    'keycheckCommon.screenMessage': () => [['無効なキー'], ['入力書式が正しくありません。']],
    'keycheckCommon.summary': (l) => [
      [{ error: 1 }, l.checkers!.SEVERITY_LABELS],
      [{ error: 2, warning: 1, info: 3 }, l.checkers!.SEVERITY_LABELS],
    ],
    'keycheckCommon.openTool': () => [['TOOL NAME']],
    'omuidUi.ok': () => [['SHAPE']],
    'omuidUi.fixButton': () => [['LABEL', 'ab12345']],
    'omuidUi.fixApplied': () => [['ab12345']],
    'omuidUi.shapeLength': () => [[1], [7]],
    'omuidUi.shapeEntry': () => [['LABEL', 'LENGTH']],
  },
  practice: {
    'practiceText.moreChars': () => [[1], [3]],
    // A real screen's message, and a text that is none.
    'practiceText.screenGloss': () => [['入力書式が正しくありません。'], ['NOT A MESSAGE']],
    'practiceText.fixedAnnounce': () => [['FIELD']],
    'practiceText.password.lengthNow': () => [[1], [11]],
    'practiceText.password.summary': () => [
      [{ newPassword: counts({}), confirm: counts({}), email: counts({}) }],
      [{ newPassword: counts({}), confirm: counts({}), email: counts({ warning: 1 }) }],
      [{ newPassword: counts({ error: 2 }), confirm: counts({ error: 1 }), email: counts({ error: 1, info: 1 }) }],
    ],
    'practiceText.email.summary': () => [[counts({})], [counts({ warning: 1, info: 2 })], [counts({ error: 1 })]],
  },
  companion: {
    'companionText.prepare.missing': () => [['ITEM'], ['ITEM; OTHER']],
    'companionText.walk.stepOf': () => [[1, 12], [12, 12]],
    'companionText.walk.current': () => [['STEP TITLE']],
  },
  search: { 'searchText.found': () => [[0], [1], [2]] },
  searchPage: { 'searchPageText.resultsHeading': () => [['QUERY']], 'searchPageText.notFoundLead': () => [['QUERY']] },
  timers: {
    'timersText.spokenRemaining': () => [[0, 1], [0, 45], [1, 0], [1, 1], [3, 12]],
    'timersText.kinds.code.bannerRunning': () => [['4:59']],
    'timersText.kinds.reflection.bannerRunning': () => [['4:59']],
    'timersText.notices.clockAdjusted': () => [['code'], ['reflection']],
  },
}

function samplesFor(areaName: string, path: string): Samples | undefined {
  return SAMPLES[areaName]?.[path] ?? (areaName === 'checkers' ? checkerSamples(path) : undefined)
}

// ---------------------------------------------------------------------------------------------------
// Every piece of text of an area, by path: strings as they are, functions by their outputs.
// ---------------------------------------------------------------------------------------------------

interface Piece {
  path: string
  text: string
  /** the string arguments of the call that made it (their text is the caller's, not the wording's) */
  args: string[]
}

type Leaf = { path: string; value: string } | { path: string; fn: (...a: unknown[]) => unknown }

function leaves(value: unknown, path: string, out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push({ path, value })
  else if (typeof value === 'function') out.push({ path, fn: value as (...a: unknown[]) => unknown })
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out)
  }
  return out
}

const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root)

const stringArgs = (args: unknown[]): string[] =>
  args.flatMap((a) => (typeof a === 'string' ? [a] : Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []))

/** The text of one area in `lang`, with the calls made by the reference's paths (same arguments in both languages). */
function pieces(areaName: string, lang: Record<string, Module>): { pieces: Piece[]; unsampled: string[] } {
  const out: Piece[] = []
  const unsampled: string[] = []
  for (const leaf of leaves(ja[areaName], '')) {
    const here = at(lang[areaName], leaf.path)
    if ('value' in leaf) {
      if (typeof here === 'string') out.push({ path: leaf.path, text: here, args: [] })
      continue
    }
    const samples = samplesFor(areaName, leaf.path)
    const calls = samples?.(lang) ?? []
    if (calls.length === 0) unsampled.push(leaf.path)
    if (typeof here !== 'function') continue
    calls.forEach((args, i) => {
      const result = (here as (...a: unknown[]) => unknown)(...args)
      for (const l of leaves(result, `${leaf.path}(${i})`)) if ('value' in l) out.push({ path: l.path, text: l.value, args: stringArgs(args) })
    })
  }
  return { pieces: out, unsampled }
}

// ---------------------------------------------------------------------------------------------------
// Which 「」 quotes of the Japanese name a real screen string
// ---------------------------------------------------------------------------------------------------

const quotesIn = (text: string): string[] => [...text.matchAll(/「([^「」]*)」/g)].map((m) => m[1]!)
const graphemes = (s: string): string[] => [...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment)

/**
 * Quotes of the Japanese wording that are not a real screen's Japanese string, so the English wording may
 * say them in English (it still names the same thing). Each must still occur, so a stale one fails.
 */
const NOT_SCREEN_STRINGS: { area: string; path: RegExp; quote: string | RegExp; reason: string }[] = [
  {
    area: 'app',
    path: /^appText\.homeScreenSteps\./,
    quote: /^(ホーム画面に追加|追加)$/,
    reason: "iOS Safari's own menu, shown in the phone's language (English for this reader): “Add to Home Screen”, “Add”",
  },
  {
    area: 'checkers',
    path: /^(omuidText\.shape|checkerText\.omuid\.shape|OMUID_HELP\.shapes)\b/,
    quote: /^英字/,
    reason: 'the OMUID shapes are our description of the published format, not a screen string: described in English',
  },
  { area: 'keycheck', path: /^omuidUi\.help\./, quote: /^英字/, reason: 'OMUID_HELP.shapes again (see checkers)' },
  {
    area: 'checkers',
    path: /^(emailText|checkerText\.email)\.missing-at\b/,
    quote: '名前@ドメイン',
    reason: 'an example of the address format, “name@domain” in English',
  },
  {
    area: 'searchPage',
    path: /^searchPageText\.(emptyHint|suggestions\.1)$/,
    quote: /^(確認コードが届かない|確認コード|パスワード 変更)$/,
    reason: "example search words in the reader's words (English search), not screen strings",
  },
  {
    area: 'practice',
    path: /^practiceText\.(password\.lead|email\.liveNote)$/,
    quote: '確認',
    reason: "this page's own button (practiceText.submit), English in English: “Check”",
  },
  { area: 'practice', path: /^practiceText\.password\.hiddenCharsNote$/, quote: 'パスワードを表示', reason: "this page's own toggle (showToggle)" },
  { area: 'practice', path: /^practiceText\.email\.cautionHeading$/, quote: '注意', reason: 'our own severity label (SEVERITY_LABELS.warning)' },
  { area: 'inquiry', path: /^inquiryText\.problemNone$/, quote: '詳しい状況', reason: "this page's own field (detailsLabel)" },
]

type Verdict = 'screen' | 'characters' | 'argument' | number

/** How the English must show a quote of the Japanese: as 「the same」 (screen), containing it (characters, argument), or excepted. */
function classify(areaName: string, path: string, quote: string, args: string[]): Verdict {
  const basePath = path.replace(/\(\d+\)(\..*)?$/, '')
  const i = NOT_SCREEN_STRINGS.findIndex(
    (e) => e.area === areaName && e.path.test(basePath) && (typeof e.quote === 'string' ? e.quote === quote : e.quote.test(quote)),
  )
  if (i >= 0) return i
  // Characters (「Ａ」, 「ー」, 「@」) and ASCII (「..」, 「gmail.com」, 「iPhone 15」) read the same in English, where
  // they are quoted “like this”: 「」 is kept for the screens' Japanese strings.
  if (graphemes(quote).length === 1 || /^[\x20-\x7e]+$/.test(quote)) return 'characters'
  // What the caller passed in (a title, a query, a field name of our own) is the caller's text.
  if (args.some((a) => quote.includes(a))) return 'argument'
  return 'screen'
}

/** No leaked placeholder, no "1 minutes", no doubled space (but a list item's indent), no space before punctuation. */
function readsWell(text: string): boolean {
  return !(
    /undefined|NaN|null|\[object|\$\{/.test(text) ||
    /(^|[^\d.,])1 (characters|minutes|seconds|results|questions|errors|warnings|notes|digits|letters|symbols)\b/.test(text) ||
    /\S {2,}/.test(text) ||
    /“”|\s\(\s*\)|\s[,;:]|\s\.(\s|$)|\.\.(?!\.)(?![”)])/.test(text.replace(/“[^”]+”/g, '“x”'))
  )
}

// ---------------------------------------------------------------------------------------------------

describe('English wording, area by area', () => {
  it('has exactly the areas of the Japanese', () => {
    expect(areas.length).toBeGreaterThan(10)
    expect(Object.keys(en).sort()).toEqual(areas)
  })

  for (const name of areas) {
    it(`${name}: misses no string, adds none, changes no kind`, () => {
      expect(compareWording(ja[name], en[name])).toEqual({ missing: [], extra: [], kind: [] })
    })
  }

  const used = new Set<number>()
  for (const name of areas) {
    it(`${name}: every function has sample arguments`, () => {
      expect(pieces(name, ja).unsampled).toEqual([])
    })

    it(`${name}: quotes every real screen string the Japanese quotes, 「exactly」, in the same place`, () => {
      const jaPieces = pieces(name, ja).pieces
      const enText = new Map(pieces(name, en).pieces.map((p) => [p.path, p.text]))
      const lost: string[] = []
      for (const p of jaPieces) {
        const english = enText.get(p.path)
        for (const quote of quotesIn(p.text)) {
          const verdict = classify(name, p.path, quote, p.args)
          if (typeof verdict === 'number') used.add(verdict)
          else if (verdict === 'screen' && !english?.includes(`「${quote}」`)) lost.push(`${p.path}: 「${quote}」`)
          else if (verdict !== 'screen' && !english?.includes(quote)) lost.push(`${p.path}: ${quote}`)
        }
      }
      expect(lost).toEqual([])
    })
  }

  it('lists no exception that no longer applies', () => {
    expect(NOT_SCREEN_STRINGS.filter((_, i) => !used.has(i)).map((e) => `${e.area} ${e.path} ${e.quote}`)).toEqual([])
  })

  // Every text of every area in both languages, once.
  const all = (lang: Record<string, Module>): Piece[] => areas.flatMap((n) => pieces(n, lang).pieces.map((p) => ({ ...p, path: `${n}:${p.path}` })))
  const enAll = all(en)
  const jaAll = all(ja).map((p) => p.text).join('\n')

  it('quotes in 「」 only Japanese that the Japanese wording itself has (no typo in a quoted screen string)', () => {
    const unknown = enAll.flatMap((p) =>
      quotesIn(p.text)
        .filter((q) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(q) && !jaAll.includes(q))
        .map((q) => `${p.path}: 「${q}」`),
    )
    expect(unknown).toEqual([])
  })

  it('gives the same Japanese the same English gloss everywhere', () => {
    const glosses = new Map<string, Set<string>>()
    for (const p of enAll) {
      for (const m of p.text.matchAll(/「([^「」]*)」 \(“([^”]*)”\)/g)) {
        const set = glosses.get(m[1]!) ?? new Set<string>()
        glosses.set(m[1]!, set.add(m[2]!))
      }
    }
    expect(glosses.size).toBeGreaterThan(20)
    expect([...glosses].filter(([, g]) => g.size > 1).map(([q, g]) => `「${q}」: ${[...g].join(' | ')}`)).toEqual([])
  })

  it('leaves no Japanese outside 「」 quotes, apart from a few named terms given beside their English', () => {
    // Terms the reader meets in Japanese (on paper, at a counter, in a mailbox), given once beside the English.
    const terms = ['利用開始手続き', '人事課', '救済リスト', 'パスワード再設定通知メール']
    const leftovers = enAll.flatMap((p) => {
      let t = p.text
      for (const a of p.args) t = t.split(a).join('')
      // Innermost quotes first, so a message that quotes field names (「「新しいパスワード」と…」) goes whole.
      while (/「[^「」]*」/.test(t)) t = t.replace(/「[^「」]*」/g, '')
      t = t.replace(/[“(]([^”)]{1,2})[”)]/gu, '')
      for (const term of terms) t = t.split(term).join('')
      return /[\u3040-\u30ff\u4e00-\u9fff]/.test(t) ? [`${p.path}: ${p.text}`] : []
    })
    expect(leftovers).toEqual([])
  })

  it('reads as English: no placeholder leaks, no "1 minutes", no doubled or stray spaces', () => {
    expect(enAll.filter((p) => !readsWell(p.text)).map((p) => `${p.path}: ${p.text}`)).toEqual([])
  })

  it('uses the glosses of faq/en/screen-messages.yaml for the screens\' messages', () => {
    const root = join(import.meta.dirname, '../../..')
    const glossFile = join(root, 'faq/en/screen-messages.yaml')
    const texts = parseYaml(readFileSync(join(root, 'faq/screen-messages.yaml'), 'utf8')) as Record<string, { text: string }>
    const glosses = parseYaml(readFileSync(glossFile, 'utf8')) as Record<string, string>
    const wrong = enAll.flatMap((p) =>
      Object.entries(texts).flatMap(([key, { text }]) =>
        [...p.text.matchAll(/「([^「」]*)」 \(“([^”]*)”\)/g)]
          .filter((m) => m[1] === text && m[2] !== glosses[key])
          .map((m) => `${p.path}: 「${m[1]}」 (“${m[2]}”), not (“${glosses[key]}”)`),
      ),
    )
    expect(wrong).toEqual([])
  })
})

describe('the English inquiry', () => {
  it('has a gloss for every choice of the inquiry form', () => {
    for (const [field, choice] of [
      [FORM_FIELD_KIND, FORM_KIND_START],
      [FORM_FIELD_KIND, FORM_KIND_STUDENT_NUMBER],
      [FORM_FIELD_QUESTION, FORM_QUESTION_LOCKED],
    ] as const) {
      expect(inquiryWording.formChoice(field, choice)).toMatch(new RegExp(`^- 「${field}」 \\(“[^”]+”\\): 「${choice.replace(/[()]/g, '\\$&')}」 \\(“[^”]+”\\)$`))
    }
  })

  it('writes the draft in English, with the form and the screen quoted in Japanese', () => {
    const text = buildInquiry(
      {
        step: { id: 'omuid-check', title: 'Checking your OMUID and temporary password' },
        question: { id: 'student-number-unknown', title: 'I do not know my student number' },
        message: '「有効な学籍番号・職員番号・OMUIDではありません」',
        tried: [{ id: 'invalid-number', title: 'The screen says the number is not valid' }],
        device: 'iPhone / Safari',
        details: 'I checked my number once.\n\n\n\nNow I cannot check it again.',
      },
      inquiryWording,
    )
    expect(text).toBe(
      [
        '[What to choose in the inquiry form]',
        '- 「7.お問い合わせの種類」 (“7. Type of inquiry”): 「学籍番号確認システムについて(新入生向け)」 (“About the student number check system (for new students)”)',
        '- 「8.質問内容」 (“8. Question details”): 「アカウントがロックされてしまった」 (“My account has been locked”)',
        '* Checking your student number once locks your account in the student number check system, so choose 「アカウントがロックされてしまった」 (“My account has been locked”).',
        '',
        '[Inquiry]',
        'I am contacting you because I cannot complete the start-up procedure (利用開始手続き).',
        '- Step (screen): Checking your OMUID and temporary password',
        '- Problem: I do not know my student number',
        '- Message shown on the screen: 「有効な学籍番号・職員番号・OMUIDではありません」',
        '- FAQ questions I have already read and tried:',
        '  - The screen says the number is not valid',
        '- Device and browser: iPhone / Safari',
        '- Details:',
        'I checked my number once.',
        '',
        'Now I cannot check it again.',
        '',
        '* Before you send: do not write any password (temporary or your own), and do not write your two-factor authentication setup key or QR code.',
      ].join('\n'),
    )
  })

  it('says whom to ask when the staff number is unknown', () => {
    const text = buildInquiry({ question: { id: 'staff-number-unknown', title: 'I do not know my staff number' }, message: '', tried: [], device: '', details: '' }, inquiryWording)
    expect(text.split('\n').slice(0, 2)).toEqual([
      '[Who to contact]',
      'If you do not know your staff number, contact the Human Resources Division (人事課), not the IT Help Desk.',
    ])
  })

  it('replaces secrets with placeholders that never make a secret-looking word with what surrounds them', () => {
    const P = inquiryText.secretRemoved.password
    const K = inquiryText.secretRemoved['setup-key']
    const clean = (s: string) => removeSecrets(s, inquiryText.secretRemoved)
    expect(clean('my password is Abcdefghij12, key JBSW Y3DP EHPK 3PXP')).toBe(`my password is ${P}, key ${K}`)
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'Aa1bZ2z7Q-: .()!'), maxLength: 20 }),
      fc.string({ unit: fc.constantFrom(...'abcdjk23456 -'), maxLength: 30 }),
      fc.constantFrom('Abcdefghij12', 'JBSW Y3DP EHPK 3PXP', 'jbswy3dpehpk3pxp', 'Xy1', 'key7', P, K),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const cleaned = clean(parts.join(''))
        expect(findSecretSpans(cleaned)).toEqual([])
        expect(clean(cleaned)).toBe(cleaned)
      }),
      { numRuns: 1000 },
    )
  })

  it('asks before copying in English', () => {
    expect(inquiryText.copyHeld(['Details'])).toBe('Not copied yet: “Details” has text that looks like a password or a setup key.')
    expect(inquiryText.copyHeld(['Message shown on the screen', 'Details'])).toBe(
      'Not copied yet: “Message shown on the screen” and “Details” have text that looks like a password or a setup key.',
    )
    expect(inquiryText.removeSecret(['password', 'setup key'])).toBe('Delete what looks like a password or setup key')
  })
})

describe('English finding wording for any input a checker can get', () => {
  const unit = fc.constantFrom(...'Aa1Ｂｂ２ 　\u200b\u00a0-－ー。．.@＠_+~()あ😀=\t'.split(''))
  const domains = fc.constantFrom('', '@gmail.com', '@gmial.com', '@docomo.ne.jp', '@st.omu.ac.jp', '@osaka-cu.ac.jp', '@ezweb.ne.jp', '@x', '@.com')
  it.each(Object.keys(CHECKERS))('%s: reads well, and so do its characters and fixes', (checker) => {
    const text = enCheckers.checkerText[checker as keyof typeof enCheckers.checkerText] as Record<string, (f: Finding) => string>
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), domains, (a, d) => {
        const input = checker === 'email' ? a + d : a
        for (const f of CHECKERS[checker]!.check(input)) {
          const said = [text[f.code]!(f), ...(f.chars ?? []).map((c) => enCheckers.charIssueText(c)), ...(f.fix ? [enCheckers.fixLabel(f.fix, input)] : [])]
          for (const s of said) expect(readsWell(s), s).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('English with typical arguments', () => {
  const { charIssueText, checkerText, fixLabel, passwordRuleLabel, SEVERITY_LABELS } = enCheckers
  const finding = (f: Finding[], code: string): Finding => {
    const found = f.find((x) => x.code === code)
    expect(found, code).toBeDefined()
    return found as Finding
  }

  it('counts with English plurals', () => {
    expect(appText.questionsCount(1)).toBe('1 question')
    expect(appText.questionsCount(5)).toBe('5 questions')
    expect(searchText.found(1)).toBe('1 result found')
    expect(searchText.found(2)).toBe('2 results found')
    expect(appText.stepLabel(2, 5)).toBe('Step 2 of 5')
    expect(appText.limitTyped(1)).toBe('This field holds up to 1 character. You cannot type any more.')
    expect(practiceText.moreChars(1)).toBe('There is 1 more character.')
    expect(practiceText.moreChars(4)).toBe('There are 4 more characters.')
    expect(practiceText.password.lengthNow(1)).toBe(' (now 1 character)')
    expect(omuidUi.shapeLength(8)).toBe('8 characters')
    expect(keycheckCommon.summary({ error: 1, warning: 2 }, SEVERITY_LABELS)).toBe('Found 1 error and 2 warnings.')
    expect(keycheckCommon.summary({ error: 2, warning: 1, info: 3 }, SEVERITY_LABELS)).toBe('Found 2 errors, 1 warning and 3 notes.')
    expect(keycheckCommon.summary({ info: 1 }, SEVERITY_LABELS)).toBe('Found 1 note.')
  })

  it('writes dates and times the English way, without Intl', () => {
    expect(appText.checked('2026-12-02')).toBe('Content checked on 2 December 2026')
    expect(appText.checked('2026-01-31')).toBe('Content checked on 31 January 2026')
    expect(appText.offlineSavedAt(new Date(2026, 11, 2, 9, 5))).toBe(' (saved on this device on 2 December at 09:05)')
    expect(appText.offlineState + appText.offlineSavedAt(new Date(2026, 3, 1, 18, 30))).toBe('Works offline (saved on this device on 1 April at 18:30)')
  })

  it('says the time left in words for screen readers', () => {
    expect(timersText.spokenRemaining(3, 12)).toBe('3 minutes 12 seconds left')
    expect(timersText.spokenRemaining(1, 1)).toBe('1 minute 1 second left')
    expect(timersText.spokenRemaining(0, 45)).toBe('45 seconds left')
    expect(timersText.spokenRemaining(5, 0)).toBe('5 minutes left')
    expect(timersText.kinds.code.bannerRunning('4:59')).toBe('Confirmation code: 4:59 left')
    expect(timersText.kinds.code.announce.start).toBe('Started timing the confirmation code. 5 minutes left.')
  })

  it('explains password findings', () => {
    expect(checkerText.password['too-short'](finding(checkPassword('Abcdefghij1'), 'too-short'))).toBe(
      `It is 11 characters long now. Make it at least ${PASSWORD_MIN_LENGTH} characters long (1 more).`,
    )
    expect(checkerText.password['missing-class'](finding(checkPassword('abcdefghijkl'), 'missing-class'))).toBe(
      'The password has no half-width upper-case letter (A–Z) and no half-width digit (0–9). Full-width letters and digits do not count.',
    )
    expect(checkerText.password['missing-class'](finding(checkPassword('あいうえおかきくけこさし'), 'missing-class'))).toBe(
      'The password has no half-width upper-case letter (A–Z), no half-width lower-case letter (a–z) and no half-width digit (0–9). Full-width letters and digits do not count.',
    )
    expect(checkerText.password['confirm-mismatch']({ code: 'confirm-mismatch', severity: 'error', data: { position: 12, cause: 'trailing-space' } })).toBe(
      'The two fields are different from character 12 on. One of them seems to have an extra space at the end.',
    )
    expect(checkerText.password['disallowed-char'](finding(checkPassword('Abcdefghijk1あ'), 'disallowed-char'))).toBe(
      'The password contains 1 character that cannot be used. You can only use half-width upper-case letters, lower-case letters and digits, and certain half-width symbols. (The real screen may also show 「使用許可文字以外が含まれています。」 (“Contains characters other than the permitted ones.”).)',
    )
    expect(passwordRuleLabel(passwordRuleList()[0] as PasswordRule)).toBe(`At least ${PASSWORD_MIN_LENGTH} characters`)
    expect(practiceText.email.summary(counts({ warning: 1, info: 2 }))).toBe('Checked. No errors, but found 1 warning and 2 notes.')
    expect(practiceText.password.summary({ newPassword: counts({ error: 1 }), confirm: counts({}), email: counts({}) })).toBe(
      'Checked. New password: 1 error. Password recovery email address: no problems. How to fix each problem is shown under its field.',
    )
  })

  it('names characters and what a fix does', () => {
    const issue = { position: 3, char: 'Ａ', codePoints: ['U+FF21'], kind: 'fullwidth-letter' as const, replacement: 'A' }
    expect(charIssueText(issue)).toBe('Character 3: full-width letter “Ａ” → “A”')
    expect(charIssueText(issue, { hideChar: true })).toBe('Character 3: full-width letter → can be made half-width')
    expect(charIssueText({ position: 1, char: ' ', codePoints: ['U+0020'], kind: 'space', replacement: '' })).toBe('Character 1: space (will be removed)')
    expect(charIssueText({ position: 2, char: '\u200b', codePoints: ['U+200B'], kind: 'invisible', replacement: '' })).toBe(
      'Character 2: invisible character (zero-width space, U+200B) (will be removed)',
    )
    const fixOf = (f: Finding[]): Fix => f.find((x) => x.fix)?.fix as Fix
    expect(fixLabel(fixOf(checkSetupKey(' jbswy3dp-ehpk3pxp')), ' jbswy3dp-ehpk3pxp')).toBe('Remove spaces and line breaks, remove “-”, and make upper case')
    expect(fixLabel(fixOf(checkEmail('taro＠gmail.com')), 'taro＠gmail.com')).toBe('Make half-width')
    expect(fixLabel(fixOf(checkOmuid('ａb 12345')), 'ａb 12345')).toBe('Remove spaces and line breaks, and make half-width')
  })

  it('explains email, setup key and OMUID findings', () => {
    expect(checkerText.email['legacy-dots'](finding(checkEmail('.ta..ro.@docomo.ne.jp'), 'legacy-dots'))).toMatch(
      /^The address has a “\.” at the start, “\.\.” \(two dots in a row\) and a “\.” just before “@”\. /,
    )
    expect(checkerText.email['did-you-mean'](finding(checkEmail('taro@gmial.com'), 'did-you-mean'))).toBe('Did you mean “gmail.com”? This may be a typo.')
    expect(checkerText.email['local-length'](finding(checkEmail('ab@gmail.com'), 'local-length'))).toBe(
      'The part before “@” is 2 characters long. You can only register it with 3 to 30 characters.',
    )
    expect(checkerText.setupKey.char(finding(checkSetupKey('JBSW0DP1EHPK8PXP'), 'char'))).toBe(
      'The setup key contains 3 characters that keys do not use. A key is made only of the letters A–Z and the digits 2–7 (lower case is fine). Keys never use 0, 1, 8 or 9: they may be the letters O, I or B, misread.',
    )
    expect(checkerText.omuid.shape({ code: 'shape', severity: 'error' })).toBe(
      'It does not match any OMUID shape (“2 letters + 5 digits”, “1 letter + 2 digits + 2 letters + 3 digits” or “1 letter + 5 digits + 1 letter”).',
    )
    expect(omuidUi.shapes.map((s) => s.label)).toEqual(['2 letters + 5 digits', '1 letter + 2 digits + 2 letters + 3 digits', '1 letter + 5 digits + 1 letter'])
    expect(keycheckCommon.screenMessage('無効なキー')).toBe('The real screen shows 「無効なキー」 (“Invalid key”).')
    // A message without a gloss (none the checkers quote) is still quoted exactly.
    expect(keycheckCommon.screenMessage('未知の表示')).toBe('The real screen shows 「未知の表示」.')
    expect(practiceText.screenGloss('入力書式が正しくありません。')).toBe('Meaning: “The input format is incorrect.”')
    expect(practiceText.screenGloss('未知の表示')).toBe('')
  })
})
