/**
 * Plain-Japanese wording for every checker finding (password, recovery email, setup key, OMUID), the
 * names of character kinds, the password rule list and advice, and the email help. The exact
 * on-screen messages are not here: they are facts, in faq/screen-messages.yaml, and travel on each
 * finding as `screenMessage`. Numbers come from the finding's data or from rules.ts, never typed here.
 */
import { invisibleIdOf, type InvisibleId } from '@/lib/chars'
import type { Carrier } from '@/tools/email/emailDomains'
import type { EmailCode, LabelProblem } from '@/tools/email/email'
import type { CharIssue, CharKind, Finding, Fix, Severity } from '@/lib/findings'
import { findingCharCount as count, findingNumber as num, findingString as str } from '@/lib/findings'
import { fixChanges, type FixChange } from '@/lib/fixes'
import { OMUID_LENGTHS, type OmuidCode } from '@/tools/omuid/omuid'
import type { DifferenceCause, PasswordCode, PasswordRule, PasswordRuleCode } from '@/tools/password/password'
import {
  ALLOW_SENDER_DOMAIN,
  CONFIRMATION_CODE_VALIDITY_MS,
  OMU_MAIL_DOMAINS,
  OMUID_SHAPES,
  OTP_DIGITS,
  PASSWORD_MIN_LENGTH,
  SETUP_KEY_ALPHABET,
  type RequiredClass,
} from '@/lib/rules'
import type { SetupKeyCode } from '@/tools/setup-key/setupKey'

/** Turns one finding into a sentence (or two) of plain Japanese. */
export type FindingText = (f: Finding) => string

const orList = (items: readonly (string | number)[]): string => items.join('か')

/** How serious a finding is, as a short label. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'エラー',
  warning: '注意',
  info: '参考',
}

// ---------------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------------

/** The plain name of each kind of character. */
export const CHAR_KIND_NAMES: Record<CharKind, string> = {
  'fullwidth-letter': '全角英字',
  'fullwidth-digit': '全角数字',
  'fullwidth-symbol': '全角記号',
  'ideographic-space': '全角スペース',
  space: '半角スペース',
  nbsp: '特殊なスペース（ノーブレークスペースなど）',
  invisible: '見えない文字（ゼロ幅スペースなど）',
  'line-break': '改行',
  tab: 'タブ',
  control: '制御文字',
  lookalike: '見た目の似た文字',
  'kana-kanji': 'ひらがな・カタカナ・漢字',
  emoji: '絵文字',
  other: '半角英数字・記号以外の文字',
  'ascii-letter': '半角英字',
  'ascii-digit': '半角数字',
  'ascii-symbol': '半角記号',
}

/** Names of the invisible characters and special spaces (chars.ts INVISIBLE_CHARS ids). */
export const INVISIBLE_NAMES: Record<InvisibleId, string> = {
  zwsp: 'ゼロ幅スペース',
  zwnj: 'ゼロ幅非接合子',
  zwj: 'ゼロ幅接合子',
  'word-joiner': 'ワードジョイナー',
  bom: 'BOM（ゼロ幅ノーブレークスペース）',
  'soft-hyphen': 'ソフトハイフン',
  bidi: '文字の向きを指定する制御文字',
  'invisible-operator': '見えない演算記号',
  'variation-selector': '異体字セレクタ',
  tag: 'タグ文字',
  filler: '空白に見えるハングルの埋め草文字',
  nbsp: 'ノーブレークスペース',
  'unicode-space': '特殊な幅のスペース',
  'ideographic-space': '全角スペース',
  'other-invisible': 'その他の見えない文字',
}

