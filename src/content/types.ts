/** Typed view of the compiled FAQ. Produced at build time by build/faq, read by the app. */
export interface Step {
  id: string
  title: string
  short: string
  summary: string
}

/** One entry of the on-screen message catalogue (faq/screen-messages.yaml). */
export interface ScreenMessageEntry {
  /** exactly as the real screen shows it, without surrounding 「」 */
  text: string
  /** which field or screen shows it */
  where?: string
  /** in a translated edition (English): what the message means, from faq/en/screen-messages.yaml; pages write 「text」 (“gloss”) */
  gloss?: string
}

/** An on-screen message as a question explains it: the catalogue's entry, and where the page explains it. */
export interface ScreenMessage extends ScreenMessageEntry {
  /** section id inside the question page */
  anchor?: string
}

/** Who an answer can be for (faq/audiences.yaml); pages show the label. */
export interface Audience {
  id: string
  label: string
}

/** A question without its body: small enough to ship with the first view. */
export interface QuestionMeta {
  id: string
  step: string
  order: number
  title: string
  summary: string
  /** audience labels (faq/audiences.yaml) */
  audience: string[]
  messages: ScreenMessage[]
  keywords: string[]
  related: string[]
  /** interactive blocks shown after the answer (timers, checkers) */
  widgets: string[]
  /**
   * sentences of the body that other parts of the app cite (the companion's walk), by key; each is checked to
   * be in the body word for word, so editing the body edits what cites it
   */
  facts: Record<string, string>
  checked: string
}

/**
 * A question of a translated edition (faq/en/<id>.md): step, order and audience come from the Japanese page
 * (audience as this edition's labels), the wording from the translation.
 */
export interface TranslatedQuestionMeta extends QuestionMeta {
  /** when this page was last checked against the Japanese page */
  checked: string
  /** the Japanese page's `checked`: when its content was last compared with the official page */
  sourceChecked: string
}

/**
 * What the first view ships of a question: no keywords, no messages (those live in the search index). A
 * translated edition's question also has its `sourceChecked` (see TranslatedQuestionMeta).
 */
export type Question = Omit<QuestionMeta, 'keywords' | 'messages' | 'facts'> & { sourceChecked?: string }

/** What a translated edition's virtual:faq/en ships of a question (see Question). */
export type TranslatedQuestion = Omit<TranslatedQuestionMeta, 'keywords' | 'messages' | 'facts'>

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

/** What virtual:search-index ships: the prebuilt search index, the synonyms and the readings. */
export interface SearchPayload {
  /**
   * the index in the form that loads fastest, without what virtual:faq already holds
   * (src/lib/search/buildIndex.ts packSearchIndex)
   */
  index: object
  /** faq/synonyms.yaml, compiled at build time, as one string (synonyms.ts packSynonyms) */
  synonyms: string
  /**
   * romaji and kana readings of key terms with the written forms they stand for (faq/readings.yaml),
   * compiled, as one string (readings.ts packReadings)
   */
  readings: string
}

/**
 * What virtual:search-index/en ships: the English edition's index in the same packed form, in English word
 * forms (src/lib/search/englishSearch.ts), with faq/en/synonyms.yaml compiled into those forms and the
 * readings of faq/en/readings.yaml. `words` says which forms, so the English loader refuses the Japanese index.
 */
export interface EnglishSearchPayload extends SearchPayload {
  words: 'en'
}

/**
 * One step of the companion's walk through the real screens (faq/walk.yaml), the same in every edition:
 * which FAQ step it belongs to, what it cites and what it shows. Its wording is a WalkText of each edition.
 */
export interface WalkStep {
  /** lower-case words and hyphens; kept on the device as the current step, never renamed once published */
  id: string
  /** the FAQ step (steps.yaml) the screen belongs to */
  screen: string
  /** a link name of links.yaml to open at this step */
  link?: string
  /** the question widgets that fit here (src/tools/registry.ts) */
  widgets: string[]
  /** the questions of this screen, for "stuck here?", with a message anchor when one section fits */
  questions: { id: string; anchor?: string }[]
  /** the facts shown at this step: a question's `facts` key, or `summary` for its summary */
  facts: { question: string; key: string }[]
}

/** A walk step's wording in one edition; `facts` are the cited sentences, in the order of WalkStep.facts. */
export interface WalkText {
  title: string
  /** what the screen shows and asks */
  shows: string
  /** what to do */
  do: string
  facts: readonly string[]
  /**
   * for each question cited with an anchor (`id#anchor`), the on-screen messages that section explains, as
   * this edition quotes them: 「text」, and in a translation 「text」 (“gloss”)
   */
  messages: Readonly<Record<string, string>>
}

/** The compiled walk of one edition. */
export interface CompiledWalk {
  steps: WalkStep[]
  /** by step id */
  text: Record<string, WalkText>
}
