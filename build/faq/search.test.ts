import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { compileAppEditions } from '../faq-plugin.ts'
import { buildEnglishSearchPayload, loadReadings } from './search.ts'

describe('loadReadings', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  const withFile = (text: string | null): string => {
    const dir = mkdtempSync(join(tmpdir(), 'readings-'))
    dirs.push(dir)
    if (text !== null) writeFileSync(join(dir, 'readings.yaml'), text)
    return dir
  }

  it('reads faq/readings.yaml, and nothing when there is none', () => {
    expect(loadReadings(withFile('パスワード: [pasuwado]\n'))).toEqual([['パスワード', ['pasuwado']]])
    expect(loadReadings(withFile(null))).toEqual([])
  })

  it('stops the build naming the file and the reason', () => {
    expect(() => loadReadings(withFile('全角: [ぜん]\n'))).toThrow('readings.yaml: readings: 全角: "ぜん" is shorter than 3 characters')
  })

  it('accepts the real table', () => {
    const table = loadReadings(join(import.meta.dirname, '../../faq'))
    expect(table.length).toBeGreaterThan(10)
  })
})

describe('buildEnglishSearchPayload', () => {
  const { en } = compileAppEditions(join(import.meta.dirname, '../../faq'))
  const fail = (change: Partial<typeof en>, readings: [string, string[]][] = []) => {
    try {
      buildEnglishSearchPayload({ ...en, ...change }, readings)
    } catch (e) {
      return e as Error
    }
    throw new Error('expected the build to stop')
  }

  it('reads en/readings.yaml by its path, naming it on bad data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readings-'))
    try {
      writeFileSync(join(dir, 'readings.yaml'), 'password: [pa]\n')
      expect(() => loadReadings(dir, 'readings.yaml')).toThrow('readings.yaml: readings: password: "pa" is shorter than 3 characters')
      expect(loadReadings(join(import.meta.dirname, '../../faq'), 'en/readings.yaml').length).toBeGreaterThan(10)
      expect(loadReadings(dir, 'en/readings.yaml')).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('packs the English index against the English questions, with its synonyms in word forms', () => {
    const payload = buildEnglishSearchPayload(en, [['password', ['pasuwado']]])
    expect(payload.words).toBe('en')
    expect(payload.readings).toBe('pasuwado|password')
    expect(payload.synonyms.split('/')).toContain('confirm cod|verif cod|email cod|reset cod|securit cod')
    expect((payload.index as { docs: unknown[] }).docs).toHaveLength(en.questions.length)
  })

  it('stops on a synonym that cannot match, naming en/synonyms.yaml', () => {
    const e = fail({ synonyms: [['password', 'how do I']] })
    expect(e.message).toBe('faq/en/synonyms.yaml: synonyms: group 1: "how do I" is made of stop words only (english.ts STOP_WORDS), so it never matches')
    expect(fail({ synonyms: [['code', 'codes']] }).message).toMatch(/^faq\/en\/synonyms.yaml: synonyms: group 1 has one term once stemmed/)
  })

  it('stops on a romaji reading that is English the pages use, or a term of stop words only', () => {
    expect(fail({}, [['password', ['pasuwado', 'code']]]).message).toBe(
      'faq/en/readings.yaml: password: "code" is English the pages use: a query with it would lose it to "password"',
    )
    expect(fail({}, [['how do I', ['dou suru']]]).message).toBe('faq/en/readings.yaml: how do I: the term is made of stop words only')
    // romaji the pages only hold in keywords is fine
    expect(() => buildEnglishSearchPayload(en, [['confirmation code', ['kakunin kodo']]])).not.toThrow()
  })
})
