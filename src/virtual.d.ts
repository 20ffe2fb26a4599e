// Virtual modules made by build/faq-plugin.ts, with the types of what it writes into them.
declare module 'virtual:faq' {
  import type { ExternalLink, Question, Step } from '@/content/types'
  export const steps: Step[]
  export const questions: Question[]
  export const links: Record<string, ExternalLink>
}
declare module 'virtual:faq-ids' {
  /** every step's id, in the procedure's order */
  export const stepIds: readonly string[]
  /** every question's id, by step and order */
  export const questionIds: readonly string[]
}
declare module 'virtual:faq-bodies' {
  /** every rendered body, by question id */
  const bodies: Record<string, string>
  export default bodies
}
declare module 'virtual:search-index' {
  import type { SearchPayload } from '@/content/types'
  const payload: SearchPayload
  export default payload
}
declare module 'virtual:faq-messages' {
  import type { ScreenMessageEntry } from '@/content/types'
  /** each question's on-screen messages (questions with none are left out) */
  const byQuestion: Readonly<Record<string, readonly ScreenMessageEntry[]>>
  export default byQuestion
}
declare module 'virtual:screen-messages' {
  import type { AppScreenMessageKey } from '@/content/screenMessageKeys'
  /** the texts the checkers quote, by catalogue key */
  const messages: Readonly<Record<AppScreenMessageKey, string>>
  export default messages
}
// The English edition (faq/en/), compiled with the Japanese one and checked against it. Imported by
// src/content/editions/en/ only: faq.ts (loaded with the English wording) and bodies.ts (prerenderer, tests).
declare module 'virtual:faq/en' {
  import type { ExternalLink, Step, TranslatedQuestion } from '@/content/types'
  export const steps: Step[]
  export const questions: TranslatedQuestion[]
  export const links: Record<string, ExternalLink>
}
declare module 'virtual:faq-bodies/en' {
  /** every rendered English body, by question id (internal links point under /en) */
  const bodies: Record<string, string>
  export default bodies
}
declare module 'virtual:faq-messages/en' {
  import type { ScreenMessageEntry } from '@/content/types'
  /** each question's on-screen messages, Japanese as the screen shows them, with their English `gloss` */
  const byQuestion: Readonly<Record<string, readonly (ScreenMessageEntry & { gloss: string })[]>>
  export default byQuestion
}
declare module 'virtual:screen-messages/en' {
  /** the English gloss of each message the checkers quote (virtual:screen-messages), by its Japanese text */
  const glosses: Readonly<Record<string, string>>
  export default glosses
}
declare module 'virtual:search-index/en' {
  import type { EnglishSearchPayload } from '@/content/types'
  /** the English edition's search index, loaded by src/search/loadIndexEn.ts (the English search chunk) */
  const payload: EnglishSearchPayload
  export default payload
}
declare module 'virtual:faq-walk' {
  import type { WalkStep } from '@/content/types'
  /** the companion's walk (faq/walk.yaml): its steps, the same in every edition; the wording is virtual:faq-walk-text */
  const steps: readonly WalkStep[]
  export default steps
}
declare module 'virtual:faq-walk-text' {
  import type { WalkText } from '@/content/types'
  /** each walk step's wording and cited facts, by step id (imported by src/locales/ja/companion.ts only) */
  const text: Readonly<Record<string, WalkText>>
  export default text
}
declare module 'virtual:faq-walk-text/en' {
  import type { WalkText } from '@/content/types'
  /** the English walk's wording and facts (faq/en/walk.yaml), by step id (src/locales/en/companion.ts only) */
  const text: Readonly<Record<string, WalkText>>
  export default text
}
