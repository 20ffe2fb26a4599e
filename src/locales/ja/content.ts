/** Wording next to external links: put into rendered answers at build time, and used by ExternalLink.vue. */
export const contentText = {
  externalNote: '（外部サイト・接続が必要）',
  unknownLinkNote: '（アドレスが公開されていないため、公式FAQページに移動します。そこから開いてください）',
  unknownLinkNoteAgain: '（公式FAQページに移動します）',
  // The official FAQ's link text, should links.yaml lack it.
  officialFaqLabel: '公式FAQ',
} as const