/** Specific names of the look-alikes NFKC does not fix (chars.ts LOOKALIKES), keyed by the character. */
export const LOOKALIKE_NAMES: Readonly<Record<string, string>> = {
  '\u30fc': '長音記号「ー」',
  '\uff70': '半角の長音記号「ｰ」',
  '\u2010': 'ハイフン「‐」',
  '\u2011': 'ハイフン「‑」',
  '\u2012': 'ダッシュ「‒」',
  '\u2013': 'ダッシュ「–」',
  '\u2014': 'ダッシュ「—」',
  '\u2015': 'ダッシュ「―」',
  '\u2212': 'マイナス記号「−」',
  '\u301c': '波ダッシュ「〜」',
  '\u3002': '句点「。」',
  '\uff61': '半角の句点「｡」',
  '\u3001': '読点「、」',
  '\uff64': '半角の読点「､」',
  '\u201c': '引用符「“」',
  '\u201d': '引用符「”」',
  '\u2018': '引用符「‘」',
  '\u2019': '引用符「’」',
}

/** The plain name of one flagged character, e.g. 全角英字「Ａ」, 長音記号「ー」, 見えない文字（ゼロ幅スペース U+200B）. */
export function charName(issue: CharIssue, options: { hideChar?: boolean } = {}): string {
  const shown = (name: string): string => (options.hideChar ? name : `${name}「${issue.char}」`)
  const cps = issue.codePoints.join(' ')
  switch (issue.kind) {
    case 'lookalike':
      return options.hideChar ? CHAR_KIND_NAMES.lookalike : (LOOKALIKE_NAMES[issue.char] ?? shown(CHAR_KIND_NAMES.lookalike))
    case 'invisible':
    case 'nbsp': {
      const id = invisibleIdOf(issue.char)
      const base = issue.kind === 'invisible' ? '見えない文字' : '特殊なスペース'
      return `${base}（${id ? INVISIBLE_NAMES[id] : INVISIBLE_NAMES['other-invisible']} ${cps}）`
    }
    case 'control':
      return `${CHAR_KIND_NAMES.control}（${cps}）`
    case 'ideographic-space':
    case 'space':
    case 'tab':
    case 'line-break':
      return CHAR_KIND_NAMES[issue.kind]
    default:
      return shown(CHAR_KIND_NAMES[issue.kind])
  }
}

/**
 * One line for one flagged character: position, name and the fix, e.g.
 * 「3文字目：全角英字「Ａ」→「A」」 or 「1文字目：半角スペース（消します）」.
 * hideChar leaves the character itself out (for a password the user has not chosen to show).
 */
export function charIssueText(issue: CharIssue, options: { hideChar?: boolean } = {}): string {
  const line = `${issue.position}文字目：${charName(issue, options)}`
  if (issue.replacement === undefined) return line
  if (issue.replacement === '') return `${line}（消します）`
  if (issue.replacement === ' ') return `${line} →半角スペース`
  return options.hideChar ? `${line} →半角に直せます` : `${line} →「${issue.replacement}」`
}

/** What each change of a character-by-character fix does, as [a clause to go on with, the sentence's end]. */
const FIX_CHANGE_PARTS: Record<FixChange, readonly [string, string]> = {
  'remove-blank': ['スペース・改行を消し', 'スペース・改行を消す'],
  'remove-invisible': ['見えない文字を消し', '見えない文字を消す'],
  'remove-hyphen': ['「-」を消し', '「-」を消す'],
  halfwidth: ['半角に直し', '半角に直す'],
  uppercase: ['大文字にし', '大文字にする'],
  other: ['直し', '直す'],
}

/**
 * The label of a one-tap fix button: what it will do to this input. A character-by-character fix is
 * named by its changes (「半角に直す」, 「見えない文字を消す」, 「スペース・改行を消し、半角に直す」); the others
 * by their code (FIX_LABELS).
 */
export function fixLabel(fix: Fix, input: string): string {
  const changes = fixChanges(input, fix)
  if (changes.length === 0 || changes.includes('other')) return FIX_LABELS[fix.code] ?? FIX_LABELS.clean ?? ''
  return changes.map((c, i) => FIX_CHANGE_PARTS[c][i === changes.length - 1 ? 1 : 0]).join('、')
}

