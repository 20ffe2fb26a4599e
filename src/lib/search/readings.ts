/**
 * Readings: key terms typed as they sound, with the IME off (pasuwado) or left unconverted (しようふかもじ).
 * The table is data (faq/readings.yaml); a query has each reading replaced by its written term once it is
 * normalised, before tokenising. Replacing (not adding) matters: the bigrams of しようふかもじ otherwise
 * find unrelated text (しよ, よう), and a Latin word like pasuwado finds nothing at all.
 *
 * Latin readings match whole words only (so "id" rules never fire inside other words); kana readings
 * match anywhere, which is why they must be at least READING_MIN_LENGTH characters long.
 */
import { normalize } from './normalize.ts'
import { isJapaneseCodePoint } from './tokenize.ts'

/** Term → its readings, as written in faq/readings.yaml. */
export type ReadingTable = readonly (readonly [term: string, readings: readonly string[]])[]

/** Readings ready for matching: normalised, longest first. */
export interface CompiledReadings {
  readonly entries: readonly { readonly reading: string; readonly term: string; readonly latin: boolean }[]
}

/** Shorter kana readings would turn up inside unrelated words. */
export const READING_MIN_LENGTH = 3

/**
 * Validates parsed YAML (a map of term → list of readings) and returns the table. Throws with the term
 * at fault: the build must stop on bad data.
 */
export function parseReadings(data: unknown): [string, string[]][] {
  if (data === null || data === undefined) return []
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('readings: expected a map of term → [readings]')
  const seen = new Map<string, string>()
  return Object.entries(data as Record<string, unknown>).map(([term, list]) => {
    if (normalize(term) === '') throw new Error(`readings: term "${term}" is empty after normalisation`)
    if (!Array.isArray(list) || list.length === 0) throw new Error(`readings: ${term} must list at least one reading`)
    const readings = list.map((r: unknown) => {
      if (typeof r !== 'string') throw new Error(`readings: ${term}: a reading is not text`)
      const n = normalize(r)
      if (Array.from(n).length < READING_MIN_LENGTH) throw new Error(`readings: ${term}: "${r}" is shorter than ${READING_MIN_LENGTH} characters`)
      if (n === normalize(term)) throw new Error(`readings: ${term}: "${r}" is the term itself`)
      const other = seen.get(n)
      if (other !== undefined && other !== term) throw new Error(`readings: "${r}" is a reading of both ${other} and ${term}`)
      seen.set(n, term)
      return r
    })
    return [term, readings]
  })
}

function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ' ' && !isJapaneseCodePoint(ch.codePointAt(0) as number)
}

/** Does a (normalised) reading start or end like a Latin word? Such readings match whole words only. */
function isLatinReading(reading: string): boolean {
  return isLatin(reading[0]) || isLatin(reading[reading.length - 1])
}

/** Normalise the table once, longest reading first so that pasuwaado wins over a shorter reading inside it. */
export function compileReadings(table: ReadingTable | CompiledReadings | undefined | null): CompiledReadings {
  if (!table) return { entries: [] }
  if (!Array.isArray(table)) return table as CompiledReadings
  const entries: { reading: string; term: string; latin: boolean }[] = []
  for (const entry of table as ReadingTable) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue
    const term = normalize(entry[0])
    for (const r of entry[1]) {
      const reading = typeof r === 'string' ? normalize(r) : ''
      if (reading === '' || reading === term || entries.some((e) => e.reading === reading)) continue
      entries.push({ reading, term, latin: isLatinReading(reading) })
    }
  }
  entries.sort((a, b) => b.reading.length - a.reading.length)
  return { entries }
}

/**
 * Build time: compiled readings → the string virtual:search-index ships, "reading|term" in their order,
 * '/' between them (normalised text holds neither mark); 0.1 KB gzip less than the same as JSON.
 */
export function packReadings({ entries }: CompiledReadings): string {
  if (entries.some((e) => e.reading === '' || e.term === '' || /[|/]/.test(e.reading + e.term))) {
    throw new Error('readings: a compiled reading or term is empty or holds | or /')
  }
  return entries.map((e) => `${e.reading}|${e.term}`).join('/')
}

/** The readings packReadings wrote, in the same order (anything but a string: none). */
export function unpackReadings(packed: unknown): CompiledReadings {
  if (typeof packed !== 'string' || packed === '') return { entries: [] }
  return {
    entries: packed.split('/').map((e) => {
      const [reading = '', term = ''] = e.split('|')
      return { reading, term, latin: isLatinReading(reading) }
    }),
  }
}

/**
 * Replace every reading in a normalised query by its term (one left-to-right pass, longest reading
 * first at each position, so a replacement is never read again). The result is normalised too.
 */
export function applyReadings(normalized: string, readings: CompiledReadings): string {
  const { entries } = readings
  if (entries.length === 0 || normalized === '') return normalized
  let out = ''
  let i = 0
  outer: while (i < normalized.length) {
    for (const e of entries) {
      if (!normalized.startsWith(e.reading, i)) continue
      const end = i + e.reading.length
      // A Latin reading must be a whole word: pasuwado, not the middle of another word.
      if (e.latin && (isLatin(normalized[i - 1]) || isLatin(normalized[end]))) continue
      out += e.term
      i = end
      continue outer
    }
    out += normalized[i]
    i++
  }
  return out
}
