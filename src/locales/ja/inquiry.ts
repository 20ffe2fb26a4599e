/**
 * UI text of the help desk inquiry builder (/inquiry, the question-page link and the contact-page block),
 * and the wording of the prepared text. The form's field names and choices are facts quoted exactly; they
 * live in src/lib/inquiry.ts and are only placed into this wording.
 */
import type { InquiryWording } from '@/tools/inquiry/inquiry'
import type { DeviceNames } from '@/tools/inquiry/userAgent'

/** The prepared text, line by line (see buildInquiry). */
export const inquiryWording: InquiryWording = {
  formHeading: '【お問い合わせフォームで選ぶ項目】',
  formChoice: (field, choice) => `・「${field}」：「${choice}」`,
  contactHeading: '【問い合わせ先】',
  contact: {
    'help-desk': 'ITヘルプデスク（お問い合わせフォーム）',
    personnel: '職員番号がわからないときは、ITヘルプデスクではなく人事課に問い合わせてください。',
  },
  notes: {
    'personnel-if-number-unknown': '※職員番号そのもの（手続きに使う主となる番号）がわからないときは、人事課に問い合わせてください。',
    'host-staff': '※個別発行IDの方で、IDと仮パスワードがわからないときは、受け入れ教職員または代理申請者に確認してください。',
    'student-number-locked': '※学籍番号を一度確認すると学籍番号確認システムのアカウントがロックされるため、「アカウントがロックされてしまった」を選びます。',
  },
  bodyHeading: '【お問い合わせ内容】',
  intro: '利用開始手続きがうまく進められないため、問い合わせます。',
  step: (title) => `・手順（画面）：${title}`,
  problem: (title) => `・困っていること：${title}`,
  message: (text) => `・画面に出たメッセージ：「${text}」`,
  triedHeading: '・すでに読んで試したよくある質問：',
  triedItem: (title) => `\u3000- ${title}`,
  device: (text) => `・使っている機器とブラウザ：${text}`,
  detailsHeading: '・詳しい状況：',
  reminder: '※送る前に：パスワード（仮パスワード・本パスワード）や、2要素認証のセットアップキー・QRコードは書かないでください。',
}

/** Plain words for the device and browser read from the user agent. */
export const deviceNames: DeviceNames = {
  os: {
    iphone: 'iPhone',
    ipad: 'iPad',
    android: 'Android',
    windows: 'Windows',
    mac: 'Mac',
    chromeos: 'Chromebook',
    linux: 'Linux',
  },
  browser: {
    safari: 'Safari',
    chrome: 'Chrome',
    edge: 'Edge',
    firefox: 'Firefox',
    samsung: 'Samsung Internet',
    opera: 'Opera',
    line: 'LINEアプリ内のブラウザ',
    instagram: 'Instagramアプリ内のブラウザ',
    'google-app': 'Googleアプリ',
  },
}

