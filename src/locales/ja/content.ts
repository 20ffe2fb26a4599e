/** Wording the FAQ compiler puts into rendered answers (build time) and the app around them. */
export const contentText = {
  externalNote: '（外部サイト・接続が必要）',
  unknownLinkNote: '（アドレスが公開されていないため、公式FAQページに移動します。そこから開いてください）',
  audienceLabel: '対象',
  sourceNote: '出典',
  checkedNote: '内容の確認日',
  relatedHeading: '関連する質問',
} as const
