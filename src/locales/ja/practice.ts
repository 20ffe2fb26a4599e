/**
 * UI text of the password practice form and the recovery-email checker (their own pages, the embedded
 * field and the question-page widgets). Finding wording itself lives in checkers.ts; the exact
 * on-screen messages live in faq/screen-messages.yaml. Numbers come from rules.ts, never typed here.
 */
import type { Severity } from '@/lib/findings'
import { CONFIRMATION_CODE_VALIDITY_MS } from '@/lib/rules'
import { SEVERITY_LABELS } from './checkers'

/** Per-severity counts of one field's findings, for the spoken summary. */
export type SeverityCounts = Record<Severity, number>

// "エラー2件、注意1件" (zero counts left out), or '' when there is nothing.
function countsText(c: SeverityCounts): string {
  return (['error', 'warning', 'info'] as const)
    .filter((s) => c[s] > 0)
    .map((s) => `${SEVERITY_LABELS[s]}${c[s]}件`)
    .join('、')
}

const codeMinutes = Math.round(CONFIRMATION_CODE_VALIDITY_MS / 60_000)

export const practiceText = {
  // Shared by both forms.
  submit: '確認',
  // Said above the exact messages, so it is clear they are the real screen's words, not ours.
  screenCaption: '実際の画面では、この欄の下に赤字で次のように表示されます',
  screenEitherNote: '実際の画面には、このどちらか一方が表示されます。',
  or: 'または',
  // A translation's gloss of a red line (see en/practice.ts); the Japanese page shows the line as it is.
  screenGloss: (_text: string) => '',
  ourWordingNote: 'この文はこのページの説明です。実際の画面でこの場合に表示される文言は公開されていません。',
  moreChars: (n: number) => `ほかにも${n}文字あります。`,
  fixResultLabel: '直したあと：',
  fixedAnnounce: (field: string) => `「${field}」を直しました。`,
  privacy:
    'このページに入力した内容は、この端末の外へ送られることも、保存されることもありません。ほかのページへ移ると消えます。',

  password: {
    pageTitle: 'パスワード変更の練習',
    lead:
      '実際の「パスワード変更」画面と同じ欄で、新しいパスワードとパスワード再発行用メールアドレスを前もって試せます。「確認」を押すと、実際の画面が出すはずのメッセージと、その直し方を表示します。ここでパスワードが変更されることはありません。',
    formLabel: 'パスワード変更（練習）',
    currentHeading: '現在のパスワード',
    newLabel: '新しいパスワード',
    confirmLabel: '新しいパスワード(確認)',
    showToggle: 'パスワードを表示',
    checklistHeading: '入力しながらのチェック',
    met: '満たしています：',
    unmet: 'まだです：',
    lengthNow: (n: number) => `（いま${n}文字）`,
    rulesHeading: 'パスワードルール（このページで確かめている内容）',
    hiddenCharsNote: 'パスワードを隠しているため、文字そのものは表示していません。「パスワードを表示」を押すと確かめられます。',
    mismatchNoReveal: 'どちらのパスワードも、ここには表示しません。',
    allClearHeading: '問題は見つかりませんでした',
    emailOptional: '（パスワードだけを練習するときは、空のままでかまいません。実際の画面では入力が必要です）',
    timersLink: `確認コードの有効期限（${codeMinutes}分程度）を計るタイマー`,
    errorsFaqLink: '画面のエラーメッセージごとの説明',
    /** What the one role="status" region says after 確認, field by field (never the values). */
    summary: (fields: { newPassword: SeverityCounts; confirm: SeverityCounts; email: SeverityCounts }): string => {
      const errors = fields.newPassword.error + fields.confirm.error + fields.email.error
      const e = countsText(fields.email)
      if (errors === 0) {
        return '確認しました。実際の画面で表示されるエラーは見つかりませんでした。' + (e ? `パスワード再発行用メールアドレスに${e}があります。` : '')
      }
      const part = (label: string, c: SeverityCounts): string => `${label}：${countsText(c) || '問題なし'}。`
      return (
        '確認しました。' +
        part('新しいパスワード', fields.newPassword) +
        // The confirmation only has its own finding when empty; a mismatch is counted where the screen shows it.
        (countsText(fields.confirm) ? part('新しいパスワード(確認)', fields.confirm) : '') +
        part('パスワード再発行用メールアドレス', fields.email) +
        '各欄の下に、直し方を表示しています。'
      )
    },
  },

  email: {
    pageTitle: 'パスワード再発行用メールアドレスのチェック',
    lead:
      '「パスワード変更」画面で登録するパスワード再発行用メールアドレスを、前もって確かめます。パスワードを忘れたときに頼れる、ただ一つの連絡先です。実際の画面で表示されるエラーに加え、届かなくなるおそれのあるアドレスも知らせます。',
    label: 'パスワード再発行用メールアドレス',
    hint: '例：taro@gmail.com（大学のメールアドレスは登録できません）',
    omuWhyLink: 'どんなメールアドレスを登録すればいいか',
    carrierLink: 'パスワード再設定通知メールが届かないとき',
    noAddressLink: 'メールアドレスを持っていないとき',
    liveNote: '一度「確認」を押したあとは、入力に合わせて結果が変わります。',
    okHeading: '問題は見つかりませんでした',
    cautionHeading: '登録する前に、上の「注意」を確かめてください',
    caution: '実際の画面では登録できる形ですが、打ち間違いのまま登録すると、確認コードの書かれたメールが届きません。',
    ok: `このアドレスは登録できる形です。実際の画面で登録すると、このアドレスに確認コードの書かれたメールが届きます。確認コードの有効期限は${codeMinutes}分程度です。`,
    omuScreenNote: '実際の画面ではエラーにならないことがありますが、大学のよくある質問では登録しないよう案内されています。',
    /** What the standalone checker's status region says after 確認. */
    summary: (c: SeverityCounts): string => {
      const t = countsText(c)
      if (c.error === 0) return t ? `確認しました。エラーはありません。${t}があります。` : '確認しました。問題は見つかりませんでした。'
      return `確認しました。${t}。欄の下に直し方を表示しています。`
    },
  },

  widgets: {
    passwordHeading: 'パスワードを前もって試す',
    passwordLead: '実際の画面と同じ欄で新しいパスワードを入力し、どのメッセージが出るか、どう直せばよいかを確かめられます。入力した内容は送られず、保存もされません。',
    passwordLink: 'パスワード変更の練習を開く',
    emailHeading: 'メールアドレスをその場で確かめる',
    emailLead: '登録する前に、パスワード再発行用メールアドレスを確かめられます。入力した内容は送られず、保存もされません。',
  },
} as const
