/**
 * The notes the FAQ compiler puts beside external links in rendered answers, per language (build time only:
 * build/faq-plugin.ts imports it, no page does). Beside the language index, as it reads the wording of every
 * language with a FAQ edition, the English one too while English is not yet a shipped language. Meant to
 * replace the index's linkNotes(), which knows the Japanese wording only.
 */
import { contentText as enContent } from './en/content.ts'
import { contentText as jaContent } from './ja/content.ts'
import { defaultLanguage, type ContentText } from './index.ts'

const byLanguage: Readonly<Record<string, ContentText>> = { ja: jaContent, en: enContent }

/**
 * The link notes in `lang` (the default language's for a language without its own): with an address,
 * without one (the whole explanation, once per page), and without one again (short). The same wording
 * ExternalLink.vue shows beside the links of the page frame, through the content accessor.
 */
export function linkNotes(lang: string = defaultLanguage): { external: string; unknown: string; unknownAgain: string } {
  const text = byLanguage[lang] ?? (byLanguage[defaultLanguage] as ContentText)
  return { external: text.externalNote, unknown: text.unknownLinkNote, unknownAgain: text.unknownLinkNoteAgain }
}
