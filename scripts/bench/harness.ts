/**
 * Benchmark harness: the search engine, its index and the checkers, bundled as the app bundles them,
 * exposed to the benchmark page so it can time them in Chromium with CPU slowdown. Never shipped.
 */
import { questions } from 'virtual:faq'
import { LIST_OPTIONS, loadSearchIndex, search, type SearchEngine } from '../../src/lib/search/engine'
import { unpackReadings } from '../../src/lib/search/readings'
import { unpackSynonyms } from '../../src/lib/search/synonyms'
import { checkPassword } from '../../src/tools/password/password'
import { checkEmail } from '../../src/tools/email/email'
import { checkSetupKey, usableCleanedKey } from '../../src/tools/setup-key/setupKey'
import { checkOmuid } from '../../src/tools/omuid/omuid'
import { findSecretLike } from '../../src/tools/inquiry/inquiry'
import { LIMITS, clipText } from '../../src/lib/limits'
import { QUERIES } from '../../tests/search/queries'
import { SITUATIONS } from '../../tests/search/situations'

import type { SearchPayload as Payload } from '../../src/content/types'

/** top-1 / top-3 hits and the median number of results a list shows (as the app lists them, of 20). */
interface Accuracy {
  count: number
  top1: number
  top3: number
  medianListed: number
}

function accuracy(engine: SearchEngine, cases: readonly { q: string; ids: readonly string[] }[]): Accuracy {
  let top1 = 0
  let top3 = 0
  const listed: number[] = []
  for (const c of cases) {
    const results = search(engine, c.q, undefined, { ...LIST_OPTIONS, limit: 20 })
    listed.push(results.length)
    const rank = results.findIndex((r) => c.ids.includes(r.id))
    if (rank === 0) top1++
    if (rank >= 0 && rank < 3) top3++
  }
  return { count: cases.length, top1, top3, medianListed: median(listed) }
}

let engine: SearchEngine | null = null
let payload: Payload | null = null

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

Object.assign(window, {
  bench: {
    /** Loads the index chunk and builds the engine; returns the milliseconds it took. */
    async loadIndex(): Promise<{ ms: number; bytes: number }> {
      const t0 = performance.now()
      payload = (await import('virtual:search-index')).default as Payload
      engine = loadSearchIndex(payload.index, unpackSynonyms(payload.synonyms), unpackReadings(payload.readings), questions)
      return { ms: performance.now() - t0, bytes: JSON.stringify(payload).length }
    },
    /** Time of one query, e.g. the first after loading (the code is still cold then). */
    once(q: string): number {
      if (!engine) throw new Error('load the index first')
      const t0 = performance.now()
      search(engine, q, undefined, { ...LIST_OPTIONS, limit: 10 })
      return performance.now() - t0
    },
    /** Median time of one query over the test set (each query run `rounds` times). */
    queries(rounds = 5): { median: number; count: number } {
      if (!engine || !payload) throw new Error('load the index first')
      const times: number[] = []
      for (let r = 0; r < rounds; r++) {
        for (const { q } of QUERIES) {
          const t0 = performance.now()
          search(engine, q)
          times.push(performance.now() - t0)
        }
      }
      return { median: median(times), count: QUERIES.length }
    },
    /** Accuracy on both query sets, and how many results a list shows. */
    accuracy(): { first: Accuracy; situations: Accuracy } {
      if (!engine) throw new Error('load the index first')
      return {
        first: accuracy(engine, QUERIES.map((c) => ({ q: c.q, ids: [c.id] }))),
        situations: accuracy(engine, SITUATIONS),
      }
    },
    /** Median time to check a 10,000-character input, for an ASCII and a mixed-script password. */
    password(rounds = 21): { ascii: number; mixed: number } {
      const ascii = 'Abcdefgh1234!'.repeat(770).slice(0, 10_000)
      const mixed = 'Abcｄ１２３あ😀 x'.repeat(1000).slice(0, 10_000)
      const time = (s: string) => {
        const xs: number[] = []
        for (let i = 0; i < rounds; i++) {
          const t0 = performance.now()
          checkPassword(s, s)
          xs.push(performance.now() - t0)
        }
        return median(xs)
      }
      return { ascii: time(ascii), mixed: time(mixed) }
    },
    /**
     * Median time of each check for the longest input its field accepts (src/lib/limits.ts): ASCII and
     * mixed scripts (full-width, kana, kanji, emoji sequences, combining marks, blanks), cut as the field cuts.
     */
    longest(rounds = 21): Record<string, number> {
      const MIXED = 'Abcｄ１２３あア漢😀 x👨‍👩‍👧e\u0301か\u3099\u200b　'
      const fill = (unit: string, max: number) => clipText(unit.repeat(Math.ceil(max / unit.length) + 1), max)
      const time = (run: () => unknown) => {
        const xs: number[] = []
        for (let i = 0; i < rounds; i++) {
          const t0 = performance.now()
          run()
          xs.push(performance.now() - t0)
        }
        return median(xs)
      }
      const pwAscii = fill('Abcdefgh1234!', LIMITS.password)
      const pwMixed = fill(MIXED, LIMITS.password)
      // An address of the full length: a long local part with look-alike characters, then a domain.
      const emailMixed = fill(MIXED, LIMITS.email - 10) + '@gmail.com'
      const emailAscii = fill('taro.yamada', LIMITS.email - 10) + '@gmail.com'
      const q = fill('パスワード 変更 エラー 無効なキー ', LIMITS.search)
      return {
        passwordAscii: time(() => checkPassword(pwAscii, pwAscii)),
        passwordMixed: time(() => checkPassword(pwMixed, pwMixed)),
        emailAscii: time(() => checkEmail(emailAscii)),
        emailMixed: time(() => checkEmail(emailMixed)),
        setupKeyMixed: time(() => (checkSetupKey(fill(MIXED, LIMITS.setupKey)), usableCleanedKey(fill(MIXED, LIMITS.setupKey)))),
        setupKeyAscii: time(() => (checkSetupKey(fill('JBSW Y3DP ', LIMITS.setupKey)), usableCleanedKey(fill('JBSW Y3DP ', LIMITS.setupKey)))),
        omuidMixed: time(() => checkOmuid(fill(MIXED, LIMITS.omuid))),
        inquiryDetailsMixed: time(() => findSecretLike(fill(MIXED + 'Abcd1234XYZ! JBSWY3DPEHPK3PXP ', LIMITS.inquiryDetails))),
        searchQuery: engine ? time(() => search(engine as SearchEngine, q)) : Number.NaN,
      }
    },
    /** Median time to check one address. */
    email(rounds = 101): number {
      const xs: number[] = []
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now()
        checkEmail('taro.yamada@docomo.ne.jp')
        xs.push(performance.now() - t0)
      }
      return median(xs)
    },
  },
})
