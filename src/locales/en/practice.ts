/**
 * UI text of the password practice form and the recovery-email checker (their own pages, the embedded
 * field and the question-page widgets), in English. Finding wording itself lives in checkers.ts; the exact
 * on-screen messages live in faq/screen-messages.yaml. Numbers come from rules.ts, never typed here. The
 * practice form mirrors the real screen, so its field names are the screen's, in Japanese, with a gloss.
 */
import type { Severity } from '@/lib/findings'
import { CONFIRMATION_CODE_VALIDITY_MS } from '@/lib/rules'
import type { PracticeText } from '..'
import { glossOf } from '@/content/editions/en/screenGlosses'
import { SEVERITY_LABELS } from './checkers'

/** Per-severity counts of one field's findings, for the spoken summary. */
export type SeverityCounts = Record<Severity, number>

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

// "2 errors and 1 warning" (zero counts left out), or '' when there is nothing.
function countsText(c: SeverityCounts): string {
  const parts = (['error', 'warning', 'info'] as const)
    .filter((s) => c[s] > 0)
    .map((s) => plural(c[s], SEVERITY_LABELS[s].toLowerCase(), `${SEVERITY_LABELS[s].toLowerCase()}s`))
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

const codeMinutes = plural(Math.round(CONFIRMATION_CODE_VALIDITY_MS / 60_000), 'minute', 'minutes')

export const practiceText = {
  // Shared by both forms.
  submit: 'Check',
  // Said above the exact messages, so it is clear they are the real screen's words, not ours.
  screenCaption: 'On the real screen, this appears in red under the field:',
  screenEitherNote: 'The real screen shows one of these two.',
  or: 'or',
  // After a red line of the real screen (Japanese, exactly as shown): what it means ('' when unknown).
  screenGloss: (text: string) => {
    const gloss = glossOf(text)
    return gloss ? `Meaning: “${gloss}”` : ''
  },
  ourWordingNote: 'This sentence is our own explanation. The message the real screen shows in this case has not been published.',
  moreChars: (n: number) => (n === 1 ? 'There is 1 more character.' : `There are ${n} more characters.`),
  fixResultLabel: 'After the fix: ',
  // Announced before the summary of the new check, so it ends with a space.
  fixedAnnounce: (field: string) => `Fixed: ${field}. `,
  privacy: 'What you type on this page is never sent off this device and never saved. It is cleared when you go to another page.',

  password: {
    pageTitle: 'Password change practice',
    lead: 'Try your new password and your password recovery email address beforehand, in the same fields as the real 「パスワード変更」 (“Password change”) screen. When you press “Check”, you see the message the real screen would show, and how to fix it. Your password is not changed here.',
    formLabel: 'Password change (practice)',
    currentHeading: '「現在のパスワード」 (“Current password”)',
    newLabel: '「新しいパスワード」 (“New password”)',
    confirmLabel: '「新しいパスワード(確認)」 (“New password (confirm)”)',
    showToggle: 'Show password',
    checklistHeading: 'Checks as you type',
    met: 'Done: ',
    unmet: 'Not yet: ',
    // Follows the rule's label directly.
    lengthNow: (n: number) => ` (now ${plural(n, 'character', 'characters')})`,
    rulesHeading: 'Password rules (what this page checks)',
    hiddenCharsNote: 'The password is hidden, so the characters themselves are not shown. Press “Show password” to see them.',
    mismatchNoReveal: 'Neither password is shown here.',
    allClearHeading: 'No problems found',
    emailOptional: '(If you are only practising the password, you can leave this empty. On the real screen you must fill it in.)',
    timersLink: `Timer for how long the confirmation code is valid (about ${codeMinutes})`,
    errorsFaqLink: 'What each error message on the screen means',
    /** What the one role="status" region says after Check, field by field (never the values). */
    summary: (fields: { newPassword: SeverityCounts; confirm: SeverityCounts; email: SeverityCounts }): string => {
      const errors = fields.newPassword.error + fields.confirm.error + fields.email.error
      const e = countsText(fields.email)
      if (errors === 0) {
        return 'Checked. No errors that the real screen would show were found.' + (e ? ` The password recovery email address has ${e}.` : '')
      }
      const part = (label: string, c: SeverityCounts): string => ` ${label}: ${countsText(c) || 'no problems'}.`
      return (
        'Checked.' +
        part('New password', fields.newPassword) +
        // The confirmation only has its own finding when empty; a mismatch is counted where the screen shows it.
        (countsText(fields.confirm) ? part('New password (confirm)', fields.confirm) : '') +
        part('Password recovery email address', fields.email) +
        ' How to fix each problem is shown under its field.'
      )
    },
  },

  email: {
    pageTitle: 'Password recovery email check',
    lead: 'Check your password recovery email address beforehand, before you register it on the 「パスワード変更」 (“Password change”) screen. It is the only way to reach you if you forget your password. Besides the errors the real screen shows, this also warns you about addresses where the email may not arrive.',
    label: '「パスワード再発行用メールアドレス」 (“Password recovery email address”)',
    hint: 'Example: taro@gmail.com (you cannot register a university email address)',
    omuWhyLink: 'Which email address should I register?',
    carrierLink: 'If the password reset notice email does not arrive',
    noAddressLink: 'If you do not have an email address',
    liveNote: 'After you press “Check” once, the result changes as you type.',
    okHeading: 'No problems found',
    cautionHeading: 'Before you register, read the “Warning” above',
    caution: 'The real screen accepts an address in this form, but if you register it with a typo, the email with the confirmation code will not arrive.',
    ok: `You can register an address in this form. When you register it on the real screen, an email with a confirmation code is sent to this address. The confirmation code is valid for about ${codeMinutes}.`,
    omuScreenNote: "The real screen may not show an error, but the university's FAQ tells you not to register this kind of address.",
    /** What the standalone checker's status region says after Check. */
    summary: (c: SeverityCounts): string => {
      const t = countsText(c)
      if (c.error === 0) return t ? `Checked. No errors, but found ${t}.` : 'Checked. No problems found.'
      return `Checked. Found ${t}. How to fix each problem is shown under the field.`
    },
  },

  widgets: {
    passwordHeading: 'Try your password beforehand',
    passwordLead:
      'Type a new password in the same fields as the real screen, and see which message appears and how to fix it. What you type is not sent or saved.',
    passwordLink: 'Open the password change practice',
    emailHeading: 'Check your email address now',
    emailLead: 'Check your password recovery email address before you register it. What you type is not sent or saved.',
  },
} as const satisfies PracticeText
