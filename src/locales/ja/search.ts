/**
 * UI text of the search (Japanese). This file is in the first-view bundle with the header's search box, so
 * text only the /search page needs lives in searchPage.ts, inside that page's lazy chunk.
 */

/** Text of the header's search box, also used by the /search page. */
export const searchText = {
  label: '困っていること・画面の表示で検索',
  placeholder: '画面の表示や困っていることを入力',
  submit: '検索',
  resultsLabel: '検索結果',
  preparing: '検索の準備をしています…',
  loadFailed: '検索の準備ができませんでした。電波のある場所で一度開くと、次からは電波がなくても検索できます。',
  found: (n: number) => `${n}件見つかりました`,
  notFound: '見つかりませんでした',
  seeAll: 'すべての検索結果を見る',
  searchTips: '探し方のヒントを見る',
} as const
