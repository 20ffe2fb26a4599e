/**
 * UI text of the companion (/start): the preparation list, the walk and its summary (Japanese). The walk's
 * own wording and the facts it cites come from the FAQ (faq/walk.yaml through virtual:faq-walk-text), so a
 * fact changed in faq/ changes here too. The real screens' strings are quoted exactly in 「」.
 */
import walk from 'virtual:faq-walk-text'

export const companionText = {
  pageTitle: '手続きの準備と進め方',
  lead: '利用開始手続きを始める前に用意するものと、実際の画面の順に、それぞれの画面で出ること・すること・つまずいたときに読む質問をまとめました。進み具合はこの端末にだけ残ります（入力したパスワードやメールアドレスは残しません）。',
  prepare: {
    heading: '始める前に用意するもの',
    lead: '手元にそろったものにチェックを入れてください。',
    items: {
      number: { label: '学籍番号（学生の方）または職員番号（教職員の方）', hint: '確かめ方：' },
      guide: { label: '「情報サービス利用開始案内」（新入生の方のみ）', hint: '学籍番号を確かめるときに使います。' },
      email: { label: 'OMUメールではない、ふだん使っているメールアドレス', hint: 'パスワード再発行用に登録します。登録する前に確かめておきましょう。' },
      authenticator: {
        label: 'Google Authenticatorを入れたスマートフォン（またはパソコンのブラウザ）',
        hint: '電波のよいところで、先にインストールしておきましょう。スマートフォンがない場合：',
      },
      'second-screen': {
        label: 'QRコードを読み取る方法',
        hint: 'QRコードを表示している画面は、同じスマートフォンのカメラでは読み取れません。パソコンなど別の画面に表示するか、セットアップキーを入力します。セットアップキーを貼り付けるとき：',
      },
      'off-campus': { label: '2要素認証のテストは、学内のWi-Fiを切って', hint: 'テストのとき：' },
    },
    check: 'ここで確かめる',
    readQuestion: 'くわしく読む',
    allReady: 'すべてそろいました。手順に進みましょう。',
    missing: (items: string) => `まだ用意できていないもの：${items}`,
    missingSep: '、',
  },
  walk: {
    heading: '画面ごとの進め方',
    listLabel: '手順の一覧',
    stepOf: (n: number, total: number) => `手順 ${n}／${total}`,
    doneMark: '（済み）',
    shows: 'この画面',
    do: 'すること',
    facts: 'よくある質問より',
    factSource: '出典：',
    open: '開く',
    stuck: 'ここでつまずいたら',
    complete: 'できた。次へ',
    finish: 'できた。手続きを終える',
    back: '前の手順へ',
    current: (title: string) => `いまの手順：${title}`,
  },
  summary: {
    heading: 'おつかれさまでした',
    lead: '利用開始手続きが終わりました。',
    did: 'したこと：',
    password: 'これからOMUIDでログインするときのパスワードは、手続きで自分で決めた本パスワードです（仮パスワードではありません）。',
    phone: 'あとでスマートフォンを替えるときや、別の機器でもワンタイムパスワードを見たいとき：',
    review: '手順を見直す',
  },
  startOver: {
    button: '最初からやり直す',
    confirm: 'チェックと進み具合を消して、最初からやり直しますか？',
    yes: '消してやり直す',
    no: 'やめる',
    done: '最初からにしました。',
    undo: '元に戻す',
  },
  notices: {
    damaged: 'この端末に残っていた進み具合の一部が読めなかったため、その部分は消しました。',
    dismiss: '閉じる',
    memory: 'この端末には進み具合を残せません（ブラウザの設定による）。ページを閉じると消えます。',
  },
  walkText: walk,
}
