/** Names and one-line descriptions of the tools, as listed on the home page. */
export const toolText = {
  timers: {
    title: '確認コード・反映待ちのタイマー',
    description: 'メールアプリに切り替えても、残り時間が正しくわかります。',
  },
} as const
