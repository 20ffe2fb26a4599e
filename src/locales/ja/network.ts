/** UI text of the "is the one-time password screen not showing?" check (widget network-check). */
import type { ConnectionKind } from '@/tools/network/network'

export const networkText = {
  heading: 'ワンタイムパスワード入力画面が出ないとき：いまの接続を確かめる',
  lead: '学内のネットワーク（OMUNET-1X など、OMUNETのWi-Fi）につながっていると、ワンタイムパスワード入力画面は表示されません。',
  status: {
    wifi: 'この端末は、いまWi-Fiにつながっています。学内のWi-Fi（OMUNET-1X など）なら、ワンタイムパスワード入力画面は表示されません。',
    cellular: 'この端末は、いまモバイルデータ通信（携帯電話の回線）でつながっています。学内のWi-Fiではないので、このままテスト用ページを開いてみてください。',
    wired: 'この端末は、いま有線のネットワークにつながっています。学内のネットワークなら、ワンタイムパスワード入力画面は表示されません。',
    offline: 'この端末は、いまインターネットにつながっていません。テスト用ページを開くには、学内ではないネットワーク（モバイルデータ通信など）につないでください。',
    unknown: 'このブラウザでは、Wi-Fiにつながっているかどうかを調べられません（iPhoneのSafariなど）。画面の上のほうのWi-Fiのマークや、設定アプリで確かめてください。',
  } satisfies Record<ConnectionKind, string>,
  live: '接続が変わると、この表示も変わります。',
  stepsHeading: '画面が出ないときは',
  steps: [
    '学内のWi-Fi（OMUNET-1X など）から切断します。スマートフォンなら、設定でWi-Fiをオフにします。',
    'モバイルデータ通信か、学外のネットワーク（自宅のWi-Fiなど）につながっていることを確かめます。',
    'もう一度、2要素認証テスト用ページを開いてログインします。',
  ],
} as const
