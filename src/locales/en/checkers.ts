/**
 * Plain-English wording for every checker finding (password, recovery email, setup key, OMUID), the
 * names of character kinds, the password rule list and advice, and the email help. The exact
 * on-screen messages are not here: they are facts, in faq/screen-messages.yaml, and travel on each
 * finding as `screenMessage` (Japanese, as the real screen shows them). Numbers come from the finding's
 * data or from rules.ts, never typed here. Characters are quoted “like this”; 「」 is kept for the real
 * screens' Japanese strings, each followed by an English gloss.
 */
import { invisibleIdOf } from '@/lib/chars'
import type { Carrier } from '@/tools/email/emailDomains'
import type { LabelProblem } from '@/tools/email/email'
import type { Finding } from '@/lib/findings'
import { findingCharCount as count, findingNumber as num, findingString as str } from '@/lib/findings'
import { fixChanges, type FixChange } from '@/lib/fixes'
import { OMUID_LENGTHS } from '@/tools/omuid/omuid'
import type { DifferenceCause, PasswordRuleCode } from '@/tools/password/password'
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
import type { CheckersArea } from '..'
import { glossed } from '@/content/editions/en/screenGlosses'

/** Turns one finding into a sentence (or two) of plain English. */
export type FindingText = (f: Finding) => string

/** "1 character", "2 characters". */
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
const chars = (n: number): string => plural(n, 'character', 'characters')
/**
 * "a", "a and b", "a, b and c" (or "or"). When an item has an "and" of its own ("spaces and line breaks"),
 * a comma goes before the last one too, so the list does not run "… and … and …".
 */
function list(items: readonly (string | number)[], last = 'and'): string {
  const words = items.map(String)
  if (words.length <= 1) return words[0] ?? ''
  const comma = words.some((w) => w.includes(` ${last} `)) ? ',' : ''
  return `${words.slice(0, -1).join(', ')}${comma} ${last} ${words[words.length - 1]}`
}
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** How serious a finding is, as a short label. */
export const SEVERITY_LABELS: CheckersArea['SEVERITY_LABELS'] = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
}

// ---------------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------------

/** The plain name of each kind of character. */
export const CHAR_KIND_NAMES: CheckersArea['CHAR_KIND_NAMES'] = {
  'fullwidth-letter': 'full-width letter',
  'fullwidth-digit': 'full-width digit',
  'fullwidth-symbol': 'full-width symbol',
  'ideographic-space': 'full-width space',
  space: 'space',
  nbsp: 'special space (such as a no-break space)',
  invisible: 'invisible character (such as a zero-width space)',
  'line-break': 'line break',
  tab: 'tab',
  control: 'control character',
  lookalike: 'look-alike character',
  'kana-kanji': 'Japanese character (hiragana, katakana or kanji)',
  emoji: 'emoji',
  other: 'character that is not a half-width letter, digit or symbol',
  'ascii-letter': 'half-width letter',
  'ascii-digit': 'half-width digit',
  'ascii-symbol': 'half-width symbol',
}

/** Names of the invisible characters and special spaces (chars.ts INVISIBLE_CHARS ids). */
export const INVISIBLE_NAMES: CheckersArea['INVISIBLE_NAMES'] = {
  zwsp: 'zero-width space',
  zwnj: 'zero-width non-joiner',
  zwj: 'zero-width joiner',
  'word-joiner': 'word joiner',
  bom: 'BOM, zero-width no-break space',
  'soft-hyphen': 'soft hyphen',
  bidi: 'control character for text direction',
  'invisible-operator': 'invisible math operator',
  'variation-selector': 'variation selector',
  tag: 'tag character',
  filler: 'Korean filler character that looks like a blank',
  nbsp: 'no-break space',
  'unicode-space': 'space of a special width',
  'ideographic-space': 'full-width space',
  'other-invisible': 'other invisible character',
}

