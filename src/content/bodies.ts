/**
 * Where answer bodies come from. One interface with two sources, chosen at the entry points (never by
 * checking the environment in here): the compiled bodies (./compiledBodies.ts: the prerenderer and the
 * tests) and the prerendered pages the service worker keeps (./pagesBodies.ts: the browser).
 */

/**
 * Every answer body of one edition by question id. `lang` is an edition's language (src/content/faq.ts,
 * editionLanguage): the default language or one with a folder in src/content/editions/.
 */
export interface BodySource {
  loadAll(lang: string): Promise<Record<string, string>>
}

/** The element that holds a question's rendered answer, marked with the question's id. */
export const ANSWER_CLASS = 'answer'
export const ANSWER_ID_ATTR = 'data-question'
/** Finds the answer in a rendered page (the prerendered HTML, pages.json). */
export const ANSWER_SELECTOR = `.${ANSWER_CLASS}[${ANSWER_ID_ATTR}]`
