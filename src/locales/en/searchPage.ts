/** UI text only the /search page uses (English); the shared text is in search.ts. */
import type { SearchPageText } from '..'

/** Text of the /search page: loaded with the page, not with the first view. */
export const searchPageText = {
  pageTitle: 'Search',
  resultsHeading: (q: string) => `Results for “${q}”`,
  emptyHint:
    'Type the words on your screen, or what is wrong, into the search box above (for example 「無効なキー」 (“Invalid key”), or “code not received”). Search works without a connection.',
  notFoundLead: (q: string) => `No question matched “${q}”.`,
  suggestionsHeading: 'Try this',
  suggestions: [
    'Type the words shown on the screen exactly as they are. Part of the message is enough.',
    'Use fewer words and make it shorter (for example “confirmation code” or “password change”).',
    'Choose the screen you are stuck on from the steps below.',
  ],
  browseSteps: 'Browse by step',
  contactLead: 'If that still does not help, see ',
  contactLink: 'how to contact the IT Help Desk',
  contactAfter: '.',
} as const satisfies SearchPageText
