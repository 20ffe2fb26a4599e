/** Titles and descriptions of the tool pages, by route name. */
import { CONFIRMATION_CODE_VALIDITY_MS, REFLECTION_WAIT_MS } from '@/lib/rules'

const minutes = (ms: number): number => Math.round(ms / 60_000)

export const pageTitles: Record<string, { title: string; description: string } | undefined> = {
  companion: {
    title: '手続きの準備と進め方',
    description: '始める前に用意するものと、実際の画面の順の進め方。進み具合はこの端末に残ります。',
  },
  search: {
    title: '検索',
    description: '画面に出ている言葉や困っていることから、利用開始手続きのよくある質問を探します。電波がなくても検索できます。',
  },
  'setup-key': {
    title: 'セットアップキーのチェック（「無効なキー」）',
    description: 'Google Authenticatorで「無効なキー」と出たときに、貼り付けたセットアップキーのスペースや全角・見えない文字を見つけて取り除きます。キーは保存も送信もしません。',
  },
  omuid: {
    title: 'OMUIDのチェック',
    description: 'OMUIDが3つの形のどれかに当てはまるか、学籍番号・職員番号や全角・スペース、0とOの取り違えがないかを確かめます。入力は保存も送信もしません。',
  },
  password: {
    title: 'パスワード変更の練習',
    description: '実際の「パスワード変更」画面と同じ欄で新しいパスワードを試し、画面に出るエラーと直し方を前もって確かめます。入力は保存も送信もしません。',
  },
  email: {
    title: 'パスワード再発行用メールアドレスのチェック',
    description: '登録する前に、全角の＠や打ち間違い、大学のアドレス、受け付けられにくい古いアドレスがないかを確かめます。入力は保存も送信もしません。',
  },
  timers: {
    title: 'タイマー（確認コード・反映待ち）',
    description: `確認コードの有効期限（${minutes(CONFIRMATION_CODE_VALIDITY_MS)}分程度）と、パスワード変更の反映待ち（${minutes(REFLECTION_WAIT_MS)}分程度）を計ります。アプリを切り替えても正しい残り時間を表示します。`,
  },
  inquiry: {
    title: '問い合わせ文の準備（ITヘルプデスク）',
    description: 'よくある質問で解決しないときに、お問い合わせフォームで選ぶ項目と問い合わせ文をまとめます。電波がなくても作れて、入力した内容はどこにも送りません。',
  },
}
