/** UI text of the app frame and the FAQ pages (Japanese). */
export const appText = {
  siteName: '利用開始手続きおたすけ',
  siteNameShort: '手続きおたすけ',
  unofficial: '非公式',
  skipToContent: '本文へ移動',
  languageSwitchLabel: 'ほかの言語',
  home: 'ホーム',
  homeTitle: '利用開始手続きで困ったときに',
  homeLead:
    '大阪公立大学の「利用開始手続き」（OMUIDのパスワード変更と2要素認証の設定）で、画面の表示がわからず止まってしまったときのための手引きです。公式のよくある質問をもとに、手順ごとに整理しました。一度開けば、電波がなくても使えます。',
  homeWho: '対象：まだ利用開始手続きを終えていない新入生・新規教員・新規職員の方',
  companionLink: 'これから手続きをする方：準備と画面ごとの進め方',
  companionResume: '前回の続き：',
  companionResumePlain: '前回の続きから進める',
  homeFinished: '手続きをすでに終えた方は、',
  homeFinishedLink: 'ログインに関するよくある質問',
  homeFinishedAfter: 'をご覧ください。',
  stepsHeading: 'どの画面で困っていますか',
  stepLabel: (n: number, total: number) => `手順 ${n}／${total}`,
  contactStepLabel: '解決しないとき',
  toolsHeading: 'その場で確かめる',
  questionsCount: (n: number) => `${n}件の質問`,
  prevStep: '前の手順',
  nextStep: '次の手順',
  backToStep: (title: string) => `「${title}」の質問一覧へ`,
  notResolved: '読んでも解決しないときは',
  notResolvedLink: 'ITヘルプデスクへの問い合わせ方',
  inquiryFromQuestion: 'この内容で問い合わせ文を作る',
  audience: '対象',
  related: '関連する質問',
  source: '出典：',
  checked: (date: string) => `内容を確認した日：${date}`,
  // A translated edition's page (never a Japanese one): when its content was compared with the official page
  // (the Japanese page's date), and when the translation was last compared with the Japanese page.
  translationChecked: (source: string, translation: string) => `内容を確認した日：${source}（翻訳を日本語版と照らし合わせた日：${translation}）`,
  sourceExplain: 'この内容は公式ページを私たちの言葉でまとめ直したものです。画面の文言は実際の表示のまま引用しています。',
  bodyLoading: '回答を読み込んでいます…',
  tapWaiting: 'この部分を読み込んでいます。読み込みが終わると、押したボタンの操作を続けます。',
  bodyFailed: '回答を読み込めませんでした。電波の良い場所で、もう一度お試しください。',
  retry: 'もう一度読み込む',
  notFoundTitle: 'ページが見つかりません',
  notFoundLead: 'お探しのページは見つかりませんでした。アドレスが変わったか、入力に誤りがあるかもしれません。困っている画面を、次の手順から選んでください。',
  offlineLink: 'いまはオフラインのため、外部のページは開けません。電波のある場所で、もう一度押してください。',
  footerNote:
    'このアプリは大阪公立大学の公式アプリではありません。内容は公式ページをもとにしていますが、最新の情報と手続きの画面は公式ページでご確認ください。',
  footerOfficial: '公式：利用開始手続きで困ったときは',
  offlineReady: 'オフラインでも使えるようになりました。電波がなくても、すべてのページを開けます。',
  offlineState: 'オフラインでも使えます',
  // Written out by hand, as toLocaleString('ja-JP', …) would: the first Intl date format of a page loads
  // ICU's calendar and time zone data, ~20 ms at 4x CPU in the moment the offline copy completes.
  offlineSavedAt: (time: Date) =>
    `（${time.getMonth() + 1}月${time.getDate()}日 ${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}にこの端末へ保存）`,
  offlinePreparing: 'オフラインで使えるように、この端末へ保存しています…',
  offlineSaveFailed: 'オフライン用の保存が途中で止まりました。電波が戻ると、自動でやり直します。',
  // Whether the offline copy is protected from automatic deletion (footer, after 「オフラインでも使えます」).
  offlineProtected: 'この保存は、ブラウザが自動で消さないよう保護されています。',
  offlineUnprotected: 'この保存は保護されていません。空き容量が足りないときや、長く使わなかったときに、ブラウザが消すことがあります。',
  offlineProtectionUnknown: 'この保存をブラウザが自動で消すことがあるかどうかは、確かめられませんでした。',
  // iOS/iPadOS Safari outside the home screen only.
  homeScreenSummary: 'iPhone・iPadでは、ホーム画面に追加すると消えにくくなります',
  homeScreenWhy:
    'Safariで開いたままだと、7日ほど使わないでいるうちに、保存したデータが消されることがあります。ホーム画面に追加して、そのアイコンから開くようにすると、消えにくくなります。',
  homeScreenSteps: [
    'Safariの共有ボタン（四角から上向きの矢印が出たマーク）を押します。見当たらないときは、「…」のボタンを押すと出てきます。',
    'メニューの中から「ホーム画面に追加」を選びます（見当たらないときは、メニューを下へスクロールします）。',
    '「追加」を押します。',
    '次からは、ホーム画面のアイコンから開いてください。',
  ],
  updateReady: '新しい版があります。',
  updateWarning: '更新するとページを読み込み直します。入力中のパスワードなどは保存しないため消えます（タイマーは続きます）。',
  updateNow: '更新する',
  later: 'あとで',
  close: '閉じる',
  breadcrumb: 'パンくずリスト',
  // Between a label and what it labels: 対象：新入生, 前の手順：パスワード変更.
  colon: '：',
  // The page's title in the browser's tab: a page, then the site; the home page, the site first.
  documentTitle: (page: string, site: string) => `${page} | ${site}`,
  homeDocumentTitle: (site: string, home: string) => `${site}｜${home}`,
  mainNav: 'メインメニュー',
  // Said under a field whose length limit cut what was pasted or typed (src/composables/useInputLimit.ts).
  limitPasted: (max: number) => `この欄に入るのは${max}文字までです。貼り付けた文字のうち、入りきらない後ろの部分は入れていません。`,
  limitTyped: (max: number) => `この欄に入るのは${max}文字までです。これより後ろには入力できません。`,
} as const
