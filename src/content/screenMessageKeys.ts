/**
 * The on-screen messages the app's own code quotes (the checkers show them under a field, as the real
 * screen would), by their key in faq/screen-messages.yaml. The build fails when one of them is missing
 * there, and virtual:screen-messages ships exactly these, so the checkers read them typed, by key.
 * No imports: the build plugin (Node) reads this list too.
 */
export const APP_SCREEN_MESSAGES = [
  'disallowed-char',
  'not-allowed-char',
  'missing-class',
  'confirm-mismatch',
  'email-format',
  'email-local-length',
  'invalid-key',
] as const

export type AppScreenMessageKey = (typeof APP_SCREEN_MESSAGES)[number]