/** Specific names of the look-alikes NFKC does not fix (chars.ts LOOKALIKES), keyed by the character. */
export const LOOKALIKE_NAMES: CheckersArea['LOOKALIKE_NAMES'] = {
  '\u30fc': 'Japanese long vowel mark “ー”',
  '\uff70': 'half-width Japanese long vowel mark “ｰ”',
  '\u2010': 'hyphen “‐”',
  '\u2011': 'hyphen “‑”',
  '\u2012': 'dash “‒”',
  '\u2013': 'dash “–”',
  '\u2014': 'dash “—”',
  '\u2015': 'dash “―”',
  '\u2212': 'minus sign “−”',
  '\u301c': 'wave dash “〜”',
  '\u3002': 'Japanese full stop “。”',
  '\uff61': 'half-width Japanese full stop “｡”',
  '\u3001': 'Japanese comma “、”',
  '\uff64': 'half-width Japanese comma “､”',
  // Quotation marks in quotation marks would not read: in brackets instead.
  '\u201c': 'curly quotation mark (“)',
  '\u201d': 'curly quotation mark (”)',
  '\u2018': 'curly quotation mark (‘)',
  '\u2019': 'curly quotation mark (’)',
}

/** The plain name of one flagged character, e.g. full-width letter “Ａ”, invisible character (zero-width space, U+200B). */
export const charName: CheckersArea['charName'] = (issue, options = {}) => {
  const shown = (name: string): string => (options.hideChar ? name : `${name} “${issue.char}”`)
  const cps = issue.codePoints.join(' ')
  switch (issue.kind) {
    case 'lookalike':
      return options.hideChar ? CHAR_KIND_NAMES.lookalike : (LOOKALIKE_NAMES[issue.char] ?? shown(CHAR_KIND_NAMES.lookalike))
    case 'invisible':
    case 'nbsp': {
      const id = invisibleIdOf(issue.char)
      const base = issue.kind === 'invisible' ? 'invisible character' : 'special space'
      return `${base} (${id ? INVISIBLE_NAMES[id] : INVISIBLE_NAMES['other-invisible']}, ${cps})`
    }
    case 'control':
      return `${CHAR_KIND_NAMES.control} (${cps})`
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
 * “Character 3: full-width letter “Ａ” → “A”” or “Character 1: space (will be removed)”.
 * hideChar leaves the character itself out (for a password the user has not chosen to show).
 */
export const charIssueText: CheckersArea['charIssueText'] = (issue, options = {}) => {
  const line = `Character ${issue.position}: ${charName(issue, options)}`
  if (issue.replacement === undefined) return line
  if (issue.replacement === '') return `${line} (will be removed)`
  if (issue.replacement === ' ') return `${line} → space`
  return options.hideChar ? `${line} → can be made half-width` : `${line} → “${issue.replacement}”`
}

/** What each change of a character-by-character fix does. */
const FIX_CHANGE_TEXT: Record<FixChange, string> = {
  'remove-blank': 'remove spaces and line breaks',
  'remove-invisible': 'remove invisible characters',
  'remove-hyphen': 'remove “-”',
  halfwidth: 'make half-width',
  uppercase: 'make upper case',
  other: 'fix',
}

/**
 * The label of a one-tap fix button: what it will do to this input. A character-by-character fix is
 * named by its changes (“Make half-width”, “Remove spaces and line breaks and make half-width”); the
 * others by their code (FIX_LABELS).
 */
export const fixLabel: CheckersArea['fixLabel'] = (fix, input) => {
  const changes = fixChanges(input, fix)
  if (changes.length === 0 || changes.includes('other')) return FIX_LABELS[fix.code] ?? FIX_LABELS.clean ?? ''
  return capital(list(changes.map((c) => FIX_CHANGE_TEXT[c])))
}

/** Labels of the one-tap fixes, keyed by Fix.code, for fixes not named by their changes. */
export const FIX_LABELS: CheckersArea['FIX_LABELS'] = {
  halfwidth: 'Make half-width',
  trim: 'Remove blanks at the start and end',
  'trailing-dot': 'Remove the “.” at the end',
  'did-you-mean': 'Change to this address',
  clean: 'Remove the extra characters',
  slip: 'Change to this',
}

// ---------------------------------------------------------------------------------------------------
// Password
// ---------------------------------------------------------------------------------------------------

/** Names of the required character classes. */
export const CLASS_NAMES: CheckersArea['CLASS_NAMES'] = {
  upper: 'half-width upper-case letter (A–Z)',
  lower: 'half-width lower-case letter (a–z)',
  digit: 'half-width digit (0–9)',
}

/** The likely cause of a confirmation mismatch, in plain words. */
export const DIFFERENCE_CAUSE_TEXT: CheckersArea['DIFFERENCE_CAUSE_TEXT'] = {
  'trailing-space': 'One of them seems to have an extra space at the end.',
  'leading-space': 'One of them seems to have an extra space at the start.',
  invisible:
    'One of them seems to contain an invisible character (such as a zero-width space). This can happen when you copy and paste.',
  width:
    'Full-width and half-width characters seem to be mixed up. Even when they look alike, they count as different characters.',
  case: 'Upper case and lower case seem to be different. Check that Caps Lock is not on.',
  length: 'One of them stops early (they have a different number of characters).',
  other: 'There seems to be a typo somewhere. Compare them with the show button, or type both again.',
}

/** Wording for every password finding code. */
export const passwordText: CheckersArea['passwordText'] = {
  empty: () => 'The new password is empty.',
  'disallowed-char': (f) => {
    const alt = str(f, 'screenMessageAlt')
    const n = num(f, 'count') || count(f)
    return (
      `The password contains ${plural(n, 'character that cannot', 'characters that cannot')} be used. You can only use half-width upper-case letters, lower-case letters and digits, and certain half-width symbols.` +
      (alt ? ` (The real screen may also show ${glossed(alt)}.)` : '')
    )
  },
  'missing-class': (f) => {
    const missing = str(f, 'missing')
      .split(',')
      .filter((c): c is RequiredClass => c in CLASS_NAMES)
      .map((c) => CLASS_NAMES[c])
    return `The password has ${list(missing.map((m) => `no ${m}`))}. Full-width letters and digits do not count.`
  },
  // The real screen's message for a too-short password is not published (the FAQ quotes none), so
  // this is our own wording, not a quotation.
  'too-short': (f) =>
    `It is ${chars(num(f, 'length'))} long now. Make it at least ${chars(num(f, 'min'))} long (${num(f, 'min') - num(f, 'length')} more).`,
  'too-long': (f) => `It is ${chars(num(f, 'length'))} long now. Make it no more than ${chars(num(f, 'max'))} long.`,
  'confirm-empty': () =>
    'The 「新しいパスワード(確認)」 (“New password (confirm)”) field is empty. Type the same password there again.',
  'confirm-mismatch': (f) => {
    const cause = str(f, 'cause') as DifferenceCause
    return `The two fields are different from character ${num(f, 'position')} on. ${DIFFERENCE_CAUSE_TEXT[cause] ?? DIFFERENCE_CAUSE_TEXT.other}`
  },
}

/** The label of one rule in the page's rule list / live checklist. */
export const passwordRuleLabel: CheckersArea['passwordRuleLabel'] = (rule) => {
  const labels: Record<PasswordRuleCode, () => string> = {
    'min-length': () => `At least ${chars(Number(rule.data.min))}`,
    'max-length': () => `No more than ${chars(Number(rule.data.max))}`,
    'require-upper': () => `At least 1 ${CLASS_NAMES.upper}`,
    'require-lower': () => `At least 1 ${CLASS_NAMES.lower}`,
    'require-digit': () => `At least 1 ${CLASS_NAMES.digit}`,
    'allowed-chars': () => `Only half-width letters and digits, and these half-width symbols: ${rule.data.symbols}`,
  }
  return labels[rule.code]()
}

/** Said beside a rule whose value is our default rather than published by the university. */
export const PASSWORD_RULE_UNPUBLISHED_NOTE: CheckersArea['PASSWORD_RULE_UNPUBLISHED_NOTE'] =
  'The list of symbols you can use has not been published, so this page assumes that you can use the symbols listed above. The official list is in the 「パスワードルール」 (“Password rules”) box at the bottom left of the real screen, under 「■パスワードに使用できる文字」 (“■ Characters you can use in a password”).'

/** Where the rules come from, shown with the rule list. */
export const PASSWORD_RULES_SOURCE: CheckersArea['PASSWORD_RULES_SOURCE'] = `The length of at least ${chars(PASSWORD_MIN_LENGTH)} comes from the university's security guidance. The need for at least one upper-case letter, one lower-case letter and one digit comes from the error message on the real screen. The official rules are the 「パスワードルール」 (“Password rules”) on the real screen.`

/** Shown when every rule passes: what comes next on the real screen. */
export const PASSWORD_ALL_CLEAR: CheckersArea['PASSWORD_ALL_CLEAR'] = `Your password meets all the rules. On the real 「パスワード変更」 (“Password change”) screen too, type the same password twice, type your password recovery email address, and continue. An email with a confirmation code (the password reset notice email, パスワード再設定通知メール) is sent to that address. The confirmation code is valid for about ${plural(Math.round(CONFIRMATION_CODE_VALIDITY_MS / 60_000), 'minute', 'minutes')}.`

/** Advice, kept apart from the rules: what makes a password good, beyond what the system requires. */
export const PASSWORD_ADVICE: CheckersArea['PASSWORD_ADVICE'] = {
  heading: 'Tips for a good password (these are not rules)',
  items: [
    'Longer passwords are harder to break. A long passphrase made of several words that are easy to remember is stronger than a short, complicated password.',
    'Do not reuse a password that you use for other services. If it leaks from one place, it can be used everywhere else too.',
    'Do not include anything other people could know, such as your OMUID, student or staff number, name or birthday.',
  ],
}

/** About the 現在のパスワード field, which cannot be checked here. */
export const CURRENT_PASSWORD_NOTE: CheckersArea['CURRENT_PASSWORD_NOTE'] =
  'In 「現在のパスワード」 (“Current password”), type the temporary password that you checked on the 「OMUID・仮パスワード確認画面」 (“OMUID and temporary password check screen”). This page cannot check whether it is correct. If the real screen says 「パスワードが正しくありません。」 (“The password is incorrect.”), check your temporary password again, then copy and paste it.'

// ---------------------------------------------------------------------------------------------------
// Recovery email
// ---------------------------------------------------------------------------------------------------

/** Display names of the carriers. */
export const CARRIER_NAMES: CheckersArea['CARRIER_NAMES'] = {
  docomo: 'docomo',
  au: 'au',
  softbank: 'SoftBank',
  rakuten: 'Rakuten Mobile',
  uq: 'UQ mobile',
  ymobile: 'Y!mobile',
}

const LABEL_PROBLEM_TEXT: Record<LabelProblem, string> = {
  empty: 'After “@”, there are two “.” in a row, or a part that starts with “.”.',
  char: 'After “@”, there is a character that cannot be used. Only letters, digits and “-” (hyphen) are allowed there.',
  hyphen: 'After “@”, a part between dots starts or ends with “-”.',
  'too-long': 'After “@”, one of the parts between dots is too long.',
}

// The spam filter settings are the carriers' own Japanese screens: their names are quoted in 「」 with a gloss.
const otherCarrierFilter = (carrier: Carrier): string =>
  `In the spam filter settings of ${CARRIER_NAMES[carrier]}, allow email from ${ALLOW_SENDER_DOMAIN} (check your carrier's guide for the name of the setting).`

/** Email help: why not an OMU address, carrier filter reminders, what to do with no address. */
export const EMAIL_HELP: CheckersArea['EMAIL_HELP'] = {
  whyNotOmu: `Your password recovery email address is used to reissue your password if you forget it. If you register a university address (@${OMU_MAIL_DOMAINS[0]}, @st.${OMU_MAIL_DOMAINS[0]} and so on), you cannot read that email once you have forgotten your password, so you cannot get a new one. Register an address you use personally, such as your mobile carrier's email, your internet provider's email or Gmail.`,
  carrierFilter: {
    docomo: `In the docomo mail spam filter settings, add ${ALLOW_SENDER_DOMAIN} to 「受信リスト」 (“receiving list”). The 「なりすまし拒否」 (“reject spoofed email”) setting can also stop the email.`,
    au: `In the au mail spam filter settings, add ${ALLOW_SENDER_DOMAIN} to 「受信リスト」 (“receiving list”). The 「なりすまし規制」 (“spoofed email restriction”) setting can also stop the email.`,
    softbank: `In the SoftBank spam filter settings, add ${ALLOW_SENDER_DOMAIN} to 「受信許可リスト」 (“list of allowed senders”). But if 「なりすまし拒否」 (“reject spoofed email”) is on, it comes before the list of allowed senders and the email is stopped. In that case, allow it in the rescue list (救済リスト).`,
    rakuten: otherCarrierFilter('rakuten'),
    uq: otherCarrierFilter('uq'),
    ymobile: otherCarrierFilter('ymobile'),
  },
  spamFolder: 'If it does not arrive, also check your spam folder.',
  notArriving: [
    'Is the email address you registered correct?',
    'Is the email in your spam folder?',
    `Do your email settings accept email from “@${ALLOW_SENDER_DOMAIN}”?`,
  ],
  noAddressHeading: 'If you do not have an email address',
  noAddress: [
    'Check again whether you have an email address that comes with your mobile phone or smartphone (carrier email).',
    'If you have no address, first make a free one yourself, such as Gmail, and then register it.',
  ],
}

/** Wording for every email finding code. */
export const emailText: CheckersArea['emailText'] = {
  empty: () => 'No email address has been entered.',
  'leading-trailing-space': (f) => {
    const where = list([num(f, 'leading') > 0 ? 'start' : '', num(f, 'trailing') > 0 ? 'end' : ''].filter(Boolean))
    return `There is blank space (spaces, line breaks or invisible characters) at the ${where} of the address. Remove it before you register.`
  },
  char: (f) =>
    `${count(f) === 1 ? '1 character is not a half-width letter, digit or symbol' : `${count(f)} characters are not half-width letters, digits or symbols`}. If Japanese input is on while you type, “@” and “.” can become full-width (“＠”, “．”) or turn into “。” and “ー”.`,
  'missing-at': () => 'There is no “@”. An email address has the form “name@domain” (for example …@gmail.com).',
  'multiple-at': (f) => `There are ${num(f, 'count')} “@” signs. An address has only one “@”.`,
  'missing-local': () => 'There is nothing before “@”.',
  'local-char': (f) =>
    `Before “@”, there ${count(f) === 1 ? 'is 1 symbol' : `are ${count(f)} symbols`} that cannot be used in an email address.`,
  'local-length': (f) =>
    `The part before “@” is ${chars(num(f, 'length'))} long. You can only register it with ${num(f, 'min')} to ${chars(num(f, 'max'))}.` +
    (num(f, 'length') > num(f, 'max') ? ' You cannot use this address, so register a different one.' : ''),
  'legacy-dots': (f) => {
    // Each form names its own place, so the sentence does not.
    const forms = [
      num(f, 'leading') ? 'a “.” at the start' : '',
      num(f, 'consecutive') ? '“..” (two dots in a row)' : '',
      num(f, 'beforeAt') ? 'a “.” just before “@”' : '',
    ].filter(Boolean)
    return `The address has ${list(forms)}. Old docomo and au addresses have this form, but many systems do not accept it: you may not be able to register it, or the email may not arrive. We recommend registering a different address (such as Gmail).`
  },
  'missing-domain': () => 'There is nothing after “@” (the domain).',
  'domain-trailing-dot': () => 'There is a “.” at the end of the address. Remove it.',
  'missing-tld': (f) => `The part after “@”, “${str(f, 'domain')}”, has no “.” (for example: gmail.com, docomo.ne.jp).`,
  'domain-label': (f) => LABEL_PROBLEM_TEXT[str(f, 'reason') as LabelProblem] ?? LABEL_PROBLEM_TEXT.char,
  'bad-tld': (f) => `The last part, “.${str(f, 'tld')}”, does not look right. It should be 2 or more letters (for example .com, .jp).`,
  'omu-domain': (f) => `“${str(f, 'domain')}” is a university email address. ${EMAIL_HELP.whyNotOmu}`,
  'predecessor-domain': (f) =>
    `“${str(f, 'domain')}” is an email address of a university that OMU was formed from. Like a university address, you may not be able to read it once you have forgotten your password. We recommend an address you use personally.`,
  'did-you-mean': (f) => `Did you mean “${str(f, 'domain')}”? This may be a typo.`,
  'carrier-filter': (f) => {
    const carrier = str(f, 'carrier') as Carrier
    return [EMAIL_HELP.carrierFilter[carrier] ?? '', EMAIL_HELP.spamFolder].filter(Boolean).join(' ')
  },
}

// ---------------------------------------------------------------------------------------------------
// Setup key
// ---------------------------------------------------------------------------------------------------

const keyLetters = [...SETUP_KEY_ALPHABET].filter((c) => /[A-Z]/.test(c))
const keyDigits = [...SETUP_KEY_ALPHABET].filter((c) => /[0-9]/.test(c))
const KEY_LETTERS = `${keyLetters[0]}–${keyLetters[keyLetters.length - 1]}`
const KEY_DIGITS = `${keyDigits[0]}–${keyDigits[keyDigits.length - 1]}`
const KEY_UNUSED_DIGITS = list([...'0123456789'].filter((d) => !keyDigits.includes(d)), 'or')

/** Wording for every setup-key finding code. */
export const setupKeyText: CheckersArea['setupKeyText'] = {
  empty: () => 'No setup key has been entered.',
  'edge-space': (f) => {
    const where = list([num(f, 'leading') > 0 ? 'start' : '', num(f, 'trailing') > 0 ? 'end' : ''].filter(Boolean))
    return `There are spaces or line breaks at the ${where} of the key. They often come along when you copy the key, and they are the most common cause of 「無効なキー」 (“Invalid key”).`
  },
  'inner-space': () =>
    'There are spaces or line breaks inside the key. Some apps do not accept them, so it is safest to use the key with them removed.',
  separator: () =>
    'The key contains “-” (hyphen). It only splits the key into groups to make it easier to read; it is not part of the key. Like spaces, remove it and use the key without it.',
  // Only what applies to these characters: full-width forms are made half-width; 0, 1, 8 and 9 are
  // probably misread letters; anything else must be copied again.
  char: (f) => {
    const all = count(f)
    const wide = num(f, 'fullwidth')
    const misread = num(f, 'misread')
    const parts = [
      `The setup key contains ${plural(all, 'character', 'characters')} that keys do not use. A key is made only of the letters ${KEY_LETTERS} and the digits ${KEY_DIGITS} (lower case is fine).`,
    ]
    if (wide > 0) {
      parts.push(
        wide === all
          ? 'The full-width characters are made half-width in the fixed key.'
          : `${wide === 1 ? '1 of them is a full-width character' : `${wide} of them are full-width characters`}, made half-width in the fixed key.`,
      )
    }
    if (misread > 0) parts.push(`Keys never use ${KEY_UNUSED_DIGITS}: they may be the letters O, I or B, misread.`)
    if (all - wide - misread > 0 && (wide > 0 || misread > 0)) parts.push('For the other characters, copy the key again.')
    return parts.join(' ')
  },
  padding: () => '“=” only comes at the very end of a key. There is an “=” in the middle, so copy the key out again.',
  length: (f) =>
    `The key is ${chars(num(f, 'length'))} long. A key never has this many characters, so a character is missing or there is one too many. Copy the key again.`,
}

/** The FAQ's points shown next to the setup-key checker. */
export const SETUP_KEY_HELP: CheckersArea['SETUP_KEY_HELP'] = {
  pasteAgain: 'Copy the fixed key and paste it into the key field in Google Authenticator again.',
  otpNotMailed: `The one-time password is not sent to you by email or in any other way. Open Google Authenticator: the ${OTP_DIGITS}-digit number shown under 「大阪公立大学(OMUID)」 (“Osaka Metropolitan University (OMUID)”) is your one-time password.`,
  severalDevices: 'You can register the same QR code (or setup key) on more than one device.',
  reissue:
    'If you press 「再発行」 (“Reissue”) on the QR code page, the one-time passwords on every device you have registered stop working. After you reissue, register again on all your devices.',
}

// ---------------------------------------------------------------------------------------------------
// OMUID
// ---------------------------------------------------------------------------------------------------

/** An OMUID shape in words, from its runs: “2 letters + 5 digits”. */
const shapeWords = (runs: readonly (readonly ['letter' | 'digit', number])[]): string =>
  runs.map(([kind, n]) => (kind === 'letter' ? plural(n, 'letter', 'letters') : plural(n, 'digit', 'digits'))).join(' + ')
const SHAPE_LIST = list(
  OMUID_SHAPES.map((s) => `“${shapeWords(s.runs)}”`),
  'or',
)
const LENGTHS = `${list(OMUID_LENGTHS, 'or')} characters`

/** Wording for every OMUID finding code. */
export const omuidText: CheckersArea['omuidText'] = {
  empty: () => 'No OMUID has been entered.',
  space: () => 'There are spaces or line breaks. An OMUID has no spaces.',
  fullwidth: () => 'There are full-width letters or digits. An OMUID has only half-width letters and digits.',
  char: () => 'There are characters that an OMUID does not use. An OMUID has only half-width letters and digits.',
  'looks-like-number': (f) =>
    `It is only digits (${plural(num(f, 'length'), 'digit', 'digits')}). Is this your student number or staff number? Your OMUID is something else: a mix of letters and digits, ${LENGTHS} long.`,
  length: (f) => `It has ${chars(num(f, 'length'))}. An OMUID has ${LENGTHS}.`,
  'letter-for-digit': () =>
    'Where a digit should be, there is the letter “O” (oh), “l” (small L) or “I” (capital i). Did you mean the digit “0” or “1”?',
  'digit-for-letter': () =>
    'Where a letter should be, there is the digit “0” or “1”. Did you mean the letter “O” (oh), “I” (capital i) or “l” (small L)?',
  shape: () => `It does not match any OMUID shape (${SHAPE_LIST}).`,
}

/** The FAQ's points shown next to the OMUID checker. */
export const OMUID_HELP: CheckersArea['OMUID_HELP'] = {
  shapes: `An OMUID has ${LENGTHS}, only half-width letters and digits, in one of these shapes: ${SHAPE_LIST}.`,
  notNumber: 'Your OMUID is not the same as your student number or staff number.',
  copyPaste: 'Do not type your OMUID and temporary password by hand: it is best to copy them from the screen and paste them.',
  caseNote: 'This page does not check upper and lower case. Type the letters exactly as they are shown.',
}

/** All finding wording, by checker. */
export const checkerText: CheckersArea['checkerText'] = {
  password: passwordText,
  email: emailText,
  setupKey: setupKeyText,
  omuid: omuidText,
}
