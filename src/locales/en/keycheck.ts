/**
 * UI text of the setup-key and OMUID checkers (the tool pages and the blocks shown on question pages), in
 * English. The wording of each finding is in checkers.ts (checkerText.setupKey / checkerText.omuid); the
 * FAQ's points shown beside the checkers (SETUP_KEY_HELP, OMUID_HELP) are there too and reused here.
 * Numbers and shapes come from rules.ts, never typed here.
 */
import type { Severity } from '@/lib/findings'
import { OMUID_LENGTHS } from '@/tools/omuid/omuid'
import { OMUID_SHAPES } from '@/lib/rules'
import type { KeycheckArea } from '..'
import { glossed } from '@/content/editions/en/screenGlosses'
import { OMUID_HELP, SETUP_KEY_HELP } from './checkers'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** Counts of findings in a short phrase for the live status, e.g. “2 errors and 1 warning”. */
function countText(counts: Partial<Record<Severity, number>>, labels: Record<Severity, string>): string {
  const parts = (['error', 'warning', 'info'] as const)
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => plural(counts[s] ?? 0, labels[s].toLowerCase(), `${labels[s].toLowerCase()}s`))
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

const OMUID_LENGTH_TEXT = `${OMUID_LENGTHS.join(' or ')} characters`

/** An OMUID shape in words, from its runs: “2 letters + 5 digits”. */
const shapeWords = (runs: readonly (readonly ['letter' | 'digit', number])[]): string =>
  runs.map(([kind, n]) => (kind === 'letter' ? plural(n, 'letter', 'letters') : plural(n, 'digit', 'digits'))).join(' + ')

/** Text shared by both checkers. */
export const keycheckCommon = {
  check: 'Check',
  clear: 'Clear',
  privacy: 'What you type is checked only on this device. It is not saved or sent, and it is cleared when you leave this page.',
  markedHeading: 'What you typed (characters with a problem are marked)',
  markedHint: 'The number under each mark is the position of the character, counted from the start.',
  findingsHeading: 'Problems found',
  // `m` is the real screen's message, in Japanese, exactly as the screen shows it: quoted, then glossed.
  screenMessage: (m: string) => `The real screen shows ${glossed(m)}.`,
  /** The live summary after a check. */
  summary: (counts: Partial<Record<Severity, number>>, labels: Record<Severity, string>) => `Found ${countText(counts, labels)}.`,
  faqHeading: 'Related questions',
  openTool: (name: string) => `Open the full page: ${name} (with explanations)`,
} as const satisfies KeycheckArea['keycheckCommon']

/** Text of the setup-key checker. */
export const setupKeyUi = {
  name: 'Setup key check',
  pageLead:
    'Use this when you enter a setup key in Google Authenticator and it says 「無効なキー」 (“Invalid key”). It checks the key you pasted for characters that are not part of a key (spaces, line breaks, full-width characters, invisible characters and so on), and prepares the key with them removed.',
  widgetLead: 'Paste the key you copied here to check it for extra spaces or characters.',
  label: 'Setup key',
  hint: 'Paste the setup key shown on the QR code page, exactly as it is. Lower case is fine.',
  ok: 'No spaces, and no characters that keys do not use, were found.',
  okAfter: 'If it still says 「無効なキー」 (“Invalid key”), copy the key from the QR code page again.',
  cleanedHeading: 'Fixed key',
  cleanedLabel: 'Fixed key (read-only)',
  cleanedWhat:
    'This is the key with spaces, line breaks and invisible characters removed, full-width characters made half-width, and lower case made upper case.',
  cleanedStillBad: 'Even after fixing it automatically, this is not a key that works. Look at the QR code page and copy the key out again.',
  pasteAgain: SETUP_KEY_HELP.pasteAgain,
  copy: 'Copy',
  copied: 'The fixed key has been copied. Paste it into Google Authenticator.',
  copyFallback: 'It could not be copied automatically, so the fixed key is selected. Copy it with a long press (on a computer: Ctrl+C or ⌘+C).',
  helpHeading: 'About one-time passwords and setup keys',
  help: [SETUP_KEY_HELP.otpNotMailed, SETUP_KEY_HELP.severalDevices, SETUP_KEY_HELP.reissue],
  faq: ['invalid-key', 'otp-not-sent', 'multiple-devices'],
} as const satisfies KeycheckArea['setupKeyUi']

/** Text of the OMUID checker. */
export const omuidUi = {
  name: 'OMUID check',
  pageLead:
    'Use this when you cannot log in to the OMU authentication system, to check that the OMUID you are typing has the right shape. It checks that you have not typed your student number or staff number, and looks for full-width characters, spaces, and mix-ups such as the digit “0” and the letter “O”.',
  widgetLead: 'Check here that your OMUID has the right shape.',
  label: 'OMUID',
  hint: `${OMUID_LENGTH_TEXT}, half-width letters and digits. It is not your student number or staff number.`,
  ok: (shape: string) => `This matches an OMUID shape (${shape}).`,
  okAfter:
    'If you still cannot log in, do not type your OMUID and temporary password (or your own password) by hand: copy them from the screen and paste them.',
  fixHeading: 'Suggested fix',
  fixButton: (label: string, value: string) => `${label}: ${value}`,
  // Announced before the summary of the new check, so it ends with a space.
  fixApplied: (value: string) => `Changed it to “${value}”. `,
  shapesHeading: 'The 3 shapes of an OMUID',
  shapes: OMUID_SHAPES.map((s) => ({ id: s.id, label: shapeWords(s.runs), length: s.runs.reduce((n, [, k]) => n + k, 0) })),
  shapeLength: (n: number) => plural(n, 'character', 'characters'),
  shapeEntry: (label: string, length: string) => `${label} (${length})`,
  shapeMatched: 'Matches',
  helpHeading: 'About your OMUID',
  help: [OMUID_HELP.notNumber, OMUID_HELP.shapes, OMUID_HELP.copyPaste, OMUID_HELP.caseNote],
  faq: ['login-after-password-start', 'login-after-2fa-start', 'forgot-omuid-temp-password'],
} as const satisfies KeycheckArea['omuidUi']
