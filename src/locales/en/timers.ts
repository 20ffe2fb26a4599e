/**
 * UI text of the countdowns (timers page, embedded timers, banner), in English. Minutes and the sender
 * domain are read from the rules module so the wording follows a rule change. Strings of the real screens
 * are quoted exactly in 「」 (with an English gloss) because users compare them with the screen.
 */
import type { CountdownKind } from '@/lib/countdown'
import { ALLOW_SENDER_DOMAIN, CONFIRMATION_CODE_VALIDITY_MS, REFLECTION_WAIT_MS } from '@/lib/rules'
import type { TimersText } from '..'

const minutes = (ms: number): number => Math.round(ms / 60_000)
const codeMin = minutes(CONFIRMATION_CODE_VALIDITY_MS)
const reflMin = minutes(REFLECTION_WAIT_MS)
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** "3 minutes 12 seconds" style wording for screen readers, where "3:12" is read poorly. */
function spoken(m: number, s: number): string {
  if (m === 0) return plural(s, 'second', 'seconds')
  return s === 0 ? plural(m, 'minute', 'minutes') : `${plural(m, 'minute', 'minutes')} ${plural(s, 'second', 'seconds')}`
}

export const timersText = {
  pageTitle: 'Timers',
  pageLead:
    "Times how long the confirmation code is valid, and the wait for a password change to be applied. You can run both at the same time. The time is measured with your device's clock, so if you switch to your email app or turn the screen off, the time left is correct when you come back. Works without a connection.",

  remainingLabel: 'Time left',
  spokenRemaining: (m: number, s: number) => `${spoken(m, s)} left`,
  expiredClock: 'Time is up',

  kinds: {
    code: {
      starterTitle: 'Time the confirmation code',
      starterLead: `When you click 「次へ」 (“Next”), an email with a confirmation code is sent to your password recovery email address. The confirmation code is valid for about ${plural(codeMin, 'minute', 'minutes')}. As soon as it has been sent, press the button below.`,
      startButton: 'I clicked 「次へ」 and the code was sent',
      timerTitle: 'Confirmation code: time left',
      progressLabel: 'Time left until the confirmation code expires',
      restart: 'I asked for a new code',
      finish: 'I have entered the code',
      close: 'Close the timer',
      expiredTitle: `The confirmation code's time (about ${plural(codeMin, 'minute', 'minutes')}) is up`,
      expiredLead: 'This code will probably not work any more. Get a new confirmation code like this:',
      resendSteps: [
        'On the confirmation code screen, click 「キャンセル」 (“Cancel”).',
        'You go back to the 「パスワード変更」 (“Password change”) or 「パスワード再設定」 (“Password reset”) screen. Fill in each field again and click 「次へ」 (“Next”).',
        'An email with a new confirmation code arrives at the password recovery email address you entered.',
      ],
      expiredAction: 'When the new code has been sent, press this button to start timing again.',
      mailHelpTitle: 'If the email does not arrive',
      mailHelpChecks: [
        'Is the email address you registered correct?',
        'Is the email in your spam folder?',
        `Do your email settings accept email from “@${ALLOW_SENDER_DOMAIN}”?`,
      ],
      mailHelpLink: 'What to check when the email does not arrive (details)',
      announce: {
        start: `Started timing the confirmation code. ${plural(codeMin, 'minute', 'minutes')} left.`,
        'one-minute': 'Less than 1 minute left for the confirmation code.',
        expired: 'The confirmation code has expired. The steps to get a new code are shown.',
      },
      bannerRunning: (mmss: string) => `Confirmation code: ${mmss} left`,
      bannerExpired: 'The confirmation code has expired',
    },
    reflection: {
      starterTitle: `Time the ${reflMin}-minute wait`,
      starterLead: `When the 「パスワード変更確認」 (“Password change check”) field shows 「未変更・反映待ち」 (“Not changed / waiting to be applied”), wait about ${plural(reflMin, 'minute', 'minutes')} for the password change to be applied.`,
      startButton: 'Start timing the wait',
      timerTitle: 'Waiting for the change: time left',
      progressLabel: 'Time left in the wait for the password change to be applied',
      restart: `Wait another ${plural(reflMin, 'minute', 'minutes')}`,
      finish: 'Stop timing',
      close: 'It shows 「変更済み」 (“Changed”) now',
      runningLead: `After about ${plural(reflMin, 'minute', 'minutes')}, press the refresh button next to 「未変更・反映待ち」 to check. Until then, you can leave this page.`,
      expiredTitle: `${plural(reflMin, 'minute has', 'minutes have')} passed. Press the refresh button to check`,
      expiredLead:
        'Press the refresh button next to 「未変更・反映待ち」 (“Not changed / waiting to be applied”) and check whether it shows 「変更済み」 (“Changed”).',
      stillWaitingTitle: 'If it still shows 「未変更・反映待ち」',
      stillWaitingSteps: [
        'Start again from 「パスワード変更を始める」 (“Start password change”).',
        'If changing the password still does not work, contact the IT Help Desk.',
      ],
      helpDeskLink: 'How to contact the IT Help Desk',
      announce: {
        start: `Started timing the ${reflMin}-minute wait.`,
        'one-minute': 'Less than 1 minute of the wait is left.',
        expired: `${plural(reflMin, 'minute has', 'minutes have')} passed. Press the refresh button and check whether it shows 「変更済み」 (“Changed”).`,
      },
      bannerRunning: (mmss: string) => `Waiting for the change: ${mmss} left`,
      bannerExpired: `The ${reflMin}-minute wait is over`,
    },
  },

  notices: {
    memoryOnly:
      'On this device (for example in private browsing), timers cannot be saved. If you reload or close the page, the timers are lost. Keep this page open until the timing is finished.',
    clockAdjusted: (kind: CountdownKind) =>
      `Your device's clock seems to have been set back. The time left is shown as no more than ${plural(minutes(kind === 'code' ? CONFIRMATION_CODE_VALIDITY_MS : REFLECTION_WAIT_MS), 'minute', 'minutes')}, but it may not be exact.`,
    damagedTitle: 'A saved timer could not be read',
    damagedAfter: 'So that no wrong time is shown, that timer was deleted. If you need it, start timing again.',
    damageReasons: {
      unreadable: 'The saved data was damaged and could not be read.',
      'wrong-shape': 'The saved data was in the wrong format.',
      'unknown-kind': 'An unknown kind of timer had been saved.',
      'not-a-number': 'A saved time was not a number.',
      'start-after-deadline': 'The start time was later than the end time.',
      'longer-than-duration': 'A timer longer than the real waiting time had been saved.',
      'deadline-too-far': "The end time was too far ahead (the device's clock may have been set back a lot).",
      duplicate: 'The same timer had been saved twice, so the newer one was kept.',
    },
    dismiss: 'Close this notice',
  },

  banner: {
    label: 'Running timers',
    openAside: ' (open the timers)',
    dismiss: 'Close this notice (the timers keep running)',
  },
} as const satisfies TimersText
