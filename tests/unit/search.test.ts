/**
 * The FAQ search against the real content: builds the index from faq/*.md exactly as the build does
 * (toSearchDoc → buildSearchIndex → JSON → packSearchIndex → loadSearchIndex), runs the query set, and
 * checks that search is total (never throws, whatever is typed).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { parse as parseYaml } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex, packSearchIndex } from '@/lib/search/buildIndex'
import {
  LIST_OPTIONS,
  loadSearchIndex,
  search,
  type SearchEngine,
  type SearchResult,
} from '@/lib/search/engine'
import { toSearchDoc, type FaqEntryInput } from '@/lib/search/faqDocs'
import { normalize } from '@/lib/search/normalize'
import { parseReadings } from '@/lib/search/readings'
import { parseSynonymGroups } from '@/lib/search/synonyms'
import { tokenize } from '@/lib/search/tokenize'
import { QUERIES } from '../search/queries'
import { compileAppFaq } from '../../build/faq-plugin.ts'
import { SITUATIONS } from '../search/situations'

const FAQ_DIR = join(import.meta.dirname, '../../faq')

/** Arbitrary UTF-16 code units, so lone surrogates and broken pairs occur too. */
const utf16String = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength })
/** Strings of any code points (astral planes, controls, unassigned) … */
const codePointString = (maxLength: number) => fc.string({ unit: 'binary', maxLength })
/** … and of real graphemes (emoji with skin tones and ZWJ, combining accents, CJK). */
const graphemeString = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength })

/** The questions as the build reads them (the compiler's frontmatter parser), each with its Markdown body. */
function loadEntries(): FaqEntryInput[] {
  return compileAppFaq(FAQ_DIR).compiled.map((q) => ({ ...q, body: q.markdown }))
}

const entries = loadEntries()
const synonyms = parseSynonymGroups(parseYaml(readFileSync(join(FAQ_DIR, 'synonyms.yaml'), 'utf8')))
const readings = parseReadings(parseYaml(readFileSync(join(FAQ_DIR, 'readings.yaml'), 'utf8')))
const docs = entries.map(toSearchDoc)
let indexJson = ''
let engine: SearchEngine

beforeAll(() => {
  indexJson = buildSearchIndex(docs)
  engine = loadSearchIndex(packSearchIndex(indexJson, docs), synonyms, readings, docs)
})

