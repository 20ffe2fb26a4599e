/**
 * The second search test set: what students and new staff type when they describe their situation rather
 * than quote the screen (from the user test, issue "What a new user hit", item 7). Short everyday words,
 * app and phone names, what they did ("機種変更した", "消しちゃった"), romaji or hiragana typed with the IME
 * off or unconverted. Written fresh, not taken from tests/search/queries.ts or the FAQ titles.
 *
 * ids: the questions that answer it, best first; a case counts as top-1 when the first result is any of
 * them and as top-3 when one of them is among the first three. Several ids only where the FAQ really
 * answers the situation in more than one place.
 */
export interface SituationCase {
  q: string
  ids: readonly string[]
  /** a query from the user test report that used to give a wrong first answer or noise */
  reported?: true
}

export const SITUATIONS: readonly SituationCase[] = [
  // --- restarting -----------------------------------------------------------------------------------
  { q: 'タブ閉じちゃった 最初からやる？', ids: ['closed-midway'] },
  { q: '途中でスマホの電池が切れた', ids: ['closed-midway'] },
  { q: '手続き中断したけど続きできる？', ids: ['closed-midway'] },

  // --- student and staff numbers --------------------------------------------------------------------
  { q: '学籍番号', ids: ['student-number-unknown'], reported: true },
  { q: '学籍番号 どこ', ids: ['student-number-unknown'] },
  { q: 'ロックされた', ids: ['student-number-unknown'], reported: true },
  { q: '学籍番号確認システムのパスワードがわからない', ids: ['student-number-unknown'] },
  { q: '4月から着任 職員番号しらない', ids: ['staff-number-unknown'] },
  { q: '職員証みたけど番号がわからない', ids: ['staff-number-unknown'] },
  { q: '職員番号が2つある', ids: ['invalid-number'] },

  // --- OMUID and the temporary password -------------------------------------------------------------
  { q: '仮パスワードがはじかれる', ids: ['temp-password-mismatch', 'login-after-password-start'] },
  { q: '仮パスの欄が通知済みになってる', ids: ['notified-temp-password'] },
  { q: 'IDメモするの忘れた', ids: ['forgot-omuid-temp-password'] },
  { q: 'OMUIDってどこで確認するの', ids: ['forgot-omuid-temp-password'] },
  { q: 'OMUIDわからない', ids: ['forgot-omuid-temp-password'] },
  { q: 'pasuwado 一致しない', ids: ['temp-password-mismatch'] },

  // --- the password change screen -------------------------------------------------------------------
  { q: 'パスワード 全角 入ってた', ids: ['change-errors'] },
  { q: '全角文字はつかえない？', ids: ['change-errors'] },
  { q: 'しようふかもじ', ids: ['change-errors'], reported: true },
  { q: '記号入れたら赤字', ids: ['change-errors'] },
  { q: '現在のパスワードって何を入れるの', ids: ['change-errors'] },
  { q: '確認用のパスワードと違うって出る', ids: ['change-errors'] },
  { q: 'マイページに飛ばされる', ids: ['login-after-password-start'] },
  { q: '前の学部のIDでログインされたまま', ids: ['logged-in-other-omuid'] },
  { q: '反映されない', ids: ['reflection-pending'] },
  { q: '5分待ったのにまだ未変更', ids: ['reflection-pending'] },

  // --- recovery email, codes --------------------------------------------------------------------------
  { q: 'メールが来ない docomo', ids: ['reset-mail-not-arriving'] },
  { q: 'auのメールに届かない', ids: ['reset-mail-not-arriving'] },
  { q: 'コード入れるの間に合わなかった', ids: ['code-expired'] },
  { q: '5分すぎちゃった', ids: ['code-expired'] },
  { q: '確認コードを送り直したい', ids: ['resend-code'] },
  { q: '予備のメアドって何入れる', ids: ['recovery-email-choice'] },
  { q: 'ジーメールでもいい？', ids: ['recovery-email-choice', 'no-email-address'] },
  { q: '自分のメールアドレスがない', ids: ['no-email-address'] },

  // --- two-factor authentication: phones and apps ---------------------------------------------------
  { q: 'スマホを機種変更した', ids: ['multiple-devices'] },
  { q: '機種変更', ids: ['multiple-devices'], reported: true },
  { q: 'きしゅへんした', ids: ['multiple-devices'] },
  { q: 'スマホ 変えた', ids: ['multiple-devices'], reported: true },
  { q: 'iPhone', ids: ['otp-not-sent', 'setup-complete', 'multiple-devices'], reported: true },
  { q: '認証アプリ 消しちゃった', ids: ['multiple-devices', 'two-factor-test-fails'] },
  { q: 'QRコード', ids: ['multiple-devices'], reported: true },
  { q: 'QRコードが読めない', ids: ['multiple-devices', 'invalid-key'] },
  { q: 'Google認証システム 6桁 どこ', ids: ['otp-not-sent'] },
  { q: 'google authenticator 数字が出てこない', ids: ['otp-not-sent', 'two-factor-test-fails'] },
  { q: 'オーセンティケーター入れたけどこれで終わり？', ids: ['setup-complete'] },
  { q: 'ワンタイムパスワードがSMSで来ない', ids: ['otp-not-sent'] },
  { q: 'テスト用ページでログインできない', ids: ['two-factor-test-fails'] },
  { q: '大学のWi-Fiだと6桁を入れる画面が出ない', ids: ['two-factor-test-fails'] },
  { q: 'キー貼り付けたらエラー', ids: ['invalid-key'] },
  { q: 'ガラケーなんだけど2段階認証どうする', ids: ['no-smartphone'] },
  { q: 'パソコンだけで設定したい', ids: ['no-smartphone', 'pc-too'] },
  { q: 'iPadにも入れたい', ids: ['multiple-devices'] },
  { q: 'PCでもワンタイムパスワード見たい', ids: ['pc-too'] },
  { q: '2段階認証の画面で自分で決めたパスワードが通らない', ids: ['login-after-2fa-start'] },
  { q: '委託業者なのでテストできない', ids: ['two-factor-test-fails'] },

  // --- help desk --------------------------------------------------------------------------------------
  { q: 'だれに聞けばいい', ids: ['contact-help-desk'] },
  { q: '全部やったけど解決しない', ids: ['contact-help-desk'] },
]
