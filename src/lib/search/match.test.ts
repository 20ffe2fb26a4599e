/**
 * match.ts against MiniSearch's own search, on the real indexes (Japanese and English) as the app loads
 * them (src/search/loadIndex.ts, loadIndexEn.ts), MiniSearch loading the JSON they were packed from.
 *
 * Every query goes through the engine's search() as the app calls it; each call the engine makes to
 * matchTerms is recorded and its result compared with MiniSearch's search for the same terms, with the
 * options the engine passed it before (buildIndex.ts searchWithMiniSearch): the same documents in the same
 * order with the same score, terms and queryTerms. Scores are compared exactly: the port adds up the same
 * numbers in the same order. Then matchTerms alone, for term queries the engine never makes.
 */
import fc from 'fast-check'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { questions as jaQuestions } from 'virtual:faq'
import { questions as enQuestions } from 'virtual:faq/en'
import jaPayload from 'virtual:search-index'
import enPayload from 'virtual:search-index/en'
import type MiniSearch from 'minisearch'
import { compileAppEditions } from '../../../build/faq-plugin.ts'
import { buildEnglishIndex, buildSearchIndex, loadMiniSearch, packSearchIndex, searchWithMiniSearch, treeOf } from './buildIndex'
import { loadSearchIndex, search, type SearchEngine } from './engine'
import { loadEnglishIndex, searchEnglish } from './englishSearch'
import { toSearchDoc } from './faqDocs'
import { matchTerms, type Match, type MatchIndex, type TermQuery } from './match'
import type { Tree } from './packedTree'
import { unpackReadings } from './readings'
import { unpackSynonyms } from './synonyms'
import { isJapaneseTerm } from './tokenize'

// every call the engine makes is recorded (the real matchTerms still runs)
vi.mock('./match.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./match.ts')>()
  return { ...actual, matchTerms: vi.fn(actual.matchTerms) }
})
const recorded = vi.mocked(matchTerms)

const FAQ_DIR = join(import.meta.dirname, '../../../faq')
const { ja, en } = compileAppEditions(FAQ_DIR)
const docsOf = (faq: typeof ja) => faq.compiled.map((q) => toSearchDoc({ ...q, body: q.markdown }))

interface Lang {
  name: string
  /** the app's search, as src/search/loadIndex*.ts call it */
  search(q: string): unknown
  engine: SearchEngine
  /** MiniSearch from the JSON the shipped index was packed from */
  mini: MiniSearch
  /** the JSON packed as the build packs it, and what ships */
  packed: unknown
  shipped: unknown
  /** titles, messages and a few other texts of its pages */
  titles: string[]
  messages: string[]
  /** the words of its pages (Latin letters, 4 or more) */
  words: string[]
}

function japanese(): Lang {
  const json = buildSearchIndex(docsOf(ja))
  const engine = loadSearchIndex(jaPayload.index, unpackSynonyms(jaPayload.synonyms), unpackReadings(jaPayload.readings), jaQuestions)
  return {
    name: 'Japanese',
    search: (q) => search(engine, q, undefined, { limit: 1000 }),
    engine,
    mini: loadMiniSearch(json),
    packed: packSearchIndex(json, ja.questions),
    shipped: jaPayload.index,
    titles: ja.questions.map((q) => q.title),
    messages: [...ja.compiled.flatMap((q) => q.messages.map((m) => m.text)), ...Object.values(ja.screenMessages).map((m) => m.text)],
    words: wordsOf(ja.compiled.map((q) => `${q.title} ${q.summary} ${q.keywords.join(' ')} ${q.markdown}`).join(' ')),
  }
}

function english(): Lang {
  const json = buildEnglishIndex(docsOf(en))
  const english = loadEnglishIndex(enPayload.index, unpackSynonyms(enPayload.synonyms), unpackReadings(enPayload.readings), enQuestions)
  return {
    name: 'English',
    search: (q) => searchEnglish(english, q, { limit: 1000 }),
    engine: english.engine,
    mini: loadMiniSearch(json),
    packed: packSearchIndex(json, en.questions),
    shipped: enPayload.index,
    titles: en.questions.map((q) => q.title),
    // the pages quote the Japanese messages, with their meaning in English
    messages: en.compiled.flatMap((q) => q.messages.flatMap((m) => [m.text, m.gloss ?? ''])),
    words: wordsOf(en.compiled.map((q) => `${q.title} ${q.summary} ${q.markdown}`).join(' ')),
  }
}

function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])].sort()
}

