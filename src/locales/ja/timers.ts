/**
 * UI text of the countdowns (timers page, embedded timers, banner). Minutes and the sender domain are
 * read from the rules module so the wording follows a rule change. Strings of the real screens are
 * quoted exactly in 「」 because users search by them.
 */
import type { CountdownKind, DamageReason } from '@/lib/countdown'
import { ALLOW_SENDER_DOMAIN, CONFIRMATION_CODE_VALIDITY_MS, REFLECTION_WAIT_MS } from '@/lib/rules'

const minutes = (ms: number): number => Math.round(ms / 60_000)
const codeMin = minutes(CONFIRMATION_CODE_VALIDITY_MS)
const reflMin = minutes(REFLECTION_WAIT_MS)

/** "3分12秒" style wording for screen readers, where "3:12" is read poorly. */
function spoken(m: number, s: number): string {
  if (m === 0) return `${s}秒`
  return s === 0 ? `${m}分` : `${m}分${s}秒`
}

export const timersText = {
  pageTitle: 'タイマー',
  pageLead:
    '確認コードの有効期限と、パスワード変更の反映待ちを計ります。2つを同時に動かせます。時間は端末の時計で計るので、メールアプリに切り替えたり、画面を消したりしても、戻ったときに正しい残り時間が出ます。電波がなくても使えます。',

  remainingLabel: '残り',
  spokenRemaining: (m: number, s: number) => `残り${spoken(m, s)}`,
  expiredClock: '時間切れ',

  kinds: {
    code: {
      starterTitle: '確認コードの有効期限を計る',
      starterLead: `「次へ」を押すと、パスワード再発行用メールアドレスに確認コードのメールが送られます。確認コードの有効期限は${codeMin}分程度です。送られたらすぐに、下のボタンを押してください。`,
      startButton: '「次へ」を押して、コードが送られた',
      timerTitle: '確認コードの残り時間',
      progressLabel: '確認コードの有効期限までの残り時間',
      restart: '新しいコードを請求した',
      finish: 'コードを入力した',
      close: 'タイマーを閉じる',
      expiredTitle: `確認コードの有効期限（${codeMin}分程度）が過ぎました`,
      expiredLead: 'このコードはもう使えない可能性が高いです。次の順で、新しい確認コードを送ってもらってください。',
      resendSteps: [
        '確認コード入力画面で「キャンセル」をクリックします。',
        '「パスワード変更」または「パスワード再設定」の画面に戻ります。各項目をもう一度入力して、「次へ」をクリックします。',
        '入力したパスワード再発行用メールアドレスに、新しい確認コードのメールが届きます。',
      ],
      expiredAction: '新しいコードが送られたら、このボタンでもう一度計り始めます。',
      mailHelpTitle: 'メールが届かないときは',
      mailHelpChecks: [
        '登録したメールアドレスに間違いがないか',
        '迷惑メールフォルダに入っていないか',
        `受け取る側の設定で、「@${ALLOW_SENDER_DOMAIN}」からのメールを受信できるようにしているか`,
      ],
      mailHelpLink: 'メールが届かないときの確かめ方（詳しく）',
      announce: {
        start: `確認コードの有効期限を計り始めました。残り${codeMin}分です。`,
        'one-minute': '確認コードの残りが1分を切りました。',
        expired: '確認コードの有効期限が過ぎました。新しいコードを送ってもらう手順を表示しています。',
      },
      bannerRunning: (mmss: string) => `確認コードの残り ${mmss}`,
      bannerExpired: '確認コードの有効期限が過ぎました',
    },
    reflection: {
      starterTitle: `反映待ちの${reflMin}分を計る`,
      starterLead: `「パスワード変更確認」欄に「未変更・反映待ち」と表示されたら、パスワードの変更が反映されるまで${reflMin}分程度待ちます。`,
      startButton: '待ち時間を計り始める',
      timerTitle: '反映待ちの残り時間',
      progressLabel: 'パスワード変更の反映待ちの残り時間',
      restart: `もう一度${reflMin}分待つ`,
      finish: '計るのをやめる',
      close: '「変更済み」になった',
      runningLead: `${reflMin}分程度たったら、「未変更・反映待ち」の隣にある更新ボタンを押して確かめます。それまでは、このページから離れてもかまいません。`,
      expiredTitle: `${reflMin}分たちました。更新ボタンを押して確かめましょう`,
      expiredLead: '「未変更・反映待ち」の隣にある更新ボタンを押して、「変更済み」と表示されるか確かめてください。',
      stillWaitingTitle: 'まだ「未変更・反映待ち」のままなら',
      stillWaitingSteps: [
        '「パスワード変更を始める」から、もう一度やり直してください。',
        'それでもパスワードの変更がうまくいかないときは、ITヘルプデスクに問い合わせてください。',
      ],
      helpDeskLink: 'ITヘルプデスクへの問い合わせ方',
      announce: {
        start: `反映待ちの${reflMin}分を計り始めました。`,
        'one-minute': '反映待ちの残りが1分を切りました。',
        expired: `${reflMin}分たちました。更新ボタンを押して、「変更済み」になったか確かめてください。`,
      },
      bannerRunning: (mmss: string) => `反映待ちの残り ${mmss}`,
      bannerExpired: `反映待ちの${reflMin}分がたちました`,
    },
  } satisfies Record<CountdownKind, unknown>,

  notices: {
    memoryOnly:
      'この端末（プライベートブラウズなど）ではタイマーを保存できません。ページを再読み込みしたり閉じたりすると、タイマーは消えます。計り終わるまで、このページを閉じないでください。',
    clockAdjusted: (kind: CountdownKind) =>
      `端末の時計が戻されたようです。残り時間は${minutes(kind === 'code' ? CONFIRMATION_CODE_VALIDITY_MS : REFLECTION_WAIT_MS)}分を超えないように表示していますが、正確ではないかもしれません。`,
    damagedTitle: '保存されていたタイマーを読み込めませんでした',
    damagedAfter: '正しくない残り時間を出さないように、そのタイマーは消しました。必要なら、もう一度計り始めてください。',
    damageReasons: {
      unreadable: '保存内容が壊れていて読めませんでした。',
      'wrong-shape': '保存内容の形式が違っていました。',
      'unknown-kind': '知らない種類のタイマーが保存されていました。',
      'not-a-number': '保存されていた時刻が数値ではありませんでした。',
      'start-after-deadline': '開始時刻が終了時刻より後になっていました。',
      'longer-than-duration': '本来の待ち時間より長いタイマーが保存されていました。',
      'deadline-too-far': '終了時刻が先すぎました（端末の時計が大きく戻された可能性があります）。',
      duplicate: '同じタイマーが2つ保存されていたので、新しい方を残しました。',
    } satisfies Record<DamageReason, string>,
    dismiss: 'このお知らせを閉じる',
  },

  banner: {
    label: '動いているタイマー',
    // Read after the banner's text, inside its link (visually hidden).
    openAside: '（タイマーを開く）',
    dismiss: 'このお知らせを閉じる（タイマーは止まりません）',
  },
} as const
