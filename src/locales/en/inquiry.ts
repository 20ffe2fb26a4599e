/**
 * UI text of the help desk inquiry builder (/inquiry, the question-page link and the contact-page block),
 * and the wording of the prepared text, in English. The inquiry form is Japanese: its field names and
 * choices are facts quoted exactly (they live in src/tools/inquiry/inquiry.ts and are only placed into this
 * wording), each followed here by an English gloss.
 */
import type { InquiryArea } from '..'

// Glosses of the inquiry form's field names and choices (the Japanese is src/tools/inquiry/inquiry.ts's
// FORM_* constants; a test checks every one of them has a gloss here). Kept here rather than imported, so
// this file does not pull the inquiry tool's module into every chunk that shows the inquiry card.
const FORM_GLOSSES: Readonly<Record<string, string>> = {
  '7.お問い合わせの種類': '7. Type of inquiry',
  '8.質問内容': '8. Question details',
  '利用開始手続きについて(新入生・新規採用者向け)': 'About the start-up procedure (for new students and new hires)',
  '学籍番号確認システムについて(新入生向け)': 'About the student number check system (for new students)',
  'アカウントがロックされてしまった': 'My account has been locked',
}
/** 「the form's words」 (“their gloss”), or the quote alone for words without a gloss. */
const quoted = (s: string): string => (Object.hasOwn(FORM_GLOSSES, s) ? `「${s}」 (“${FORM_GLOSSES[s]}”)` : `「${s}」`)

/** The prepared text, line by line (see buildInquiry). */
export const inquiryWording: InquiryArea['inquiryWording'] = {
  formHeading: '[What to choose in the inquiry form]',
  formChoice: (field, choice) => `- ${quoted(field)}: ${quoted(choice)}`,
  contactHeading: '[Who to contact]',
  contact: {
    'help-desk': 'IT Help Desk (inquiry form)',
    personnel: 'If you do not know your staff number, contact the Human Resources Division (人事課), not the IT Help Desk.',
  },
  notes: {
    'personnel-if-number-unknown':
      '* If you do not know your staff number itself (the main number used in the procedure), contact the Human Resources Division (人事課).',
    'host-staff':
      '* If you have an individually issued ID and do not know your ID or temporary password, ask the faculty or staff member hosting you, or the person who applied for you.',
    'student-number-locked': `* Checking your student number once locks your account in the student number check system, so choose ${quoted('アカウントがロックされてしまった')}.`,
  },
  bodyHeading: '[Inquiry]',
  intro: 'I am contacting you because I cannot complete the start-up procedure (利用開始手続き).',
  step: (title) => `- Step (screen): ${title}`,
  problem: (title) => `- Problem: ${title}`,
  message: (text) => `- Message shown on the screen: 「${text}」`,
  triedHeading: '- FAQ questions I have already read and tried:',
  triedItem: (title) => `  - ${title}`,
  device: (text) => `- Device and browser: ${text}`,
  detailsHeading: '- Details:',
  reminder:
    '* Before you send: do not write any password (temporary or your own), and do not write your two-factor authentication setup key or QR code.',
}

/** Plain words for the device and browser read from the user agent. */
export const deviceNames: InquiryArea['deviceNames'] = {
  os: {
    iphone: 'iPhone',
    ipad: 'iPad',
    android: 'Android',
    windows: 'Windows',
    mac: 'Mac',
    chromeos: 'Chromebook',
    linux: 'Linux',
  },
  browser: {
    safari: 'Safari',
    chrome: 'Chrome',
    edge: 'Edge',
    firefox: 'Firefox',
    samsung: 'Samsung Internet',
    opera: 'Opera',
    line: 'browser inside the LINE app',
    instagram: 'browser inside the Instagram app',
    'google-app': 'Google app',
  },
}