/** Every term of a tree, in tree order. */
function termsOf(node: Tree, prefix = '', out: string[] = []): string[] {
  for (const [key, child] of node) {
    if (key === '') out.push(prefix)
    else termsOf(child as Tree, prefix + key, out)
  }
  return out
}

/** A deterministic pseudo-random sequence (the query sets stay the same from run to run). */
function pick<T>(xs: readonly T[], count: number, seed = 1): T[] {
  let s = seed
  const out: T[] = []
  for (let i = 0; i < count && xs.length > 0; i++) {
    s = (s * 1103515245 + 12345) % 2147483648
    out.push(xs[s % xs.length] as T)
  }
  return out
}

/** One-edit variants of a word: each letter left out, doubled, replaced by its neighbour, swapped with the next. */
function typos(word: string): string[] {
  const out = new Set<string>()
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string
    const next = String.fromCharCode(c === 'z' ? 97 : c.charCodeAt(0) + 1)
    out.add(word.slice(0, i) + word.slice(i + 1))
    out.add(word.slice(0, i) + c + word.slice(i))
    out.add(word.slice(0, i) + next + word.slice(i + 1))
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + c + word.slice(i + 2))
  }
  out.delete(word)
  return [...out]
}

/** All prefixes (by code point) of `text`, and its windows of 3 and 6 code points. */
function pieces(text: string): string[] {
  const cps = Array.from(text)
  const out = new Set<string>()
  for (let i = 1; i <= cps.length; i++) out.add(cps.slice(0, i).join(''))
  for (const n of [3, 6]) for (let i = 0; i + n <= cps.length; i += n - 1) out.add(cps.slice(i, i + n).join(''))
  return [...out]
}

/** What the checks saw, so a test can say it reached prefix and fuzzy matching at all. */
interface Seen {
  calls: number
  results: number
  /** results holding an index term longer than the query term it came from, starting with it */
  prefix: number
  /** results holding an index term that is neither a query term nor longer than one it starts with */
  fuzzy: number
}

function tally(seen: Seen, queries: readonly TermQuery[], matches: Match[]): void {
  seen.calls++
  seen.results += matches.length
  const asked = queries.map((q) => q.term)
  for (const m of matches) {
    if (m.terms.some((t) => !asked.includes(t) && asked.some((a) => t.startsWith(a)))) seen.prefix++
    if (m.terms.some((t) => !asked.some((a) => t.startsWith(a)))) seen.fuzzy++
  }
}

/** Runs `queries` through the app's search and compares every matchTerms call with MiniSearch. */
function checkSearches(lang: Lang, queries: Iterable<string>): Seen {
  const seen: Seen = { calls: 0, results: 0, prefix: 0, fuzzy: 0 }
  for (const q of queries) {
    recorded.mockClear()
    lang.search(q)
    recorded.mock.calls.forEach(([index, terms], k) => {
      const result = recorded.mock.results[k]
      expect(result?.type, q).toBe('return')
      expect(index).toBe(lang.engine.index)
      const ours = result?.value as Match[]
      expect(ours, `${lang.name} query ${JSON.stringify(q)}: ${JSON.stringify(terms)}`).toEqual(searchWithMiniSearch(lang.mini, terms, true))
      tally(seen, terms, ours)
    })
  }
  return seen
}

const LANGS = [japanese(), english()]

