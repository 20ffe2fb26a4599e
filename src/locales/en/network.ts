/** UI text of the "is the one-time password screen not showing?" check (widget network-check), in English. */
import type { NetworkText } from '..'

export const networkText = {
  heading: 'If the 「ワンタイムパスワード入力」 (“Enter one-time password”) screen does not appear: check your connection now',
  lead: 'When you are connected to the campus network (OMUNET Wi-Fi, such as OMUNET-1X), the one-time password screen does not appear.',
  status: {
    wifi: 'This device is connected to Wi-Fi now. If it is the campus Wi-Fi (such as OMUNET-1X), the one-time password screen does not appear.',
    cellular:
      'This device is connected by mobile data now (your phone line). This is not the campus Wi-Fi, so go ahead and open the test page.',
    wired: 'This device is connected to a wired network now. If it is the campus network, the one-time password screen does not appear.',
    offline:
      'This device is not connected to the internet now. To open the test page, connect to a network that is not the campus network (such as mobile data).',
    unknown:
      'This browser cannot tell whether you are on Wi-Fi (for example, Safari on iPhone). Check the Wi-Fi icon at the top of the screen, or the Settings app.',
  },
  live: 'This message changes when your connection changes.',
  stepsHeading: 'If the screen does not appear',
  steps: [
    'Disconnect from the campus Wi-Fi (such as OMUNET-1X). On a smartphone, turn Wi-Fi off in Settings.',
    'Make sure you are connected by mobile data, or to a network outside the university (such as your Wi-Fi at home).',
    'Open the two-factor authentication test page again and log in.',
  ],
} as const satisfies NetworkText
