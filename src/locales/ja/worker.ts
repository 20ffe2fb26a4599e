/**
 * Wording of the page the service worker shows by itself (Japanese): when a page cannot be had, neither
 * from the offline copy (damaged or deleted by the browser) nor from the network. Plain text; the worker
 * escapes it and builds the page (src/lib/fallbackPage.ts).
 */
export const workerText = {
  title: 'ページを開けませんでした',
  what: 'この端末に保存したオフライン用のデータが読み込めず、インターネットにもつながっていません。',
  why: '保存したデータは、端末の空き容量が少ないときなどにブラウザが消すことがあります。',
  next: '電波のある場所でこのページを開き直すと、データを保存し直して、また電波がなくても使えるようになります。',
  retry: '開き直す',
  official: '手続きの画面そのものは、オフラインでは使えません。',
} as const