/** Text of the /inquiry page and the links to it. */
export const inquiryText = {
  pageTitle: 'Prepare an inquiry',
  pageLead:
    'If the FAQ does not solve your problem, this puts together an inquiry to send to the IT Help Desk. What you choose and type is used only on this screen. It is not sent anywhere and not saved (it is cleared when you close the page).',
  offlineNote:
    'To open the inquiry form and send your inquiry, you need an internet connection. You can write the inquiry without one: copy it, paste it into a notes app or similar, and send it when you are online.',

  stepLabel: 'The step (screen) you are stuck on',
  stepNone: 'Not sure / another screen',
  problemLegend: 'Your problem',
  problemNone: 'Not in this list (describe it under “Details” below)',
  problemNeedsStep: 'Choose a step (screen) first, then you can choose from the FAQ questions of that step.',
  messageLabel: 'Message shown on the screen (optional)',
  messageHint: 'Paste the text on the screen (such as an error in red), or type it exactly as it appears, character for character.',
  messageChips: 'Messages this question explains (tap one to fill it in)',
  // `where` names the field or screen, in Japanese (faq/screen-messages.yaml).
  messageChipWhere: (where: string) => `${where}: `,
  // After the message, in Japanese as the screen shows it: what it means.
  messageChipGloss: (gloss: string) => ` (“${gloss}”)`,
  triedLegend: 'FAQ questions you have already read and tried',
  triedHint:
    'Questions you opened in this tab are already ticked (the record of opened questions is deleted when you close this tab).',
  triedEmpty: 'Choose a step (screen), and its questions appear here.',
  deviceLabel: 'Your device and browser',
  deviceHint: 'Read from this device. Correct it if it is wrong (for example: iPhone / Safari, Windows / Edge).',
  detailsLabel: 'Details (optional)',
  detailsHint: 'Say when it happened, on which screen, what you did and what happened then. This saves messages back and forth.',
  secret: {
    password:
      'Something here looks like a password. If it is a password, delete it. (If it is something else, such as a phone model, put a space in it, as in “iPhone 15”, and this warning goes away.)',
    'setup-key': 'Something here looks like a setup key. Do not send your setup key.',
  },
  secretName: { password: 'password', 'setup-key': 'setup key' },
  /**
   * What a removed part becomes, in the field and the text. Like the Japanese, it starts and ends with a
   * character that is not half-width (full-width brackets), so it never joins what surrounds it into
   * something that looks like a password or key again (see removeSecrets); what is inside has no digit.
   */
  secretRemoved: { password: '（password removed）', 'setup-key': '（setup key removed）' },
  removeSecret: (names: string[]) => `Delete what looks like a ${names.join(' or ')}`,
  fieldName: { message: 'Message shown on the screen', device: 'Your device and browser', details: 'Details' },
  copyHeld: (fields: string[]) => {
    const names = fields.map((f) => `“${f}”`)
    const list = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
    return `Not copied yet: ${list} ${names.length === 1 ? 'has' : 'have'} text that looks like a password or a setup key.`
  },
  copyHeldRemove: 'Delete the parts found, then copy',
  copyHeldEdit: 'Go back and edit without copying',

  planHeading: 'What to choose in the inquiry form',
  choiceOnScreen: (field: string, choice: string) => `In ${quoted(field)}, choose ${quoted(choice)}`,
  personnelHeading: 'Contact the Human Resources Division (人事課)',
  personnelLead:
    'You can find your staff number on your employment contract documents and notices, or on your staff ID card. If you still cannot find it, or you do not have these documents with you, contact the Human Resources Division (人事課), not the IT Help Desk.',
  formLinkBefore: "Open the IT Help Desk's ",
  formLinkAfter: ', choose the items above, and paste your inquiry.',

  outputHeading: 'Your inquiry',
  draftLanguageLegend: 'Language of the inquiry',
  draftLanguageHint:
    'The IT Help Desk’s inquiry form is in Japanese. You can also send your inquiry in Japanese: the steps, questions and headings are then written in Japanese, and what you typed yourself stays as you typed it. Nothing you entered is lost when you switch.',
  draftLanguagePage: 'English',
  draftLanguageHelpDesk: 'Japanese (for the help desk)',
  outputLabel: 'Inquiry text (copy it and send it)',
  copy: 'Copy the inquiry',
  copied: 'Copied',
  copyFailed: 'It could not be copied. The inquiry text is now selected: copy it with a long press (on a computer: Ctrl+C).',
  neverPasswordHeading: 'Do not write any password',
  neverPassword:
    'Never write your temporary password, your own password, or your two-factor authentication setup key or QR code in an inquiry.',

  // On question pages and the contact page.
  cardHeading: 'Prepare an inquiry',
  cardLead:
    'Choose the step and your problem, and this puts together what to choose in the form and the text of your inquiry. Works without a connection.',
  cardLink: 'Write an inquiry',
} as const satisfies InquiryArea['inquiryText']
