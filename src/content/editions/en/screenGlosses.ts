/**
 * The English glosses of the real screens' messages the checkers quote (virtual:screen-messages/en, from
 * faq/en/screen-messages.yaml), by the message's Japanese text as a finding carries it. For the English
 * wording (src/locales/en/), so it travels in the English chunk with it.
 */
import glosses from 'virtual:screen-messages/en'

/** The English gloss of a message the checkers quote, if it has one. */
export function glossOf(text: string): string | undefined {
  return Object.hasOwn(glosses, text) ? glosses[text] : undefined
}

/** 「the message」 (“its gloss”), as the English pages quote a screen: the Japanese exactly, then what it means. */
export function glossed(text: string): string {
  const gloss = glossOf(text)
  return gloss ? `「${text}」 (“${gloss}”)` : `「${text}」`
}
