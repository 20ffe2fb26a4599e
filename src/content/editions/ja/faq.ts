/**
 * The Japanese edition's steps, questions and links (faq/). Loaded by loadLanguage('ja') like any other
 * edition, in the language's chunk (build/chunk-groups.ts, localeGroups), which Japanese pages load beside
 * the first view: pages in another language never download it. Read through src/content/faq.ts only.
 */
export { links, questions, steps } from 'virtual:faq'
