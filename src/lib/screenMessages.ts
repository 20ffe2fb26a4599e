/**
 * The exact messages the real screens show, quoted from the source FAQ (tests/fixtures/start-trouble-faq.txt,
 * the text of https://www.omu.ac.jp/cii/start-trouble/). Users search by these, so they are facts and
 * are never reworded. Our own explanations live in src/locales/.
 *
 * The seed text was scraped and its brackets came out half-width (src/lib/SOURCES.md "The source FAQ"): the real
 * screen may show （確認） with full-width parentheses. We keep the seed's characters until someone sees
 * the screen, and say so here rather than guess.
 */

/** 現在のパスワード欄 (パスワード変更画面): the temporary password was wrong. */
export const MSG_WRONG_CURRENT_PASSWORD = 'パスワードが正しくありません。'

/** 新しいパスワード欄: a character the system forbids. */
export const MSG_DISALLOWED_CHAR = '使用不可文字が含まれています。'

/** 新しいパスワード欄: a character outside the allowed set (the FAQ lists it beside the one above). */
export const MSG_NOT_ALLOWED_CHAR = '使用許可文字以外が含まれています。'

/** 新しいパスワード欄: an upper-case letter, lower-case letter or digit is missing. */
export const MSG_MISSING_CLASS = '半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。'

/** 新しいパスワード欄: the two new-password fields differ (the FAQ says it shows whichever field is wrong). */
export const MSG_CONFIRM_MISMATCH = '「新しいパスワード」と「新しいパスワード(確認)」が一致していません。'

/** パスワード再発行用メールアドレス欄: the address is not well-formed. */
export const MSG_EMAIL_FORMAT = '入力書式が正しくありません。'

/** パスワード再発行用メールアドレス欄: the part before @ is not 3–30 characters (rules.ts EMAIL_LOCAL_MIN/MAX). */
export const MSG_EMAIL_LOCAL_LENGTH = '3文字以上、30文字以内で入力してください。'

/** Google Authenticator, when the setup key is entered by hand and rejected. */
export const MSG_INVALID_KEY = '無効なキー'

/** 利用開始手続き, number entry: the student/staff number or OMUID is not recognised. */
export const MSG_INVALID_NUMBER = '有効な学籍番号・職員番号・OMUIDではありません'

/** Every quoted screen message, for tests and for search keywords. */
export const SCREEN_MESSAGES = [
  MSG_WRONG_CURRENT_PASSWORD,
  MSG_DISALLOWED_CHAR,
  MSG_NOT_ALLOWED_CHAR,
  MSG_MISSING_CLASS,
  MSG_CONFIRM_MISMATCH,
  MSG_EMAIL_FORMAT,
  MSG_EMAIL_LOCAL_LENGTH,
  MSG_INVALID_KEY,
  MSG_INVALID_NUMBER,
] as const
