/**
 * Every value that mirrors the university's system lives here, with its source.
 * Checkers, UI text and tests read these; a rule changes in one place only.
 * Sources are named by the section of src/lib/SOURCES.md (and the official page it cites).
 */

/** Minimum password length. SOURCES.md "Related official facts": 「12文字以上」 (omu.ac.jp/cci/stu-security/password/). */
export const PASSWORD_MIN_LENGTH = 12

/**
 * Maximum password length: not published (shown only in the real screen's 「パスワードルール」 box).
 * null means "unknown: no check"; SOURCES.md "Related official facts".
 */
export const PASSWORD_MAX_LENGTH: number | null = null

/**
 * Character classes the password must contain at least one of each.
 * Source FAQ message: 「半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。」
 */
export const PASSWORD_REQUIRED_CLASSES = ['upper', 'lower', 'digit'] as const
export type RequiredClass = (typeof PASSWORD_REQUIRED_CLASSES)[number]

/**
 * Allowed half-width symbols. The exact list appears only on the real screen's 「パスワードルール」 box
 * (「■パスワードに使用できる文字」), so this is a configurable default: every printable ASCII symbol
 * (U+0021–U+007E that is not a letter or digit). The space U+0020 is not included. SOURCES.md.
 */
export const PASSWORD_ALLOWED_SYMBOLS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'

/** Whether the allowed symbol list above is the published one (false: it is our default). */
export const PASSWORD_SYMBOLS_PUBLISHED = false

/** Local part (before @) of the recovery email: 3 to 30 characters. Source FAQ: 「3文字以上、30文字以内で入力してください。」 */
export const EMAIL_LOCAL_MIN = 3
export const EMAIL_LOCAL_MAX = 30

/** OMU mail domains (and all their subdomains) cannot be the recovery address. Source FAQ: 「@omu.ac.jpや@st.omu.ac.jpなど」. */
export const OMU_MAIL_DOMAINS = ['omu.ac.jp'] as const

/** Predecessor universities' domains: warned about in the same spirit. SOURCES.md "Email facts". */
export const PREDECESSOR_MAIL_DOMAINS = ['osaka-cu.ac.jp', 'osakafu-u.ac.jp'] as const

/** The domain carriers' spam filters must allow. Source FAQ: 「@omu.ac.jp」からのメールを受信できるように. */
export const ALLOW_SENDER_DOMAIN = 'omu.ac.jp'

/** Confirmation code validity: 「確認コードの有効期限は5分間程度」 (source FAQ, パスワード再設定通知メールが届かない). */
export const CONFIRMATION_CODE_VALIDITY_MS = 5 * 60 * 1000

/** Wait after 「未変更・反映待ち」: 「パスワードの変更反映(5分程度)をお待ちください」 (source FAQ). */
export const REFLECTION_WAIT_MS = 5 * 60 * 1000

/**
 * OMUID shapes (login FAQ, omu.ac.jp/cii/login-faq/): half-width letters and digits only.
 *  - 英字2文字+数字5文字 (7)
 *  - 英字1文字+数字2文字+英字2文字+数字3文字 (8)
 *  - 英字1文字+数字5文字+英字1文字 (7)
 * Each shape is a sequence of [class, count] runs.
 */
export const OMUID_SHAPES = [
  { id: 'LLDDDDD', label: '英字2文字+数字5文字', runs: [['letter', 2], ['digit', 5]] },
  { id: 'LDDLLDDD', label: '英字1文字+数字2文字+英字2文字+数字3文字', runs: [['letter', 1], ['digit', 2], ['letter', 2], ['digit', 3]] },
  { id: 'LDDDDDL', label: '英字1文字+数字5文字+英字1文字', runs: [['letter', 1], ['digit', 5], ['letter', 1]] },
] as const satisfies readonly { id: string; label: string; runs: readonly (readonly ['letter' | 'digit', number])[] }[]

/** Setup key alphabet for Google Authenticator keys: RFC 4648 Base32 (A–Z, 2–7, optional = padding). */
export const SETUP_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Digits of a one-time password. Source FAQ: 「6桁の数字」. */
export const OTP_DIGITS = 6

/** Date the FAQ content was last checked against the official page. */
export const CONTENT_CHECKED = '2026-11-25'
