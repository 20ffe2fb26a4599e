/** Titles and descriptions of the tool pages, by route name (English). */
import { CONFIRMATION_CODE_VALIDITY_MS, REFLECTION_WAIT_MS } from '@/lib/rules'
import type { PageTitles } from '..'

const minutes = (ms: number): number => Math.round(ms / 60_000)
const aboutMinutes = (ms: number): string => (minutes(ms) === 1 ? 'about 1 minute' : `about ${minutes(ms)} minutes`)

export const pageTitles: PageTitles = {
  companion: {
    title: 'Prepare and go through the procedure',
    description: 'What to have at hand, then the real screens in order. Your progress stays on this device.',
  },
  search: {
    title: 'Search',
    description:
      'Find questions in the start-up procedure FAQ by the words on your screen or by what is wrong. Search works without a connection.',
  },
  'setup-key': {
    title: 'Setup key check for 「無効なキー」 (“Invalid key”)',
    description:
      'When Google Authenticator says 「無効なキー」 (“Invalid key”), this finds spaces, full-width characters and invisible characters in the setup key you pasted, and removes them. The key is not saved or sent.',
  },
  omuid: {
    title: 'OMUID check',
    description:
      'Checks that your OMUID has one of its 3 shapes, that it is not your student or staff number, and that it has no full-width characters, no spaces and no 0 and O mixed up. What you type is not saved or sent.',
  },
  password: {
    title: 'Password change practice',
    description:
      'Try a new password in the same fields as the real 「パスワード変更」 (“Password change”) screen, and see beforehand which errors the screen shows and how to fix them. What you type is not saved or sent.',
  },
  email: {
    title: 'Password recovery email check',
    description:
      'Before you register it, check your address for a full-width ＠, typos, a university address, and old-style addresses that are often refused. What you type is not saved or sent.',
  },
  timers: {
    title: 'Timers (confirmation code, waiting for the change)',
    description: `Times how long the confirmation code is valid (${aboutMinutes(CONFIRMATION_CODE_VALIDITY_MS)}) and the wait for a password change to be applied (${aboutMinutes(REFLECTION_WAIT_MS)}). The time left stays correct even when you switch apps.`,
  },
  inquiry: {
    title: 'Preparing an inquiry (IT Help Desk)',
    description:
      'When the FAQ does not solve your problem, this puts together what to choose in the inquiry form and the text of your inquiry. It works without a connection, and what you enter is not sent anywhere.',
  },
}
