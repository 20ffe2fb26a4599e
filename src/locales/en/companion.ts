/**
 * UI text of the companion (/start), in English. The walk's own wording and facts come from the English FAQ
 * (faq/en/walk.yaml through virtual:faq-walk-text/en). The real screens' strings stay in Japanese in 「」,
 * followed by an English gloss.
 */
import walk from 'virtual:faq-walk-text/en'
import type { CompanionText } from '..'

export const companionText = {
  pageTitle: 'Prepare and go through the procedure',
  lead: 'What to have at hand before you start the start-up procedure (利用開始手続き), then the real screens in order: what each one shows, what to do, and the questions to read if you get stuck. Your progress stays on this device only (no password or email address you type is kept).',
  prepare: {
    heading: 'What to have at hand',
    lead: 'Tick each one when you have it.',
    items: {
      number: { label: 'Your student number (students) or staff number (faculty and staff)', hint: 'How to find it:' },
      guide: { label: 'The 「情報サービス利用開始案内」 (“Guide to starting information services”) (new students only)', hint: 'You need it to check your student number.' },
      email: { label: 'An everyday email address that is not your OMU email', hint: 'You register it for password recovery. Check it before you do.' },
      authenticator: {
        label: 'A smartphone with Google Authenticator installed (or a browser on a computer)',
        hint: 'Install it beforehand, where you have a good connection. Without a smartphone:',
      },
      'second-screen': {
        label: 'A way to scan the QR code',
        hint: 'A phone camera cannot scan the screen of the same phone. Show the QR code on another screen, such as a computer, or enter the setup key. When you paste the setup key:',
      },
      'off-campus': { label: 'The 2FA test, with the campus Wi-Fi off', hint: 'For the test:' },
    },
    check: 'Check it here',
    readQuestion: 'Read more',
    allReady: 'You have everything. Go on to the steps.',
    missing: (items: string) => `Still missing: ${items}`,
    missingSep: '; ',
  },
  walk: {
    heading: 'Screen by screen',
    listLabel: 'Steps',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    doneMark: ' (done)',
    shows: 'This screen',
    do: 'What to do',
    facts: 'From the FAQ',
    factSource: 'Source: ',
    open: 'Open',
    stuck: 'Stuck here?',
    complete: 'Done. Next',
    finish: 'Done. Finish',
    back: 'Previous step',
    current: (title: string) => `Current step: ${title}`,
  },
  summary: {
    heading: 'Well done',
    lead: 'You have finished the start-up procedure.',
    did: 'What you did:',
    password: 'From now on, you log in with your OMUID and the permanent password you chose during the procedure (not the temporary password).',
    phone: 'If you change smartphones later, or want one-time passwords on another device too:',
    review: 'Look at the steps again',
  },
  startOver: {
    button: 'Start over',
    confirm: 'Clear your ticks and progress and start over?',
    yes: 'Clear and start over',
    no: 'Cancel',
    done: 'Started over.',
    undo: 'Undo',
  },
  notices: {
    damaged: 'Part of the progress kept on this device could not be read, so that part was cleared.',
    dismiss: 'Close',
    memory: 'Progress cannot be kept on this device (because of browser settings). It is lost when you close the page.',
  },
  walkText: walk,
} satisfies CompanionText
