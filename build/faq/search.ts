/**
 * Builds what the search needs from the compiled FAQ: the prebuilt MiniSearch index, the synonyms and
 * the readings (faq/readings.yaml, read here rather than by the FAQ compiler: only search uses them); and
 * the same for the English edition (faq/en/: English word forms, faq/en/synonyms.yaml, faq/en/readings.yaml).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { FaqError, TRANSLATION_DIR, type CompiledFaq, type CompiledTranslation } from './compile.ts'
import type { EnglishSearchPayload, SearchPayload } from '../../src/content/types.ts'
import { buildEnglishIndex, buildSearchIndex, packSearchIndex } from '../../src/lib/search/buildIndex.ts'
import { canonEnglish } from '../../src/lib/search/english.ts'
import { compileEnglishSynonyms } from '../../src/lib/search/englishSearch.ts'
import { markdownToPlain, toSearchDoc } from '../../src/lib/search/faqDocs.ts'
import { normalize } from '../../src/lib/search/normalize.ts'
import { compileReadings, packReadings, parseReadings } from '../../src/lib/search/readings.ts'
import { compileSynonyms, containsTerm, packSynonyms } from '../../src/lib/search/synonyms.ts'

export type { EnglishSearchPayload, SearchPayload }

/**
 * Reads and validates `<dir>/readings.yaml`, or `<dir>/<file>` (en/readings.yaml), optional; throws naming
 * the file on bad data.
 */
export function loadReadings(dir: string, file = 'readings.yaml'): [string, string[]][] {
  const path = join(dir, file)
  if (!existsSync(path)) return []
  try {
    return parseReadings(parseYaml(readFileSync(path, 'utf8')))
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`, { cause: e })
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

/**
 * The English pages' own prose, normalised: titles, summaries and bodies, one text. Keywords are left out:
 * they may hold romaji on purpose (kakunin kodo).
 */
function englishProse(en: CompiledTranslation): string {
  return en.compiled.map((q) => normalize([q.title, q.summary, markdownToPlain(q.markdown)].join(' '))).join(' ')
}

/**
 * The English search payload, shipped as virtual:search-index/en in the Japanese payload's packed format:
 * the English pages indexed in English word forms (englishSearch.ts), packed against the questions of
 * virtual:faq/en; faq/en/synonyms.yaml compiled into the same word forms; faq/en/readings.yaml (romaji →
 * English term, or the Japanese term the pages quote) compiled. Stops with the file and the reason on a
 * synonym that cannot match (compileEnglishSynonyms) and on a romaji reading that is an English word of the
 * pages (it would replace that word in every query).
 */
export function buildEnglishSearchPayload(en: CompiledTranslation, readings: [string, string[]][] = []): EnglishSearchPayload {
  const synonymsFile = `${TRANSLATION_DIR}/synonyms.yaml`
  const readingsFile = `${TRANSLATION_DIR}/readings.yaml`
  let synonyms
  try {
    synonyms = compileEnglishSynonyms(en.synonyms)
  } catch (e) {
    throw new FaqError(synonymsFile, (e as Error).message)
  }
  const prose = englishProse(en)
  for (const [term, list] of readings) {
    if (canonEnglish(normalize(term)) === '') throw new FaqError(readingsFile, `${term}: the term is made of stop words only`)
    for (const r of list) {
      if (/^[a-z0-9 ]+$/.test(normalize(r)) && containsTerm(prose, normalize(r))) {
        throw new FaqError(readingsFile, `${term}: "${r}" is English the pages use: a query with it would lose it to "${term}"`)
      }
    }
  }
  const docs = en.compiled.map((q) => toSearchDoc({ ...q, body: q.markdown }))
  return {
    words: 'en',
    index: packSearchIndex(buildEnglishIndex(docs), en.questions),
    synonyms: packSynonyms(synonyms),
    readings: packReadings(compileReadings(readings)),
  }
}
