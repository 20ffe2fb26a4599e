/** Names and one-line descriptions of the tools, as listed on the home page, by tool id (src/tools/registry.ts). */
export const toolText: Record<string, { title: string; description: string } | undefined> = {
  'setup-key': {
    title: 'セットアップキーのチェック',
    description: '「無効なキー」と出たら、貼り付けたキーの余計なスペースや文字を見つけて取り除きます。',
  },
  omuid: {
    title: 'OMUIDのチェック',
    description: 'OMUIDの形が正しいか、学籍番号や全角・0とOの取り違えがないか確かめます。',
  },
  password: {
    title: 'パスワード変更の練習',
    description: '新しいパスワードを前もって試し、画面に出るエラーと直し方がわかります。',
  },
  email: {
    title: '再発行用メールアドレスのチェック',
    description: '全角の＠や打ち間違い、大学のアドレスなど、登録前に確かめます。',
  },
  timers: {
    title: '確認コード・反映待ちのタイマー',
    description: 'メールアプリに切り替えても、残り時間が正しくわかります。',
  },
  inquiry: {
    title: 'ITヘルプデスクへの問い合わせ文の準備',
    description: '選ぶだけで、フォームで選ぶ項目と問い合わせ文がまとまります。電波がなくても作れます。',
  },
}