/** Labels of the one-tap fixes, keyed by Fix.code, for fixes not named by their changes. */
export const FIX_LABELS: Readonly<Record<string, string>> = {
  halfwidth: '半角に直す',
  trim: '前後の空白を消す',
  'trailing-dot': '最後の「.」を消す',
  'did-you-mean': 'このアドレスに直す',
  clean: '余分な文字を取り除く',
  slip: 'この形に直す',
}

// ---------------------------------------------------------------------------------------------------
// Password
// ---------------------------------------------------------------------------------------------------

/** Names of the required character classes. */
export const CLASS_NAMES: Record<RequiredClass, string> = {
  upper: '半角英大文字（A〜Z）',
  lower: '半角英小文字（a〜z）',
  digit: '半角数字（0〜9）',
}

/** The likely cause of a confirmation mismatch, in plain words. */
export const DIFFERENCE_CAUSE_TEXT: Record<DifferenceCause, string> = {
  'trailing-space': 'どちらかの最後に、余分なスペースが入っているようです。',
  'leading-space': 'どちらかの先頭に、余分なスペースが入っているようです。',
  invisible: 'どちらかに、目に見えない文字（ゼロ幅スペースなど）が入っているようです。コピーして貼り付けたときに入ることがあります。',
  width: '全角と半角が違っているようです。見た目が似ていても、別の文字として扱われます。',
  case: '大文字と小文字が違っているようです。CapsLock（大文字の固定）がオンになっていないか確かめてください。',
  length: '片方の入力が途中で終わっています（文字数が違います）。',
  other: 'どこかで打ち間違えたようです。表示ボタンで見比べるか、両方とも入力しなおしてください。',
}

/** Wording for every password finding code. */
export const passwordText: Record<PasswordCode, FindingText> = {
  empty: () => '新しいパスワードが入力されていません。',
  'disallowed-char': (f) => {
    const alt = str(f, 'screenMessageAlt')
    return (
      `パスワードに使えない文字が${num(f, 'count') || count(f)}文字入っています。使えるのは半角の英大文字・英小文字・数字と、決められた半角記号だけです。` +
      (alt ? `（実際の画面では「${alt}」と表示されることもあります。）` : '')
    )
  },
  'missing-class': (f) => {
    const missing = str(f, 'missing')
      .split(',')
      .filter((c): c is RequiredClass => c in CLASS_NAMES)
      .map((c) => CLASS_NAMES[c])
    return `${missing.join('と')}が入っていません。全角の英数字は数に入りません。`
  },
  // The real screen's message for a too-short password is not published (the FAQ quotes none), so
  // this is our own wording, not a quotation.
  'too-short': (f) => `いま${num(f, 'length')}文字です。${num(f, 'min')}文字以上にしてください（あと${num(f, 'min') - num(f, 'length')}文字）。`,
  'too-long': (f) => `いま${num(f, 'length')}文字です。${num(f, 'max')}文字以内にしてください。`,
  'confirm-empty': () => '「新しいパスワード(確認)」の欄が空です。同じパスワードをもう一度入力してください。',
  'confirm-mismatch': (f) => {
    const cause = str(f, 'cause') as DifferenceCause
    return `2つの欄は${num(f, 'position')}文字目から違っています。${DIFFERENCE_CAUSE_TEXT[cause] ?? DIFFERENCE_CAUSE_TEXT.other}`
  },
}

/** The label of one rule in the page's rule list / live checklist. */
export function passwordRuleLabel(rule: PasswordRule): string {
  const labels: Record<PasswordRuleCode, () => string> = {
    'min-length': () => `${rule.data.min}文字以上`,
    'max-length': () => `${rule.data.max}文字以内`,
    'require-upper': () => `${CLASS_NAMES.upper}を1文字以上`,
    'require-lower': () => `${CLASS_NAMES.lower}を1文字以上`,
    'require-digit': () => `${CLASS_NAMES.digit}を1文字以上`,
    'allowed-chars': () => `使えるのは半角英数字と、次の半角記号だけ：${rule.data.symbols}`,
  }
  return labels[rule.code]()
}

