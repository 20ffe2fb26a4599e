/**
 * UI text of the search (English). This file is in the first-view bundle with the header's search box, so
 * text only the /search page needs lives in searchPage.ts, inside that page's lazy chunk.
 */
import type { SearchText } from '..'

/** Text of the header's search box, also used by the /search page. */
export const searchText = {
  label: 'Search by your problem or by what the screen says',
  placeholder: 'Type what the screen says or what is wrong',
  submit: 'Search',
  resultsLabel: 'Search results',
  preparing: 'Getting search ready…',
  loadFailed: 'Search could not get ready. Open it once where you have a connection; after that, search works without one.',
  found: (n: number) => (n === 1 ? '1 result found' : `${n} results found`),
  notFound: 'No results found',
  seeAll: 'See all search results',
  searchTips: 'See search tips',
} as const satisfies SearchText
