/** UI text only the /search page uses (Japanese); the shared text is in search.ts. */

/** Text of the /search page: loaded with the page, not with the first view. */
export const searchPageText = {
  pageTitle: '検索',
  resultsHeading: (q: string) => `「${q}」の検索結果`,
  emptyHint:
    '画面に出ている言葉や、困っていることを上の検索欄に入力してください（例：「無効なキー」「確認コードが届かない」）。電波がなくても検索できます。',
  notFoundLead: (q: string) => `「${q}」に合う質問は見つかりませんでした。`,
  suggestionsHeading: '次のように試してみてください',
  suggestions: [
    '画面に表示されている言葉を、そのまま入力してみてください。一部だけでも探せます。',
    '言葉を減らして、短くしてみてください（例：「確認コード」「パスワード 変更」）。',
    '困っている画面を、下の手順から選んでみてください。',
  ],
  browseSteps: '手順から探す',
  contactLead: 'それでも解決しないときは、',
  contactLink: 'ITヘルプデスクへの問い合わせ方',
  contactAfter: 'をご覧ください。',
} as const