/** Said beside a rule whose value is our default rather than published by the university. */
export const PASSWORD_RULE_UNPUBLISHED_NOTE =
  '使える記号の一覧は公開されていないため、ここでは上の一覧の記号を使える前提で確かめています。実際の画面左下の「パスワードルール」（■パスワードに使用できる文字）の表示が正式です。'

/** Where the rules come from, shown with the rule list. */
export const PASSWORD_RULES_SOURCE = `${PASSWORD_MIN_LENGTH}文字以上という長さは大学のセキュリティの案内に、英大文字・英小文字・数字を1文字以上ずつ含めることは実際の画面のエラー表示に、それぞれもとづいています。実際の画面の「パスワードルール」が正式なルールです。`

/** Shown when every rule passes: what comes next on the real screen. */
export const PASSWORD_ALL_CLEAR = `ルールはすべて満たしています。実際の「パスワード変更」画面でも、同じパスワードを2回入力し、パスワード再発行用メールアドレスを入力して進んでください。そのアドレスに確認コードの書かれたメール（パスワード再設定通知メール）が届きます。確認コードの有効期限は${Math.round(CONFIRMATION_CODE_VALIDITY_MS / 60_000)}分程度です。`

/** Advice, kept apart from the rules: what makes a password good, beyond what the system requires. */
export const PASSWORD_ADVICE = {
  heading: 'パスワードづくりのアドバイス（ルールではありません）',
  items: [
    '長いほど破られにくくなります。短くて複雑なものより、覚えやすい言葉をいくつもつなげた長いパスフレーズのほうが強いパスワードになります。',
    'ほかのサービスで使っているパスワードを使い回さないでください。どこか1か所で漏れると、ほかでも使われてしまいます。',
    'OMUIDや学籍番号・職員番号、名前、誕生日など、他人が知り得る情報を含めないでください。',
  ],
} as const

/** About the 現在のパスワード field, which cannot be checked here. */
export const CURRENT_PASSWORD_NOTE =
  '「現在のパスワード」には、「OMUID・仮パスワード確認画面」で確認した仮パスワードを入力します。正しいかどうかはこのページでは確かめられません。実際の画面で「パスワードが正しくありません。」と表示されたら、仮パスワードを確認しなおし、コピーして貼り付けてください。'

// ---------------------------------------------------------------------------------------------------
// Recovery email
// ---------------------------------------------------------------------------------------------------

/** Display names of the carriers. */
export const CARRIER_NAMES: Record<Carrier, string> = {
  docomo: 'ドコモ',
  au: 'au',
  softbank: 'ソフトバンク',
  rakuten: '楽天モバイル',
  uq: 'UQ mobile',
  ymobile: 'ワイモバイル',
}

const LABEL_PROBLEM_TEXT: Record<LabelProblem, string> = {
  empty: '「@」の後ろに、「.」が2つ続いている所か、「.」で始まる所があります。',
  char: '「@」の後ろに使えない文字があります。使えるのは英字・数字と「-」（ハイフン）だけです。',
  hyphen: '「@」の後ろで、「.」で区切った部分が「-」で始まるか「-」で終わっています。',
  'too-long': '「@」の後ろで、「.」で区切った部分の1つが長すぎます。',
}

