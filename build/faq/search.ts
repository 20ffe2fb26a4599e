/** Builds what the search needs from the compiled FAQ (filled in by the search work, issue 3). */
import type { CompiledFaq } from './compile.ts'

export interface SearchPayload {
  index: string
  synonyms: string[][]
}

/** The search payload: placeholder until the search engine lands. */
export function buildSearchPayload(faq: CompiledFaq): SearchPayload {
  return { index: '', synonyms: faq.synonyms }
}
