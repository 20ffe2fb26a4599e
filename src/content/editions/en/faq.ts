/**
 * The English edition's steps, questions and links (faq/en/), in the shapes of virtual:faq. Loaded by
 * loadLanguage('en') with the English wording, in the same chunk (build/chunk-groups.ts, localeGroups); read
 * through src/content/faq.ts only.
 */
export { links, questions, steps } from 'virtual:faq/en'