/** Email help: why not an OMU address, carrier filter reminders, what to do with no address. */
export const EMAIL_HELP = {
  whyNotOmu:
    `パスワード再発行用メールアドレスは、パスワードを忘れたときに再発行の手続きに使います。大学のメール（@${OMU_MAIL_DOMAINS[0]}、@st.${OMU_MAIL_DOMAINS[0]} など）を登録すると、パスワードを忘れたときにそのメールが読めず、再発行の手続きが進められません。キャリアメールやプロバイダのメール、Gmail など、個人で使っているアドレスを登録してください。`,
  carrierFilter: {
    docomo: `ドコモメールの迷惑メール設定で、「受信リスト」に ${ALLOW_SENDER_DOMAIN} を登録してください。「なりすまし拒否」の設定で届かないこともあります。`,
    au: `auメールの迷惑メール設定で、「受信リスト」に ${ALLOW_SENDER_DOMAIN} を登録してください。「なりすまし規制」の設定で届かないこともあります。`,
    softbank: `ソフトバンクの迷惑メール設定で、「受信許可リスト」に ${ALLOW_SENDER_DOMAIN} を登録してください。ただし「なりすまし拒否」がオンだと受信許可リストより優先されて届かないため、その場合は救済リストで許可してください。`,
    rakuten: `${CARRIER_NAMES.rakuten}の迷惑メール設定で、${ALLOW_SENDER_DOMAIN} からのメールを受け取れるようにしてください（設定の名前は各社の案内を確かめてください）。`,
    uq: `${CARRIER_NAMES.uq}の迷惑メール設定で、${ALLOW_SENDER_DOMAIN} からのメールを受け取れるようにしてください（設定の名前は各社の案内を確かめてください）。`,
    ymobile: `${CARRIER_NAMES.ymobile}の迷惑メール設定で、${ALLOW_SENDER_DOMAIN} からのメールを受け取れるようにしてください（設定の名前は各社の案内を確かめてください）。`,
  } satisfies Record<Carrier, string>,
  spamFolder: '届かないときは、迷惑メールフォルダに入っていないかも確かめてください。',
  notArriving: [
    '登録したメールアドレスに間違いがないか',
    '迷惑メールフォルダに入っていないか',
    `受け取る側の設定で、「@${ALLOW_SENDER_DOMAIN}」からのメールを受け取れるようになっているか`,
  ],
  noAddressHeading: 'メールアドレスを持っていないとき',
  noAddress: [
    '携帯電話やスマートフォンで使っているメールアドレス（キャリアメール）がないか、もう一度確かめてください。',
    'アドレスを持っていない場合は、Gmail などの無料のメールアドレスを自分で作ってから登録してください。',
  ],
} as const

