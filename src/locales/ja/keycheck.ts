/**
 * UI text of the setup-key and OMUID checkers (the tool pages and the blocks shown on question pages).
 * The wording of each finding is in checkers.ts (checkerText.setupKey / checkerText.omuid); the FAQ's
 * points shown beside the checkers (SETUP_KEY_HELP, OMUID_HELP) are there too and reused here.
 * Numbers and shapes come from rules.ts, never typed here.
 */
import type { Severity } from '@/lib/findings'
import { OMUID_LENGTHS } from '@/tools/omuid/omuid'
import { OMUID_SHAPES } from '@/lib/rules'
import { OMUID_HELP, SETUP_KEY_HELP } from './checkers'

/** Counts of findings in a short sentence for the live status, e.g. 「エラー2件、注意1件」. */
function countText(counts: Partial<Record<Severity, number>>, labels: Record<Severity, string>): string {
  return (['error', 'warning', 'info'] as const)
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${labels[s]}${counts[s]}件`)
    .join('、')
}

const OMUID_LENGTH_TEXT = OMUID_LENGTHS.join('か') + '文字'

/** Text shared by both checkers. */
export const keycheckCommon = {
  check: 'チェックする',
  clear: '消す',
  privacy: '入力した内容はこの端末の中だけで確かめます。保存も送信もしません。このページを離れると消えます。',
  markedHeading: '入力した内容（問題のある文字に印を付けています）',
  markedHint: '印の下の数字は、先頭から何文字目かを表します。',
  findingsHeading: '見つかった問題',
  screenMessage: (m: string) => `実際の画面では「${m}」と表示されます。`,
  /** The live summary after a check. */
  summary: (counts: Partial<Record<Severity, number>>, labels: Record<Severity, string>) => `${countText(counts, labels)}が見つかりました。`,
  faqHeading: '関連する質問',
  openTool: (name: string) => `${name}のページを開く（説明つき）`,
} as const

/** Text of the setup-key checker. */
export const setupKeyUi = {
  name: 'セットアップキーのチェック',
  pageLead:
    'Google Authenticator（Google認証システム）にセットアップキーを入力して「無効なキー」と表示されたときに使います。貼り付けたキーに、スペースや改行、全角の文字、目に見えない文字など、キーに使われない文字が入っていないかを確かめ、取り除いたキーを用意します。',
  widgetLead: 'コピーしたキーに余計なスペースや文字が入っていないか、ここに貼り付けて確かめられます。',
  label: 'セットアップキー',
  hint: 'QRコード確認ページに表示されたセットアップキーを、そのまま貼り付けてください。小文字でもかまいません。',
  ok: 'スペースや、キーに使われない文字は見つかりませんでした。',
  okAfter: 'それでも「無効なキー」と表示される場合は、QRコード確認ページからキーをもう一度コピーしなおしてください。',
  cleanedHeading: '直したキー',
  cleanedLabel: '直したキー（読み取り専用）',
  cleanedWhat: 'スペース・改行・見えない文字を取り除き、全角を半角に、小文字を大文字にしたキーです。',
  cleanedStillBad: '自動で直しても、使えるキーにはなりません。QRコード確認ページを見ながら、キーを写しなおしてください。',
  pasteAgain: SETUP_KEY_HELP.pasteAgain,
  copy: 'コピー',
  copied: '直したキーをコピーしました。Google Authenticator に貼り付けてください。',
  copyFallback: '自動でコピーできなかったため、直したキーを選択しました。長押し（パソコンでは Ctrl+C や ⌘+C）でコピーしてください。',
  helpHeading: 'ワンタイムパスワードとセットアップキーについて',
  help: [SETUP_KEY_HELP.otpNotMailed, SETUP_KEY_HELP.severalDevices, SETUP_KEY_HELP.reissue],
  faq: ['invalid-key', 'otp-not-sent', 'multiple-devices'],
} as const

/** Text of the OMUID checker. */
export const omuidUi = {
  name: 'OMUIDのチェック',
  pageLead:
    'OMU認証システムでログインできないときに、入力しているOMUIDが正しい形か確かめます。学籍番号・職員番号を入力していないか、全角やスペース、数字の「0」と英字の「O」の取り違えなどがないかを調べます。',
  widgetLead: 'OMUIDの形が正しいか、ここで確かめられます。',
  label: 'OMUID',
  hint: `半角の英字と数字で${OMUID_LENGTH_TEXT}です。学籍番号・職員番号ではありません。`,
  ok: (shape: string) => `OMUIDの形（「${shape}」）に当てはまります。`,
  okAfter:
    'それでもログインできない場合は、OMUIDと仮パスワード（または本パスワード）を手で入力せず、画面に表示されたものをコピーして貼り付けてください。',
  fixHeading: '直した候補',
  fixButton: (label: string, value: string) => `${label}：${value}`,
  fixApplied: (value: string) => `「${value}」に直しました。`,
  shapesHeading: 'OMUIDの3つの形',
  shapes: OMUID_SHAPES.map((s) => ({ id: s.id, label: s.label, length: s.runs.reduce((n, [, k]) => n + k, 0) })),
  shapeLength: (n: number) => `${n}文字`,
  // One shape in the list: its label, then its length (shapeLength).
  shapeEntry: (label: string, length: string) => `「${label}」（${length}）`,
  shapeMatched: '当てはまります',
  helpHeading: 'OMUIDについて',
  help: [OMUID_HELP.notNumber, OMUID_HELP.shapes, OMUID_HELP.copyPaste, OMUID_HELP.caseNote],
  faq: ['login-after-password-start', 'login-after-2fa-start', 'forgot-omuid-temp-password'],
} as const
