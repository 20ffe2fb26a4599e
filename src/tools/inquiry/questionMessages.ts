/**
 * Each question's on-screen messages, from faq/ (their `messages` frontmatter), in the edition of a
 * language: the Japanese one is imported here (only the inquiry page imports this module, so it travels in
 * that page's lazy chunk); another edition's (its messages still Japanese, as the screen shows them, with a
 * `gloss`) is src/content/editions/<lang>/messages.ts, in that language's chunk, loaded on first use.
 */
import { shallowReactive } from 'vue'
import byQuestion from 'virtual:faq-messages'
import { defaultLanguage } from '@/locales'
import { editionLanguage } from '@/content/faq'
import type { KnownMessage } from './inquiry'

/** The messages of each question that has some, by question id. */
export type MessagesByQuestion = Readonly<Record<string, readonly KnownMessage[]>>

const loaders = import.meta.glob<MessagesByQuestion>('../../content/editions/*/messages.ts', { import: 'default' })
const editions = shallowReactive(new Map<string, MessagesByQuestion>([[defaultLanguage, byQuestion]]))

/** The messages by question in `lang`'s edition; undefined until loadQuestionMessages(lang) has brought them in. */
export function questionMessages(lang: string): MessagesByQuestion | undefined {
  return editions.get(editionLanguage(lang))
}

/** Brings in `lang`'s edition's messages (at once for the default language); rejects when they cannot be loaded. */
export async function loadQuestionMessages(lang: string): Promise<void> {
  const edition = editionLanguage(lang)
  const load = loaders[`../../content/editions/${edition}/messages.ts`]
  if (editions.has(edition) || !load) return
  editions.set(edition, await load())
}