/** Wording for every email finding code. */
export const emailText: Record<EmailCode, FindingText> = {
  empty: () => 'メールアドレスが入力されていません。',
  'leading-trailing-space': (f) => {
    const where = [num(f, 'leading') > 0 ? '先頭' : '', num(f, 'trailing') > 0 ? '最後' : ''].filter(Boolean).join('と')
    return `アドレスの${where}に、空白（スペースや改行、見えない文字）が入っています。消してから登録してください。`
  },
  char: (f) =>
    `半角の英数字・記号ではない文字が${count(f)}文字あります。日本語入力がオンのまま入力すると「＠」や「．」が全角になったり、「。」「ー」になったりします。`,
  'missing-at': () => '「@」がありません。メールアドレスは「名前@ドメイン」の形です（例：…@gmail.com）。',
  'multiple-at': (f) => `「@」が${num(f, 'count')}つあります。「@」は1つだけです。`,
  'missing-local': () => '「@」の前が空です。',
  'local-char': (f) => `「@」の前に、メールアドレスに使えない記号が${count(f)}文字あります。`,
  'local-length': (f) =>
    `「@」の前が${num(f, 'length')}文字です。${num(f, 'min')}文字以上、${num(f, 'max')}文字以内でないと登録できません。` +
    (num(f, 'length') > num(f, 'max') ? 'このアドレスは使えないため、別のアドレスを登録してください。' : ''),
  'legacy-dots': (f) => {
    // Each form names its own place, so the sentence does not (「@」の前に「@」の直前の… said it twice).
    const forms = [
      num(f, 'leading') ? '先頭の「.」' : '',
      num(f, 'consecutive') ? '「..」（点の連続）' : '',
      num(f, 'beforeAt') ? '「@」の直前の「.」' : '',
    ].filter(Boolean)
    return `アドレスに${forms.join('や')}があります。昔のドコモやauのアドレスにある形ですが、受け付けないシステムが多く、登録できなかったりメールが届かなかったりするおそれがあります。別のアドレス（Gmail など）の登録をおすすめします。`
  },
  'missing-domain': () => '「@」の後ろ（ドメイン）がありません。',
  'domain-trailing-dot': () => 'アドレスの最後に「.」が付いています。消してください。',
  'missing-tld': (f) => `「@」の後ろの「${str(f, 'domain')}」に「.」がありません（例：gmail.com、docomo.ne.jp）。`,
  'domain-label': (f) => LABEL_PROBLEM_TEXT[str(f, 'reason') as LabelProblem] ?? LABEL_PROBLEM_TEXT.char,
  'bad-tld': (f) => `最後の「.${str(f, 'tld')}」の部分が正しくないようです。ここは英字2文字以上になります（例：.com、.jp）。`,
  'omu-domain': (f) => `「${str(f, 'domain')}」は大学のメールアドレスです。${EMAIL_HELP.whyNotOmu}`,
  'predecessor-domain': (f) =>
    `「${str(f, 'domain')}」は前身の大学のメールアドレスです。大学のアドレスと同じく、パスワードを忘れたときに読めなくなるおそれがあります。個人で使っているアドレスをおすすめします。`,
  'did-you-mean': (f) => `「${str(f, 'domain')}」の打ち間違いではありませんか？`,
  'carrier-filter': (f) => {
    const carrier = str(f, 'carrier') as Carrier
    return `${EMAIL_HELP.carrierFilter[carrier] ?? ''}${EMAIL_HELP.spamFolder}`
  },
}

// ---------------------------------------------------------------------------------------------------
// Setup key
// ---------------------------------------------------------------------------------------------------

const keyLetters = [...SETUP_KEY_ALPHABET].filter((c) => /[A-Z]/.test(c))
const keyDigits = [...SETUP_KEY_ALPHABET].filter((c) => /[0-9]/.test(c))
const KEY_LETTERS = `${keyLetters[0]}〜${keyLetters[keyLetters.length - 1]}`
const KEY_DIGITS = `${keyDigits[0]}〜${keyDigits[keyDigits.length - 1]}`
const KEY_UNUSED_DIGITS = [...'0123456789'].filter((d) => !keyDigits.includes(d)).join('・')

/** Wording for every setup-key finding code. */
export const setupKeyText: Record<SetupKeyCode, FindingText> = {
  empty: () => 'セットアップキーが入力されていません。',
  'edge-space': (f) => {
    const where = [num(f, 'leading') > 0 ? '先頭' : '', num(f, 'trailing') > 0 ? '最後' : ''].filter(Boolean).join('と')
    return `キーの${where}にスペースや改行が付いています。コピーしたときに付いてくることが多く、「無効なキー」のいちばんよくある原因です。`
  },
  'inner-space': () => 'キーの途中にスペースや改行が入っています。アプリによっては受け付けないため、取り除いたキーを使うと確実です。',
  separator: () =>
    '「-」（ハイフン）が入っています。キーを区切って見やすくするための文字で、キーには含まれません。スペースと同じように取り除いたキーを使ってください。',
  // Only what applies to these characters: full-width forms are made half-width; 0, 1, 8 and 9 are
  // probably misread letters; anything else must be copied again.
  char: (f) => {
    const all = count(f)
    const wide = num(f, 'fullwidth')
    const misread = num(f, 'misread')
    const parts = [`セットアップキーに使われない文字が${all}文字入っています。キーは英字${KEY_LETTERS}と数字${KEY_DIGITS}だけでできています（小文字でもかまいません）。`]
    if (wide > 0) parts.push(wide === all ? '全角の文字は、直したキーでは半角にしています。' : `そのうち${wide}文字は全角の文字で、直したキーでは半角にしています。`)
    if (misread > 0) parts.push(`キーに${KEY_UNUSED_DIGITS}は使われないので、O（オー）やI（アイ）、Bの見間違いかもしれません。`)
    if (all - wide - misread > 0 && (wide > 0 || misread > 0)) parts.push('ほかの文字は、キーをもう一度コピーしなおしてください。')
    return parts.join('')
  },
  padding: () => '「=」はキーの最後にだけ付く文字です。途中に「=」があるため、キーを写しなおしてください。',
  length: (f) => `キーが${num(f, 'length')}文字です。この文字数になることはないため、文字が抜けたか余分に入ったようです。もう一度コピーしなおしてください。`,
}

