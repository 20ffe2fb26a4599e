/**
 * The English edition's on-screen messages by question (virtual:faq-messages/en): Japanese, as the screen
 * shows them, each with its English gloss. For the inquiry page's message chips only, imported lazily
 * (src/tools/inquiry/questionMessages.ts): it travels in the English chunk (build/chunk-groups.ts,
 * localeGroups), which an English page has already loaded.
 */
export { default } from 'virtual:faq-messages/en'
