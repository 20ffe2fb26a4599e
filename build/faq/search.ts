/**
 * Builds what the search needs from the compiled FAQ: the prebuilt MiniSearch index, the synonyms and
 * the readings (faq/readings.yaml, read here rather than by the FAQ compiler: only search uses them).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { CompiledFaq } from './compile.ts'
import type { SearchPayload } from '../../src/content/types.ts'
import { buildSearchIndex, packSearchIndex } from '../../src/lib/search/engine.ts'
import { toSearchDoc } from '../../src/lib/search/faqDocs.ts'
import { compileReadings, packReadings, parseReadings } from '../../src/lib/search/readings.ts'
import { compileSynonyms, packSynonyms } from '../../src/lib/search/synonyms.ts'

export type { SearchPayload }

/** Reads and validates `<dir>/readings.yaml` (optional); throws naming the file on bad data. */
export function loadReadings(dir: string): [string, string[]][] {
  const file = join(dir, 'readings.yaml')
  if (!existsSync(file)) return []
  try {
    return parseReadings(parseYaml(readFileSync(file, 'utf8')))
  } catch (e) {
    throw new Error(`readings.yaml: ${(e as Error).message}`, { cause: e })
  }
}

/**
 * The search payload shipped as virtual:search-index. Synonyms and readings go out compiled (normalised,
 * sorted): normalising them in the browser took tens of milliseconds at 4x CPU of the index load; and
 * packed into one string each (packSynonyms, packReadings), which the search chunk splits on load.
 */
export function buildSearchPayload(faq: CompiledFaq, readings: [string, string[]][] = []): SearchPayload {
  const docs = faq.compiled.map((q) => toSearchDoc({ ...q, body: q.markdown }))
  return {
    // packed against the questions virtual:faq ships, which the search chunk takes title, step and summary from
    index: packSearchIndex(buildSearchIndex(docs), faq.questions),
    synonyms: packSynonyms(compileSynonyms(faq.synonyms)),
    readings: packReadings(compileReadings(readings)),
  }
}
