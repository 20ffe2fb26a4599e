/**
 * The search test set: what a new student or staff member stuck on a screen would type on a phone.
 * Partial on-screen messages, colloquial phrasing, typos, hiragana for katakana, half/full width mixed,
 * few or no spaces. Written from the situation, not copied from the FAQ titles.
 *
 * exact: the query is an on-screen message (whole, partial or with a small typo): its question must be
 * the first result, and where `anchor` is given, the result must point at that section.
 * Otherwise the expected question must be among the first three results.
 */
export interface QueryCase {
  q: string
  id: string
  anchor?: string
  exact?: true
  /** what the case exercises */
  kind: 'message' | 'partial' | 'typo' | 'colloquial' | 'kana' | 'width'
}

export const QUERIES: readonly QueryCase[] = [
  // --- exact on-screen messages -------------------------------------------------------------------
  { q: 'パスワードが正しくありません。', id: 'change-errors', anchor: 'current-password-wrong', exact: true, kind: 'message' },
  { q: '使用不可文字が含まれています。', id: 'change-errors', anchor: 'unusable-characters', exact: true, kind: 'message' },
  { q: '使用許可文字以外が含まれています。', id: 'change-errors', anchor: 'unusable-characters', exact: true, kind: 'message' },
  { q: '半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。', id: 'change-errors', anchor: 'required-classes', exact: true, kind: 'message' },
  { q: '「新しいパスワード」と「新しいパスワード(確認)」が一致していません。', id: 'change-errors', anchor: 'confirmation-mismatch', exact: true, kind: 'message' },
  { q: '入力書式が正しくありません。', id: 'change-errors', anchor: 'email-format', exact: true, kind: 'message' },
  { q: '3文字以上、30文字以内で入力してください。', id: 'change-errors', anchor: 'email-length', exact: true, kind: 'message' },
  { q: '有効な学籍番号・職員番号・OMUIDではありません', id: 'invalid-number', exact: true, kind: 'message' },
  { q: 'パスワードが一致しない', id: 'temp-password-mismatch', exact: true, kind: 'message' },
  { q: '通知済', id: 'notified-temp-password', exact: true, kind: 'message' },
  { q: '仮パスワードが分からない方は受け入れ教職員に確認してください', id: 'notified-temp-password', exact: true, kind: 'message' },
  { q: '未変更・反映待ち', id: 'reflection-pending', exact: true, kind: 'message' },
  { q: '無効なキー', id: 'invalid-key', exact: true, kind: 'message' },
  { q: '以前に中断した手順から再開しますか?', id: 'closed-midway', exact: true, kind: 'message' },

  // --- partial messages ---------------------------------------------------------------------------
  { q: 'パスワードが正しくありませ', id: 'change-errors', anchor: 'current-password-wrong', exact: true, kind: 'partial' },
  { q: '使用不可文字', id: 'change-errors', anchor: 'unusable-characters', exact: true, kind: 'partial' },
  { q: '許可文字以外', id: 'change-errors', anchor: 'unusable-characters', exact: true, kind: 'partial' },
  { q: 'それぞれ1文字以上含んでください', id: 'change-errors', anchor: 'required-classes', exact: true, kind: 'partial' },
  { q: '半角英大文字 半角英小文字', id: 'change-errors', anchor: 'required-classes', exact: true, kind: 'partial' },
  { q: '新しいパスワード(確認)が一致していません', id: 'change-errors', anchor: 'confirmation-mismatch', exact: true, kind: 'partial' },
  { q: '一致していません', id: 'change-errors', anchor: 'confirmation-mismatch', exact: true, kind: 'partial' },
  { q: '入力書式が', id: 'change-errors', anchor: 'email-format', exact: true, kind: 'partial' },
  { q: '30文字以内で入力', id: 'change-errors', anchor: 'email-length', exact: true, kind: 'partial' },
  { q: '有効な学籍番号ではありません', id: 'invalid-number', exact: true, kind: 'partial' },
  { q: '受け入れ教職員に確認して', id: 'notified-temp-password', exact: true, kind: 'partial' },
  { q: '反映待ち', id: 'reflection-pending', exact: true, kind: 'partial' },
  { q: '中断した手順から再開', id: 'closed-midway', exact: true, kind: 'partial' },

  // --- on-screen messages with typos, other width or kana -----------------------------------------
  { q: 'パスワードが正しくありまん', id: 'change-errors', anchor: 'current-password-wrong', exact: true, kind: 'typo' },
  { q: '使用不可文字が含まれてます', id: 'change-errors', anchor: 'unusable-characters', exact: true, kind: 'typo' },
  { q: '入力書式が正しくないです', id: 'change-errors', anchor: 'email-format', exact: true, kind: 'typo' },
  { q: '３文字以上、３０文字以内で入力して', id: 'change-errors', anchor: 'email-length', exact: true, kind: 'width' },
  { q: 'ＯＭＵＩＤではありません', id: 'invalid-number', exact: true, kind: 'width' },
  { q: 'ﾊﾟｽﾜｰﾄﾞが一致しない', id: 'temp-password-mismatch', exact: true, kind: 'width' },
  { q: '無効なきー', id: 'invalid-key', exact: true, kind: 'kana' },
  { q: '以前に中断した手順から再開しますか', id: 'closed-midway', exact: true, kind: 'typo' },
  { q: '未変更･反映まち', id: 'reflection-pending', exact: true, kind: 'typo' },

  // --- restart ------------------------------------------------------------------------------------
  { q: '手続きの画面とじちゃった', id: 'closed-midway', kind: 'colloquial' },
  { q: '途中でブラウザ消えた', id: 'closed-midway', kind: 'colloquial' },
  { q: '続きからやりたい', id: 'closed-midway', kind: 'colloquial' },

  // --- OMUID / temporary password screen ----------------------------------------------------------
  { q: '学生番号わからない', id: 'student-number-unknown', kind: 'colloquial' },
  { q: '学籍番号どこで見れる', id: 'student-number-unknown', kind: 'colloquial' },
  { q: '学籍番号確認システム ロックされた', id: 'student-number-unknown', kind: 'colloquial' },
  { q: '職員番号どこに書いてある', id: 'staff-number-unknown', kind: 'colloquial' },
  { q: '新任の先生 職員番号が分からない', id: 'staff-number-unknown', kind: 'colloquial' },
  { q: '職員番号いれたらエラーになる', id: 'invalid-number', kind: 'colloquial' },
  { q: '教員と職員両方の番号がある', id: 'invalid-number', kind: 'colloquial' },
  { q: '仮パスワード合わない', id: 'temp-password-mismatch', kind: 'colloquial' },
  { q: '仮パス打ち間違えたかも', id: 'temp-password-mismatch', kind: 'colloquial' },
  { q: '仮パスワードの欄に通知済って出てる', id: 'notified-temp-password', kind: 'colloquial' },
  { q: '個別発行IDの仮パスワードどこ', id: 'notified-temp-password', kind: 'colloquial' },
  { q: 'OMUID忘れた', id: 'forgot-omuid-temp-password', kind: 'colloquial' },
  { q: 'omuidわすれちゃった', id: 'forgot-omuid-temp-password', kind: 'kana' },
  { q: '仮パスワードもう一回見たい', id: 'forgot-omuid-temp-password', kind: 'colloquial' },

  // --- password change screen ---------------------------------------------------------------------
  { q: 'パスワード変更を始めるを押したらログインできない', id: 'login-after-password-start', kind: 'colloquial' },
  { q: 'パスワード変更始めたらマイページが出てくる', id: 'login-after-password-start', kind: 'colloquial' },
  { q: '前のIDでログインしちゃってる', id: 'logged-in-other-omuid', kind: 'colloquial' },
  { q: '内部進学 古いOMUIDのまま', id: 'logged-in-other-omuid', kind: 'colloquial' },
  { q: '再発行用のメアド何を登録すれば', id: 'recovery-email-choice', kind: 'colloquial' },
  { q: '大学のメールアドレス登録していい？', id: 'recovery-email-choice', kind: 'colloquial' },
  { q: 'めあど持ってない', id: 'no-email-address', kind: 'kana' },
  { q: 'メールアドレスない人はどうする', id: 'no-email-address', kind: 'colloquial' },
  { q: '変更押したら赤い文字が出て進めない', id: 'change-errors', kind: 'colloquial' },
  { q: 'パスワードに記号が使えないって言われた', id: 'change-errors', kind: 'colloquial' },
  { q: '大文字小文字数字いれないとだめ？', id: 'change-errors', kind: 'colloquial' },
  { q: '再設定通知メールが来ない', id: 'reset-mail-not-arriving', kind: 'colloquial' },
  { q: '迷惑メールに入ってるかも', id: 'reset-mail-not-arriving', kind: 'colloquial' },
  { q: 'ドコモのアドレスにメール届かん', id: 'reset-mail-not-arriving', kind: 'colloquial' },
  { q: '確認コード再送', id: 'resend-code', kind: 'colloquial' },
  { q: 'コードもう一回送ってほしい', id: 'resend-code', kind: 'colloquial' },
  { q: '確認コード期限切れ', id: 'code-expired', kind: 'colloquial' },
  { q: 'コードの有効期限すぎた', id: 'code-expired', kind: 'colloquial' },
  { q: '変更済みにならない', id: 'reflection-pending', kind: 'colloquial' },
  { q: 'パスワード変えたのに反映されない', id: 'reflection-pending', kind: 'colloquial' },

  // --- two-factor authentication ------------------------------------------------------------------
  { q: 'スマホ持ってないけど2段階認証できる？', id: 'no-smartphone', kind: 'colloquial' },
  { q: 'ガラケーしかない', id: 'no-smartphone', kind: 'colloquial' },
  { q: 'すまほがない', id: 'no-smartphone', kind: 'kana' },
  { q: 'ｽﾏﾎ無し 二段階', id: 'no-smartphone', kind: 'width' },
  { q: 'パソコンにも二段階認証いる？', id: 'pc-too', kind: 'colloquial' },
  { q: 'ＰＣにも設定必要？', id: 'pc-too', kind: 'width' },
  { q: '2要素認証設定を始める ログインできない', id: 'login-after-2fa-start', kind: 'colloquial' },
  { q: '二段階認証の設定でサインインできない', id: 'login-after-2fa-start', kind: 'colloquial' },
  { q: 'セットアップキーが無効', id: 'invalid-key', kind: 'colloquial' },
  { q: 'せっとあっぷきー いれたらエラー', id: 'invalid-key', kind: 'kana' },
  { q: '2FAのテスト失敗する', id: 'two-factor-test-fails', kind: 'colloquial' },
  { q: '学内wifiだとワンタイムパスワード入力画面が出ない', id: 'two-factor-test-fails', kind: 'colloquial' },
  { q: 'ワンタイムパスワードが届かない', id: 'otp-not-sent', kind: 'colloquial' },
  { q: 'OTPがメールで来ない', id: 'otp-not-sent', kind: 'colloquial' },
  { q: 'わんたいむぱすわーど こない', id: 'otp-not-sent', kind: 'kana' },
  { q: 'グーグル認証の6桁はどこで見る', id: 'otp-not-sent', kind: 'colloquial' },
  { q: '二段階認証ちゃんとできてるか確認したい', id: 'setup-complete', kind: 'colloquial' },
  { q: '2要素認証 終わったかわからない', id: 'setup-complete', kind: 'colloquial' },
  { q: 'スマホとPC両方で2段階認証使いたい', id: 'multiple-devices', kind: 'colloquial' },
  { q: 'QRコード再発行したら', id: 'multiple-devices', kind: 'colloquial' },
  { q: '2台目のスマホにも認証アプリ入れたい', id: 'multiple-devices', kind: 'colloquial' },

  // --- help desk ----------------------------------------------------------------------------------
  { q: 'ヘルプデスクに問い合わせたい', id: 'contact-help-desk', kind: 'colloquial' },
  { q: 'どこに連絡すればいい', id: 'contact-help-desk', kind: 'colloquial' },
  { q: '問い合わせフォームの種類なに選ぶ', id: 'contact-help-desk', kind: 'colloquial' },
]