describe.each(LANGS)('matchTerms on the $name index', (lang) => {
  const index: MatchIndex = lang.engine.index
  const terms = termsOf(index.tree)
  const latin = terms.filter((t) => !isJapaneseTerm(t))

  it('reads the index MiniSearch reads: the shipped one, packed from the same JSON, the same tree', () => {
    expect(JSON.parse(JSON.stringify(lang.shipped))).toEqual(JSON.parse(JSON.stringify(lang.packed)))
    expect(terms).toEqual(termsOf(treeOf(lang.mini) as Tree))
    expect(latin.length).toBeGreaterThan(20)
  })

  it('gives what MiniSearch gives for every on-screen message and title, whole and in pieces', () => {
    const texts = [...lang.titles, ...lang.messages].filter(Boolean)
    expect(texts.length).toBeGreaterThan(40)
    const seen = checkSearches(lang, texts.flatMap(pieces))
    expect(seen.calls).toBeGreaterThan(2000)
    expect(seen.prefix).toBeGreaterThan(100)
  })

  it('… for words with one or two typos (fuzzy matches)', () => {
    const words = [...new Set([...lang.words, ...latin.filter((t) => t.length >= 4)])]
    const once = words.flatMap((w) => pick(typos(w), 3, w.length))
    const twice = pick(words, 300, 7).flatMap((w) => pick(typos(w), 2, 3).flatMap((t) => pick(typos(t), 1, 5)))
    const seen = checkSearches(lang, [...once, ...twice])
    expect(seen.fuzzy).toBeGreaterThan(100)
  })

  it('… for a single kana or kanji, and for Latin prefixes (prefix matches)', () => {
    const chars = new Set<string>()
    for (const t of terms) if (isJapaneseTerm(t)) chars.add(Array.from(t)[0] as string)
    for (let c = 0x3041; c <= 0x3096; c++) chars.add(String.fromCharCode(c))
    for (const c of '漢字変更申請画面端末') chars.add(c)
    const prefixes = new Set<string>()
    for (const t of latin) for (let i = 1; i <= t.length; i++) prefixes.add(t.slice(0, i))
    const seen = checkSearches(lang, [...chars, ...prefixes])
    expect(seen.prefix).toBeGreaterThan(200)
  })

  it('… for mixed queries: messages and titles with Latin words, prefixes and typos', () => {
    const texts = [...lang.titles, ...lang.messages].filter(Boolean)
    const words = [...latin, ...lang.words]
    const queries = pick(texts, 200, 11).map((text, i) => {
      const w = pick(words, 1, i + 3)[0] as string
      const cps = Array.from(text)
      const part = cps.slice(0, 1 + (i % cps.length)).join('')
      return [`${text} ${w}`, `${w} ${part}`, `${part}${w.slice(0, 3)}`, `${pick(typos(w), 1, i)[0] ?? w} ${part}`][i % 4] as string
    })
    const seen = checkSearches(lang, queries)
    expect(seen.prefix).toBeGreaterThan(50)
    expect(seen.fuzzy).toBeGreaterThan(10)
  })

  it('… for random queries of the index terms, their prefixes and their edits (fast-check)', () => {
    const term = fc.constantFrom(...terms)
    const word = fc.constantFrom(...lang.words)
    const edited = fc.tuple(fc.oneof(term, word), fc.nat(), fc.constantFrom('delete', 'insert', 'replace', 'swap', 'prefix')).map(([t, n, how]) => {
      const cps = Array.from(t)
      const i = n % cps.length
      const c = cps[(n >> 3) % cps.length] as string
      if (how === 'delete') cps.splice(i, 1)
      else if (how === 'insert') cps.splice(i, 0, c)
      else if (how === 'replace') cps[i] = c
      else if (how === 'swap' && i + 1 < cps.length) [cps[i], cps[i + 1]] = [cps[i + 1] as string, cps[i] as string]
      else cps.length = Math.max(1, i)
      return cps.join('')
    })
    const query = fc.array(fc.oneof(term, word, edited), { minLength: 1, maxLength: 5 }).chain((parts) =>
      fc.constantFrom(parts.join(' '), parts.join('')),
    )
    fc.assert(
      fc.property(query, (q) => {
        checkSearches(lang, [q])
      }),
      { numRuns: 400 },
    )
  })

  it('… for term queries the engine never makes: any terms, prefix on any, distances up to 3, any boost', () => {
    const special = ['constructor', 'toString', '__proto__', 'hasOwnProperty', '0', '1', '12', 'a', 'ー', '々']
    const pool = [...terms, ...special, ...lang.words]
    const termArb = fc.oneof(
      fc.constantFrom(...pool),
      fc.tuple(fc.constantFrom(...pool), fc.nat()).map(([t, n]) => t.slice(0, 1 + (n % t.length))),
      fc.tuple(fc.constantFrom(...pool), fc.nat(), fc.constantFrom(...pool)).map(([t, n, u]) => t.slice(0, n % (t.length + 1)) + u.slice(n % u.length)),
      fc.string({ unit: fc.constantFrom(...'aeiostnrpdcmx0129あいうかきしたてなのぱわーん漢字設定'), minLength: 1, maxLength: 8 }),
    )
    const queryArb = fc.record({
      term: termArb,
      boost: fc.oneof(fc.constantFrom(0.125, 0.5, 1, 3), fc.double({ min: 0.01, max: 10, noNaN: true })),
      prefix: fc.boolean(),
      fuzzy: fc.constantFrom(0, 0, 1, 2, 3),
    })
    fc.assert(
      fc.property(fc.array(queryArb, { minLength: 1, maxLength: 6 }), (queries: TermQuery[]) => {
        expect(matchTerms(index, queries)).toEqual(searchWithMiniSearch(lang.mini, queries))
      }),
      { numRuns: 300 },
    )
  })
})
