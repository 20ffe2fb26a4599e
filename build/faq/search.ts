/** Builds what the search needs from the compiled FAQ: the prebuilt MiniSearch index and the synonyms. */
import type { CompiledFaq } from './compile.ts'
import type { SearchPayload } from '../../src/content/types.ts'
import { buildSearchIndex } from '../../src/lib/search/engine.ts'
import { toSearchDoc } from '../../src/lib/search/faqDocs.ts'

export type { SearchPayload }

/** The search payload shipped as virtual:search-index. */
export function buildSearchPayload(faq: CompiledFaq): SearchPayload {
  const docs = faq.compiled.map((q) => toSearchDoc({ ...q, body: q.markdown }))
  return { index: JSON.parse(buildSearchIndex(docs)), synonyms: faq.synonyms }
}
