/**
 * The real screens' messages the checkers quote, typed by key. Their text lives once, in
 * faq/screen-messages.yaml (the FAQ's frontmatter names the same entries); the build ships the ones listed
 * in ./screenMessageKeys.ts as virtual:screen-messages. Only checkers import this: it travels in their lazy chunk.
 */
import messages from 'virtual:screen-messages'

export type { AppScreenMessageKey } from './screenMessageKeys'

/** Message text by key, exactly as the real screen shows it (without 「」). */
export const screenMessages = messages
