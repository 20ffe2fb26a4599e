/**
 * How much each field accepts (issue #13, item 6). Without a limit, a huge paste is kept whole: 1 MB of
 * mixed scripts froze the tab for minutes, mostly in the browser's own text handling, so the cut happens
 * in the page, before the text reaches the field (src/composables/useInputLimit.ts says so to the user).
 *
 * Every limit counts UTF-16 code units, as the `maxlength` attribute and String#length do, so the field's
 * backstop `maxlength` and the page's cut agree. A cut never splits a character or a grapheme (clipText):
 * a field may therefore hold a little less than its limit, never more.
 */

import { graphemeSegmenter } from './graphemes'

export const LIMITS = {
  /**
   * 新しいパスワード and its confirmation: OMU's maximum is not published (the real screen's
   * 「パスワードルール」 box is authoritative), and 128 is far above any password a person types while
   * keeping every check well under its time budget.
   */
  password: 128,
  /**
   * パスワード再発行用メールアドレス: 254, the longest address that fits SMTP's 256-octet path
   * (RFC 5321 4.5.3.1.3, minus the angle brackets); the screen's rule is 3–30 characters before the @.
   */
  email: 254,
  /** セットアップキー: 32 base32 characters, plus the spaces or hyphens a copied key carries, with room to spare. */
  setupKey: 64,
  /** OMUID: 7 or 8 characters, with room for pasted spaces and full-width characters the checker explains. */
  omuid: 32,
  /** The search box: longer than any on-screen message or question someone would type, short enough to search at once. */
  search: 200,
  /** 画面に表示されたメッセージ (inquiry): one quoted on-screen message; the catalogue's longest is far shorter. */
  inquiryMessage: 200,
  /** 使っている端末 (inquiry): a device and browser name, e.g. 「iPhone（iOS 18）の Safari」. */
  inquiryDevice: 100,
  /** そのほか伝えたいこと (inquiry): the free text of a support e-mail, a few paragraphs. */
  inquiryDetails: 2000,
} as const

export type LimitedField = keyof typeof LIMITS

/** Characters after the cut looked at to find the grapheme boundary (the rules need one; a few are kept for safety). */
const LOOKAHEAD = 16

/**
 * The longest start of `text` that is at most `max` UTF-16 code units and ends on a grapheme boundary
 * (a surrogate pair, an emoji sequence or a letter with its combining marks is kept whole or left out).
 * Only the text around the cut is segmented, so a 1 MB paste costs no more than a short one.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 0) return ''
  const segmenter = graphemeSegmenter()
  // Without Intl.Segmenter a cut still keeps surrogate pairs whole.
  if (segmenter) {
    let end = 0
    for (const { index } of segmenter.segment(text.slice(0, max + LOOKAHEAD))) {
      if (index > max) break
      end = index
    }
    // `index` is where a grapheme starts; the boundary at `max` itself counts when the next one starts there.
    return text.slice(0, end)
  }
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}
