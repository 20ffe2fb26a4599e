/** Wording next to external links: put into rendered answers at build time, and used by ExternalLink.vue (English). */
import type { ContentText } from '..'

// Each note follows the link text directly, so it starts with a space.
export const contentText = {
  externalNote: ' (another site; needs a connection)',
  unknownLinkNote: ' (its address is not published, so this opens the official FAQ page, in Japanese: open it from there)',
  unknownLinkNoteAgain: ' (opens the official FAQ page)',
  officialFaqLabel: 'Official FAQ (in Japanese)',
} as const satisfies ContentText