/** Text of the /inquiry page and the links to it. */
export const inquiryText = {
  pageTitle: '問い合わせ文の準備',
  pageLead:
    'よくある質問を読んでも解決しないときに、ITヘルプデスクへ送る問い合わせ文をまとめます。選んだり書いたりした内容は、この画面の中だけで使います。どこにも送信せず、保存もしません（ページを閉じると消えます）。',
  offlineNote:
    'お問い合わせフォームを開いて送るには、インターネットへの接続が必要です。問い合わせ文は電波がなくても作れます。コピーしてメモなどに貼り付けておき、つながる場所で送ってください。',

  stepLabel: '困っている手順（画面）',
  stepNone: 'わからない・ほかの画面',
  problemLegend: '困っていること',
  problemNone: 'この中にない（下の「詳しい状況」に書く）',
  problemNeedsStep: '手順（画面）を選ぶと、その手順のよくある質問から選べます。',
  messageLabel: '画面に出たメッセージ（任意）',
  messageHint: '赤字のエラーなど、画面の表示を一字一句そのまま書くか、貼り付けてください。',
  messageChips: 'この質問で説明している表示（押すと入力されます）',
  messageChipWhere: (where: string) => `${where}：`,
  // After a message, in a translated edition only (the Japanese messages have no gloss).
  messageChipGloss: (gloss: string) => `（${gloss}）`,
  triedLegend: 'すでに読んで試したよくある質問',
  triedHint: 'このタブで開いた質問には、はじめからチェックが入っています（開いた質問の記録は、このタブを閉じると消えます）。',
  triedEmpty: '手順（画面）を選ぶと、その手順の質問がここに出ます。',
  deviceLabel: '使っている機器とブラウザ',
  deviceHint: 'この端末から読み取りました。違っていたら直してください（例：iPhone / Safari、Windows / Edge）。',
  detailsLabel: '詳しい状況（任意）',
  detailsHint: 'いつ、どの画面で、何をしたらどうなったかを書くと、やり取りが少なくて済みます。',
  secret: {
    password: 'パスワードのように見える文字列があります。パスワードなら消してください（機種名などなら、「iPhone 15」のように空白で区切ると、この注意は消えます）。',
    'setup-key': 'セットアップキーのように見える文字列があります。セットアップキーは送らないでください。',
  },
  secretName: { password: 'パスワード', 'setup-key': 'セットアップキー' },
  /** What a removed part becomes, in the field and the text (no half-width character: see removeSecrets). */
  secretRemoved: { password: '（パスワードのため省略）', 'setup-key': '（セットアップキーのため省略）' },
  removeSecret: (names: string[]) => `${names.join('・')}のように見える部分を消す`,
  fieldName: { message: '画面に出たメッセージ', device: '使っている機器とブラウザ', details: '詳しい状況' },
  copyHeld: (fields: string[]) =>
    `${fields.map((f) => `「${f}」`).join('')}に、パスワードやセットアップキーのように見える文字列があるため、まだコピーしていません。`,
  copyHeldRemove: '見つかった部分を消してからコピーする',
  copyHeldEdit: 'コピーせずに戻って直す',

  planHeading: 'お問い合わせフォームで選ぶもの',
  choiceOnScreen: (field: string, choice: string) => `「${field}」で「${choice}」を選ぶ`,
  personnelHeading: '問い合わせ先は人事課です',
  personnelLead: '職員番号は、各種の労働契約証書・通知書か職員証で確認できます。確認してもわからないときや資料が手元にないときは、ITヘルプデスクではなく人事課に問い合わせてください。',
  formLinkBefore: 'ITヘルプデスクの',
  formLinkAfter: 'を開き、上の項目を選んで、問い合わせ文を貼り付けてください。',

  outputHeading: 'できあがった問い合わせ文',
  // The choice of the text's language, on a page in another language only (the help desk reads Japanese).
  draftLanguageLegend: '問い合わせ文の言語',
  draftLanguageHint:
    'ITヘルプデスクのお問い合わせフォームは日本語です。日本語の問い合わせ文にすると、手順・質問・見出しが日本語になり、自分で入力した内容はそのまま入ります。切り替えても、入力した内容は消えません。',
  draftLanguagePage: 'この画面の言語',
  draftLanguageHelpDesk: '日本語（ヘルプデスク向け）',
  outputLabel: '問い合わせ文（コピーして送ります）',
  copy: '問い合わせ文をコピーする',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。問い合わせ文を選択したので、長押し（パソコンは Ctrl+C）でコピーしてください。',
  neverPasswordHeading: 'パスワードは書かないでください',
  neverPassword: '仮パスワードや本パスワード、2要素認証のセットアップキーやQRコードは、問い合わせに絶対に書かないでください。',

  // On question pages and the contact page.
  cardHeading: '問い合わせ文を準備する',
  cardLead: '手順と困っていることを選ぶと、フォームで選ぶ項目と問い合わせ文をまとめます。電波がなくても作れます。',
  cardLink: '問い合わせ文を作る',
} as const