/** What a list in the app shows for `q` (the engine with the long tail cut, as src/search/loadIndex.ts). */
function listed(q: string, limit = 20): SearchResult[] {
  return search(engine, q, undefined, { ...LIST_OPTIONS, limit })
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

describe('FAQ search on the real content', () => {
  it('indexes every question in faq/', () => {
    expect(entries.length).toBeGreaterThanOrEqual(25)
    const ids = new Set(entries.map((e) => e.id))
    for (const c of QUERIES) expect(ids.has(c.id), `unknown id ${c.id} in the query set`).toBe(true)
  })

  it('has a query set of at least 60 queries, none of them a copied title', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60)
    const titles = new Set(entries.map((e) => normalize(e.title)))
    for (const c of QUERIES) expect(titles.has(normalize(c.q)), c.q).toBe(false)
  })

  it('finds the expected question: first for on-screen messages, top three for the rest', () => {
    const failures: string[] = []
    let top1 = 0
    let top3 = 0
    let anchorsOk = 0
    let anchorsWanted = 0
    for (const c of QUERIES) {
      const results = search(engine, c.q)
      const rank = results.findIndex((r) => r.id === c.id)
      if (rank === 0) top1++
      if (rank >= 0 && rank < 3) top3++
      const ok = c.exact ? rank === 0 : rank >= 0 && rank < 3
      if (c.anchor) {
        anchorsWanted++
        if (results[0]?.anchor === c.anchor) anchorsOk++
        else failures.push(`anchor "${c.q}": want #${c.anchor}, got #${results[0]?.anchor ?? '-'}`)
      }
      if (!ok) {
        const got = results.slice(0, 3).map((r) => r.id).join(', ')
        failures.push(`${c.exact ? 'top-1' : 'top-3'} "${c.q}": want ${c.id}, got [${got}]`)
      }
    }
    // timing after the pass above, so the JIT has warmed up as it would after a few keystrokes
    const times: number[] = []
    for (const c of QUERIES) {
      const t0 = performance.now()
      search(engine, c.q)
      times.push(performance.now() - t0)
    }
    const n = QUERIES.length
    const exact = QUERIES.filter((c) => c.exact)
    const exactOk = exact.filter((c) => search(engine, c.q)[0]?.id === c.id).length
    const gz = gzipSync(indexJson).length
    console.log(
      `[search] ${n} queries: top-1 ${top1}/${n} (${((100 * top1) / n).toFixed(1)}%), ` +
        `top-3 ${top3}/${n} (${((100 * top3) / n).toFixed(1)}%), ` +
        `on-screen messages first ${exactOk}/${exact.length}, anchors ${anchorsOk}/${anchorsWanted}; ` +
        `index ${indexJson.length} B raw, ${gz} B gzip; median query ${median(times).toFixed(2)} ms`,
    )
    expect(failures).toEqual([])
    // measured 2026-12-02: 94/97 and 97/97; it was 91/97 before the situations work and must not go below
    expect(top1).toBeGreaterThanOrEqual(91)
    expect(top3).toBe(n)
  })

  it('keeps the shipped index under 16 KB gzip', () => {
    // What ships is the packed index (build/faq/search.ts), not MiniSearch's JSON (21.7 KB): 14.0 KB on 2026-12-03.
    expect(gzipSync(JSON.stringify(packSearchIndex(indexJson, docs))).length).toBeLessThan(16 * 1024)
  })

  it('returns results with title, step, a snippet inside its text and the matched words highlighted', () => {
    const [r] = search(engine, '反映待ち') as [SearchResult]
    expect(r.id).toBe('reflection-pending')
    expect(r.step).toBe('password')
    expect(r.title).toContain('反映待ち')
    expect(r.titleRanges.map(([s, e]) => r.title.slice(s, e))).toContain('反映待ち')
    expect(r.snippet.field).toBe('message')
    // 未変更 is in the same synonym group as 反映待ち, so it is highlighted as a whole word too
    expect(r.snippet.ranges.map(([s, e]) => r.snippet.text.slice(s, e))).toEqual(['未変更', '反映待ち'])
  })

  it('highlights a whole typed message in the snippet, in its original spelling', () => {
    const [r] = search(engine, 'ﾊﾟｽﾜｰﾄﾞが正しくありません') as [SearchResult]
    expect(r.anchor).toBe('current-password-wrong')
    expect(r.snippet.text).toBe('パスワードが正しくありません。')
    expect(r.snippet.ranges).toEqual([[0, 14]])
  })

  it('gives no anchor when the query does not single out one message', () => {
    const results = search(engine, 'パスワード')
    expect(results.length).toBeGreaterThan(0)
    expect(results.find((r) => r.id === 'change-errors')?.anchor).toBeUndefined()
  })

  it('ranks a question whose message matches above one that only mentions the words', () => {
    const ids = search(engine, '無効なキー').map((r) => r.id)
    expect(ids[0]).toBe('invalid-key')
    // "キー" alone appears in multiple-devices too; it must come later
    expect(ids.indexOf('multiple-devices')).toBeGreaterThan(0)
  })

  it('uses synonyms only when given: 連絡 reaches 問い合わせ', () => {
    const plain = loadSearchIndex(packSearchIndex(indexJson, docs), null, null, docs)
    expect(search(plain, 'どこに連絡すればいい').map((r) => r.id).slice(0, 3)).not.toContain('contact-help-desk')
    expect(search(engine, 'どこに連絡すればいい')[0]?.id).toBe('contact-help-desk')
    // the same groups passed per call work like groups given at load time
    expect(search(plain, 'どこに連絡すればいい', synonyms)[0]?.id).toBe('contact-help-desk')
  })

  it('respects the result limit', () => {
    expect(search(engine, 'パスワード', undefined, { limit: 2 })).toHaveLength(2)
    expect(search(engine, 'パスワード').length).toBeLessThanOrEqual(10)
  })
})

