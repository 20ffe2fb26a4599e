/** UI text of the app frame and the FAQ pages (English). */
import type { AppText } from '..'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const pad2 = (n: number): string => String(n).padStart(2, '0')
const characters = (n: number): string => (n === 1 ? '1 character' : `${n} characters`)

// '2026-12-02' → '2 December 2026', by hand (no Intl, as the Japanese file avoids it); anything else as it is.
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso
}

export const appText = {
  siteName: 'Start-up Procedure Helper',
  siteNameShort: 'Start-up Helper',
  unofficial: 'Unofficial',
  skipToContent: 'Skip to main content',
  languageSwitchLabel: 'Other languages',
  home: 'Home',
  homeTitle: 'When you are stuck in the start-up procedure',
  homeLead:
    'A guide for when you get stuck in the Osaka Metropolitan University start-up procedure 「利用開始手続き」 (changing your OMUID password and setting up two-factor authentication) because you do not understand what the screen says. It is based on the official FAQ and sorted by the steps of the procedure. Once you have opened it, it works without a connection.',
  homeWho: 'For: new students, new faculty and new staff who have not finished the start-up procedure yet',
  companionLink: 'About to start the procedure? Prepare, then go through it screen by screen',
  companionResume: 'Continue: ',
  companionResumePlain: 'Continue where you left off',
  homeFinished: 'If you have already finished the procedure, see ',
  homeFinishedLink: 'the FAQ about logging in',
  homeFinishedAfter: '.',
  stepsHeading: 'Which screen are you stuck on?',
  stepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  contactStepLabel: 'If nothing helps',
  toolsHeading: 'Check it yourself now',
  questionsCount: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
  prevStep: 'Previous step',
  nextStep: 'Next step',
  backToStep: (title: string) => `Back to the questions on “${title}”`,
  notResolved: 'If this does not solve your problem',
  notResolvedLink: 'How to contact the IT Help Desk',
  inquiryFromQuestion: 'Write an inquiry about this problem',
  audience: 'For',
  related: 'Related questions',
  source: 'Source: ',
  checked: (date: string) => `Content checked on ${longDate(date)}`,
  translationChecked: (source: string, translation: string) =>
    `Content checked against the official page on ${longDate(source)}. This English page was last checked against the Japanese page on ${longDate(translation)}.`,
  sourceExplain:
    'We have summarised the official page in our own words. What the screens say is quoted exactly as it appears, in Japanese, with an English translation.',
  bodyLoading: 'Loading the answer…',
  tapWaiting: 'Loading this part. What you pressed will happen as soon as it has loaded.',
  bodyFailed: 'The answer could not be loaded. Go somewhere with a better signal and try again.',
  retry: 'Load again',
  notFoundTitle: 'Page not found',
  notFoundLead:
    'We could not find the page you are looking for. The address may have changed, or it may have a typo. Choose the screen you are stuck on from the steps below.',
  offlineLink: 'You are offline now, so pages on other sites cannot open. Tap the link again when you have a connection.',
  footerNote:
    'This app is not an official app of Osaka Metropolitan University. Its content is based on the official pages, but check the official pages for the latest information and for the procedure screens themselves.',
  footerOfficial: 'Official page (in Japanese): 「利用開始手続きで困ったときは」 (“If you have trouble with the start-up procedure”)',
  offlineReady: 'This app now works offline. You can open every page without a connection.',
  offlineState: 'Works offline',
  // By hand, as the Japanese file does (no Intl date format: see there). Follows 'Works offline' directly.
  offlineSavedAt: (time: Date) =>
    ` (saved on this device on ${time.getDate()} ${MONTHS[time.getMonth()]} at ${pad2(time.getHours())}:${pad2(time.getMinutes())})`,
  offlinePreparing: 'Saving to this device so that it works offline…',
  offlineSaveFailed: 'Saving for offline use stopped before it finished. It will try again automatically when you are back online.',
  offlineProtected: 'This saved copy is protected: the browser will not delete it automatically.',
  offlineUnprotected:
    'This saved copy is not protected. The browser may delete it when storage space runs low, or when you have not used it for a long time.',
  offlineProtectionUnknown: 'We could not find out whether the browser may delete this saved copy automatically.',
  // iOS menus are in the phone's own language (English for this reader), so their names are in English here.
  homeScreenSummary: 'On iPhone and iPad, add this app to your Home Screen so that it is less likely to be deleted',
  homeScreenWhy:
    'If you only open it in Safari, the saved data may be deleted after about 7 days without use. If you add it to your Home Screen and open it from that icon, it is less likely to be deleted.',
  homeScreenSteps: [
    'Tap the Share button in Safari (a square with an arrow pointing up). If you cannot see it, tap the “…” button first.',
    'In the menu, choose “Add to Home Screen” (if you cannot see it, scroll down the menu).',
    'Tap “Add”.',
    'From now on, open it from the icon on your Home Screen.',
  ],
  updateReady: 'A new version is available.',
  updateWarning:
    'Updating reloads the page. Anything you are typing, such as a password, is not saved and will be lost (timers keep running).',
  updateNow: 'Update',
  later: 'Later',
  close: 'Close',
  breadcrumb: 'Breadcrumb',
  colon: ': ',
  documentTitle: (page: string, site: string) => `${page} | ${site}`,
  homeDocumentTitle: (site: string, home: string) => `${site} | ${home}`,
  mainNav: 'Main menu',
  limitPasted: (max: number) =>
    `This field holds up to ${characters(max)}. The end of what you pasted did not fit, so it was left out.`,
  limitTyped: (max: number) => `This field holds up to ${characters(max)}. You cannot type any more.`,
} as const satisfies AppText
