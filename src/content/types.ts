/** Typed view of the compiled FAQ. Produced at build time by build/faq, read by the app. */

export interface Step {
  id: string
  title: string
  short: string
  summary: string
}

export interface ScreenMessage {
  /** exactly as the real screen shows it, without surrounding 「」 */
  text: string
  /** which field or screen shows it */
  where?: string
  /** section id inside the question page */
  anchor?: string
}

/** A question without its body: small enough to ship with the first view. */
export interface QuestionMeta {
  id: string
  step: string
  order: number
  title: string
  summary: string
  audience: string[]
  messages: ScreenMessage[]
  keywords: string[]
  related: string[]
  /** interactive blocks shown after the answer (timers, checkers) */
  widgets: string[]
  checked: string
}

export interface QuestionBody {
  id: string
  /** rendered at build time; never Markdown in the browser */
  html: string
}

export interface ExternalLink {
  name: string
  label: string
  /** absent when the address is not published: the app points to the official FAQ instead */
  url?: string
}

export interface FaqData {
  steps: Step[]
  questions: QuestionMeta[]
  links: Record<string, ExternalLink>
}