describe("situations, in students' own words (tests/search/situations.ts)", () => {
  it('has at least 40 cases with known ids, none of them from the first set or a title', () => {
    expect(SITUATIONS.length).toBeGreaterThanOrEqual(40)
    const ids = new Set(entries.map((e) => e.id))
    const first = new Set(QUERIES.map((c) => normalize(c.q)))
    const titles = new Set(entries.map((e) => normalize(e.title)))
    for (const c of SITUATIONS) {
      for (const id of c.ids) expect(ids.has(id), `unknown id ${id} for ${c.q}`).toBe(true)
      expect(first.has(normalize(c.q)), c.q).toBe(false)
      expect(titles.has(normalize(c.q)), c.q).toBe(false)
    }
  })

  it('puts a right answer first for 85 % and in the top three for 95 %, with short lists', () => {
    let top1 = 0
    let top3 = 0
    const misses: string[] = []
    const counts: number[] = []
    for (const c of SITUATIONS) {
      const results = listed(c.q)
      counts.push(results.length)
      const rank = results.findIndex((r) => c.ids.includes(r.id))
      if (rank === 0) top1++
      if (rank >= 0 && rank < 3) top3++
      else misses.push(`"${c.q}": want ${c.ids.join('|')}, got [${results.slice(0, 3).map((r) => r.id).join(', ')}]`)
    }
    const firstCounts = QUERIES.map((c) => listed(c.q).length)
    const n = SITUATIONS.length
    console.log(
      `[search] ${n} situations: top-1 ${top1}/${n} (${((100 * top1) / n).toFixed(1)}%), ` +
        `top-3 ${top3}/${n} (${((100 * top3) / n).toFixed(1)}%); results listed (of at most 20), median: ` +
        `situations ${median(counts)}, first set ${median(firstCounts)}`,
    )
    expect(top1 / n).toBeGreaterThanOrEqual(0.85)
    expect(top3 / n, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
    // measured 2026-12-02: 3 and 2 (before: 11 and 6)
    expect(median(counts)).toBeLessThanOrEqual(4)
    expect(median(firstCounts)).toBeLessThanOrEqual(3)
  })

  it('「ロックされた」 lists the locked student-number system only, nothing matching just された', () => {
    const ids = listed('ロックされた').map((r) => r.id)
    expect(ids[0]).toBe('student-number-unknown')
    expect(ids.length).toBeLessThanOrEqual(2)
    // everything listed is there for ロック, not for the ending
    const forLock = new Set(listed('ロック').map((r) => r.id))
    for (const id of ids) expect(forLock.has(id), id).toBe(true)
    // the ending alone still finds something: a query made only of endings is not emptied
    expect(listed('された').length).toBeGreaterThan(0)
  })

  it.each([
    ['機種変更', 'multiple-devices'],
    ['スマホ 変えた', 'multiple-devices'],
    ['QRコード', 'multiple-devices'],
    ['学籍番号', 'student-number-unknown'],
    ['しようふかもじ', 'change-errors'],
    ['反映されない', 'reflection-pending'],
    ['メールが来ない docomo', 'reset-mail-not-arriving'],
  ])('「%s」 puts %s first', (q, id) => {
    expect(listed(q)[0]?.id).toBe(id)
  })

  it('「iPhone」 leads to the authenticator on the phone, not to having no email address', () => {
    const ids = listed('iPhone').map((r) => r.id)
    expect(['otp-not-sent', 'setup-complete', 'multiple-devices']).toContain(ids[0])
    expect(ids[0]).not.toBe('no-email-address')
  })

  it('「しようふかもじ」 finds only the unusable-characters message, not three unrelated questions', () => {
    const results = listed('しようふかもじ')
    expect(results.map((r) => r.id)).toEqual(['change-errors'])
    expect(results[0]?.anchor).toBe('unusable-characters')
  })

  it('romaji readings search like the word: pasuwado, pasuwaado = パスワード', () => {
    const want = listed('パスワード').map((r) => r.id)
    expect(want.length).toBeGreaterThan(0)
    expect(listed('pasuwado').map((r) => r.id)).toEqual(want)
    expect(listed('PASUWAADO').map((r) => r.id)).toEqual(want)
  })
})

describe('search is total', () => {
  it('returns [] for empty, blank and punctuation-only queries', () => {
    for (const q of ['', ' ', '　', '。、！？「」', '!!!???', '・・・', '\u200b', '🙂🙂', '\ud800', '---', 'ーー']) {
      expect(search(engine, q), JSON.stringify(q)).toEqual([])
    }
  })

  it('never throws on non-string input', () => {
    expect(search(engine, undefined as unknown as string)).toEqual([])
    expect(search(engine, 42 as unknown as string)).toEqual([])
  })

  it('handles a 10,000-character query quickly', () => {
    const long = 'パスワードが正しくありません'.repeat(800).slice(0, 10_000)
    const t0 = performance.now()
    const results = search(engine, long)
    expect(performance.now() - t0).toBeLessThan(200)
    expect(results[0]?.id).toBe('change-errors')
    const latin = 'a '.repeat(5_000)
    expect(() => search(engine, latin)).not.toThrow()
  })

  it('never throws on any string (binary units, full Unicode)', () => {
    for (const arb of [utf16String(300), codePointString(300)]) {
      fc.assert(
        fc.property(arb, (q) => {
          expect(Array.isArray(search(engine, q))).toBe(true)
        }),
        { numRuns: 300 },
      )
    }
    fc.assert(
      fc.property(graphemeString(300), (q) => {
        const results = search(engine, q)
        for (const r of results) {
          for (const [s, e] of r.snippet.ranges) {
            expect(s).toBeGreaterThanOrEqual(0)
            expect(e).toBeLessThanOrEqual(r.snippet.text.length)
            expect(s).toBeLessThan(e)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('finds nothing or something, but never throws, on punctuation and emoji mixes', () => {
    const junk = fc.string({
      unit: fc.constantFrom('。', '、', '!', '?', '「', '」', ' ', '　', '🙂', '👍🏽', '\u200b', '\ufe0f', '-', 'ー', '…'),
      maxLength: 50,
    })
    fc.assert(
      fc.property(junk, (q) => {
        expect(search(engine, q)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})

describe('normalisation properties', () => {
  it('normalize is idempotent', () => {
    for (const arb of [utf16String(200), codePointString(200), graphemeString(200)]) {
      fc.assert(
        fc.property(arb, (s) => {
          const once = normalize(s)
          expect(normalize(once)).toBe(once)
        }),
        { numRuns: 1000 },
      )
    }
  })

  it('tokenize(normalize(q)) equals tokenize(q)', () => {
    const jaish = fc.string({
      unit: fc.constantFrom(
        'パ', 'ス', 'ワ', 'ー', 'ド', 'ｶ', 'ﾞ', 'ｰ', '−', '‐', '-', 'が', '正', 'し', 'く', 'Ａ', 'a', 'B', '１', '2',
        ' ', '　', '。', '「', '」', '\u200b', '🙂', '\ud83d', 'é', 'e\u0301', 'ヴ', 'ゔ', '㍻', 'Ⅻ',
      ),
      maxLength: 40,
    })
    for (const arb of [jaish, utf16String(100), codePointString(100), graphemeString(100)]) {
      fc.assert(
        fc.property(arb, (q) => {
          expect(tokenize(normalize(q))).toEqual(tokenize(q))
        }),
        { numRuns: 500 },
      )
    }
  })
})
