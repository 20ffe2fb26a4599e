/** Titles and descriptions of the tool pages, by route name. */
export const pageTitles: Record<string, { title: string; description: string } | undefined> = {
  timers: {
    title: 'タイマー（確認コード・反映待ち）',
    description: '確認コードの有効期限（5分程度）と、パスワード変更の反映待ち（5分程度）を計ります。アプリを切り替えても正しい残り時間を表示します。',
  },
}
