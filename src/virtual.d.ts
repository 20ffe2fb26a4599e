// Virtual modules made by build/faq-plugin.ts; src/content/faq.ts gives them their real types.
declare module 'virtual:faq' {
  export const steps: unknown
  export const questions: unknown
  export const links: unknown
  export const loadBodies: unknown
}
declare module 'virtual:search-index' {
  const payload: unknown
  export default payload
}
declare module 'virtual:faq-messages' {
  const byQuestion: unknown
  export default byQuestion
}
declare module 'virtual:screen-messages' {
  import type { AppScreenMessageKey } from '@/content/screenMessageKeys'
  /** the texts the checkers quote, by catalogue key */
  const messages: Readonly<Record<AppScreenMessageKey, string>>
  export default messages
}
