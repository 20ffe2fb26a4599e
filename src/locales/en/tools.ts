/** Names and one-line descriptions of the tools, as listed on the home page, by tool id (src/tools/registry.ts), in English. */
import type { ToolText } from '..'

export const toolText: ToolText = {
  'setup-key': {
    title: 'Setup key check',
    description: 'If you see 「無効なキー」 (“Invalid key”), find and remove extra spaces and characters in the key you pasted.',
  },
  omuid: {
    title: 'OMUID check',
    description: 'Check that your OMUID has the right shape, that it is not your student number, and that 0 and O are not mixed up.',
  },
  password: {
    title: 'Password change practice',
    description: 'Try your new password beforehand, and see which errors the screen shows and how to fix them.',
  },
  email: {
    title: 'Recovery email check',
    description: 'Before you register it, check for a full-width ＠, typos, a university address and more.',
  },
  timers: {
    title: 'Confirmation code and waiting timers',
    description: 'Shows the correct time left, even when you switch to your email app.',
  },
  inquiry: {
    title: 'Prepare an inquiry to the IT Help Desk',
    description: 'Just choose, and it puts together what to select in the form and the text to send. Works without a connection.',
  },
}