/** The FAQ's points shown next to the setup-key checker. */
export const SETUP_KEY_HELP = {
  pasteAgain: '直したキーをコピーして、Google Authenticator のキー入力欄にもう一度貼り付けてください。',
  otpNotMailed:
    `ワンタイムパスワードはメールなどでは送られてきません。Google Authenticator（Google認証システム）を開くと「大阪公立大学(OMUID)」の欄に表示される${OTP_DIGITS}桁の数字が、ワンタイムパスワードです。`,
  severalDevices: '同じQRコード（またはセットアップキー）を、複数の機器に登録してかまいません。',
  reissue: 'QRコード確認ページで「再発行」を押すと、それまでに登録したすべての機器のワンタイムパスワードが使えなくなります。再発行したら、すべての機器で登録しなおしてください。',
} as const

// ---------------------------------------------------------------------------------------------------
// OMUID
// ---------------------------------------------------------------------------------------------------

const SHAPE_LIST = OMUID_SHAPES.map((s) => `「${s.label}」`).join('、')
const LENGTHS = orList(OMUID_LENGTHS) + '文字'

/** Wording for every OMUID finding code. */
export const omuidText: Record<OmuidCode, FindingText> = {
  empty: () => 'OMUIDが入力されていません。',
  space: () => 'スペースや改行が入っています。OMUIDにスペースは含まれません。',
  fullwidth: () => '全角の英数字が入っています。OMUIDは半角の英字と数字だけです。',
  char: () => 'OMUIDに使われない文字が入っています。OMUIDは半角の英字と数字だけです。',
  'looks-like-number': (f) =>
    `数字だけ（${num(f, 'length')}桁）です。学籍番号や職員番号ではありませんか？ OMUIDは学籍番号・職員番号とは別のもので、英字と数字を組み合わせた${LENGTHS}です。`,
  length: (f) => `${num(f, 'length')}文字です。OMUIDは${LENGTHS}です。`,
  'letter-for-digit': () => '数字が入るはずの所に、英字の「O」（オー）や「l」（エル）、「I」（アイ）があります。数字の「0」や「1」ではありませんか？',
  'digit-for-letter': () => '英字が入るはずの所に、数字の「0」や「1」があります。英字の「O」（オー）や「I」（アイ）、「l」（エル）ではありませんか？',
  shape: () => `OMUIDの形（${SHAPE_LIST}）のどれにも当てはまりません。`,
}

/** The FAQ's points shown next to the OMUID checker. */
export const OMUID_HELP = {
  shapes: `OMUIDは半角の英字と数字だけでできた${LENGTHS}で、${SHAPE_LIST}のどれかの形です。`,
  notNumber: 'OMUIDは学籍番号・職員番号とは別のものです。',
  copyPaste: 'OMUIDと仮パスワードは手で入力せず、表示されたものをコピーして貼り付けるのがおすすめです。',
  caseNote: '英字の大文字・小文字はここでは確かめていません。表示されたとおりに入力してください。',
} as const

/** All finding wording, by checker. */
export const checkerText = {
  password: passwordText,
  email: emailText,
  setupKey: setupKeyText,
  omuid: omuidText,
} as const
