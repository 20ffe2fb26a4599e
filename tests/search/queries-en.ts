/**
 * The English edition's search test set: what an international student or staff member, stuck on a
 * Japanese screen, types into the English search box on a phone. Their own words (not the FAQ's titles),
 * the typos of people typing fast in a second language ("pasword", "verfication", "authentificator"), the
 * Japanese message copied from the screen and pasted, and the romaji of the Japanese words they heard from
 * a friend or an office (kakunin kodo, gakuseki bangou). Written from the situation, before the search
 * was tuned, and not changed to make a case pass.
 *
 * ids: the questions that answer it, best first; a case counts as top-1 when the first result is any of
 * them and as top-3 when one of them is among the first three. Several ids only where the FAQ really
 * answers the situation in more than one place.
 */
export interface EnglishQueryCase {
  q: string
  ids: readonly string[]
  /** what the case exercises */
  kind: 'words' | 'typo' | 'pasted' | 'romaji'
}

export const ENGLISH_QUERIES: readonly EnglishQueryCase[] = [
  // --- typos of the key terms -----------------------------------------------------------------------
  { q: 'verfication code expired', ids: ['code-expired'], kind: 'typo' },
  { q: 'pasword reset email not coming', ids: ['reset-mail-not-arriving'], kind: 'typo' },
  { q: 'authentificator app deleted', ids: ['multiple-devices'], kind: 'typo' },
  { q: 'recovry email which one', ids: ['recovery-email-choice'], kind: 'typo' },
  { q: 'i dont have a email adress', ids: ['no-email-address'], kind: 'typo' },
  { q: 'two factor autentication test not working', ids: ['two-factor-test-fails'], kind: 'typo' },
  { q: 'where is the one time pasword', ids: ['otp-not-sent'], kind: 'typo' },
  { q: 'forgot my temprary password and omuid', ids: ['forgot-omuid-temp-password'], kind: 'typo' },
  { q: 'confirmaton code not recieved', ids: ['reset-mail-not-arriving', 'resend-code'], kind: 'typo' },
  { q: 'studnet number unknown', ids: ['student-number-unknown'], kind: 'typo' },
  { q: 'i dont have smartphne', ids: ['no-smartphone'], kind: 'typo' },
  { q: 'seup key invalid', ids: ['invalid-key'], kind: 'typo' },
  { q: 'Athenticator on 2 devises', ids: ['multiple-devices'], kind: 'typo' },

  // --- in their own words ---------------------------------------------------------------------------
  { q: 'I closed the browser in the middle of the procedure', ids: ['closed-midway'], kind: 'words' },
  { q: 'my phone battery died during setup, can I continue?', ids: ['closed-midway'], kind: 'words' },
  { q: 'code expired what now', ids: ['code-expired'], kind: 'words' },
  { q: 'how to get a new confirmation code', ids: ['resend-code', 'code-expired'], kind: 'words' },
  { q: 'send the code again', ids: ['resend-code'], kind: 'words' },
  { q: 'no email with the code in my inbox', ids: ['reset-mail-not-arriving'], kind: 'words' },
  { q: 'email went to junk folder', ids: ['reset-mail-not-arriving'], kind: 'words' },
  { q: 'which email should I use for password recovery', ids: ['recovery-email-choice'], kind: 'words' },
  { q: 'can I use my university email as backup email', ids: ['recovery-email-choice'], kind: 'words' },
  { q: 'I have no email account', ids: ['no-email-address'], kind: 'words' },
  { q: 'I do not know my student ID number', ids: ['student-number-unknown'], kind: 'words' },
  { q: 'new teacher, where is my staff number', ids: ['staff-number-unknown'], kind: 'words' },
  { q: 'staff number not accepted', ids: ['invalid-number'], kind: 'words' },
  { q: 'lost the OMUID I wrote down', ids: ['forgot-omuid-temp-password'], kind: 'words' },
  { q: 'temporary password field says notified', ids: ['notified-temp-password'], kind: 'words' },
  { q: 'temp password does not match', ids: ['temp-password-mismatch'], kind: 'words' },
  { q: 'cannot log in after start password change', ids: ['login-after-password-start'], kind: 'words' },
  { q: 'login fails after clicking start 2FA setup', ids: ['login-after-2fa-start'], kind: 'words' },
  { q: 'I studied here before and logged in with my old ID', ids: ['logged-in-other-omuid'], kind: 'words' },
  { q: 'use the authenticator on two phones', ids: ['multiple-devices'], kind: 'words' },
  { q: 'got a new phone, how do I move Google Authenticator', ids: ['multiple-devices'], kind: 'words' },
  { q: 'I only have a flip phone', ids: ['no-smartphone'], kind: 'words' },
  { q: 'do I need to set up 2FA on my laptop too', ids: ['pc-too'], kind: 'words' },
  { q: 'how do I know if two step verification is done', ids: ['setup-complete'], kind: 'words' },
  { q: 'OTP not received by SMS', ids: ['otp-not-sent'], kind: 'words' },
  { q: 'the 6 digit code does not work on the test page', ids: ['two-factor-test-fails'], kind: 'words' },
  { q: 'password change still pending', ids: ['reflection-pending'], kind: 'words' },
  { q: 'error when I click change', ids: ['change-errors'], kind: 'words' },
  { q: 'password must have uppercase lowercase and numbers', ids: ['change-errors'], kind: 'words' },
  { q: 'which characters can I use in my password', ids: ['change-errors'], kind: 'words' },
  { q: 'who do I contact for help', ids: ['contact-help-desk'], kind: 'words' },
  { q: 'space at the start of the key when I paste it', ids: ['invalid-key'], kind: 'words' },
  { q: 'MFA one-time password entry screen does not appear on campus wifi', ids: ['two-factor-test-fails'], kind: 'words' },

  // --- the screen's Japanese, pasted ------------------------------------------------------------------
  { q: '無効なキー', ids: ['invalid-key'], kind: 'pasted' },
  { q: 'パスワードが一致しない', ids: ['temp-password-mismatch'], kind: 'pasted' },
  { q: '使用不可文字が含まれています。', ids: ['change-errors'], kind: 'pasted' },
  { q: '有効な学籍番号・職員番号・OMUIDではありません', ids: ['invalid-number'], kind: 'pasted' },
  { q: '未変更・反映待ち', ids: ['reflection-pending'], kind: 'pasted' },
  { q: '通知済', ids: ['notified-temp-password'], kind: 'pasted' },
  { q: '以前に中断した手順から再開しますか?', ids: ['closed-midway'], kind: 'pasted' },
  { q: '入力書式が正しくありません。', ids: ['change-errors'], kind: 'pasted' },
  { q: 'it says 無効なキー when I add the key', ids: ['invalid-key'], kind: 'pasted' },

  // --- romaji of the key terms ----------------------------------------------------------------------
  { q: 'kakunin kodo kigen gire', ids: ['code-expired'], kind: 'romaji' },
  { q: 'mukou na ki', ids: ['invalid-key'], kind: 'romaji' },
  { q: 'gakuseki bangou wakaranai', ids: ['student-number-unknown'], kind: 'romaji' },
  { q: 'kari pasuwado tsuchizumi', ids: ['notified-temp-password'], kind: 'romaji' },
  { q: 'nidankai ninshou sumaho nai', ids: ['no-smartphone'], kind: 'romaji' },
  { q: 'shokuin bangou', ids: ['staff-number-unknown'], kind: 'romaji' },
  { q: 'meru konai', ids: ['reset-mail-not-arriving'], kind: 'romaji' },
  { q: 'hanei machi', ids: ['reflection-pending'], kind: 'romaji' },
]
