import { describe, expect, it } from 'vitest'
import { applyReadings, compileReadings, packReadings, parseReadings, unpackReadings } from './readings'
import { normalize } from './normalize'

const TABLE = parseReadings({
  パスワード: ['pasuwado', 'pasuwaado', 'pasuwa-do'],
  仮パスワード: ['かりぱすわーど'],
  使用不可文字: ['しようふかもじ', 'shiyoufukamoji'],
})
const compiled = compileReadings(TABLE)
const read = (q: string) => applyReadings(normalize(q), compiled)

describe('parseReadings', () => {
  it('reads a map of term → readings', () => {
    expect(parseReadings({ 全角: ['ぜんかく', 'zenkaku'] })).toEqual([['全角', ['ぜんかく', 'zenkaku']]])
    expect(parseReadings(null)).toEqual([])
  })

  it.each([
    [[['a']], 'expected a map'],
    ['x', 'expected a map'],
    [{ 全角: [] }, 'must list at least one reading'],
    [{ 全角: 'ぜんかく' }, 'must list at least one reading'],
    [{ 全角: [3] }, 'a reading is not text'],
    [{ 全角: ['ぜん'] }, 'shorter than 3 characters'],
    [{ 全角文字: ['ぜんかくもじ', '全角文字'] }, 'is the term itself'],
    [{ 全角: ['ぜんかく'], 前革: ['ゼンカク'] }, 'is a reading of both'],
    [{ '。': ['abc'] }, 'empty after normalisation'],
  ])('rejects %j', (data, message) => {
    expect(() => parseReadings(data)).toThrow(message)
  })
})

describe('applyReadings', () => {
  it('replaces romaji and hiragana readings by the written term', () => {
    expect(read('pasuwado')).toBe(normalize('パスワード'))
    expect(read('ＰＡＳＵＷＡＡＤＯ')).toBe(normalize('パスワード'))
    expect(read('pasuwa-do wasureta')).toBe(normalize('パスワード wasureta'))
    expect(read('しようふかもじ')).toBe('使用不可文字')
    expect(read('シヨウフカモジが出た')).toBe('使用不可文字が出た')
    expect(read('shiyoufukamoji')).toBe('使用不可文字')
  })

  it('prefers the longest reading at a position', () => {
    expect(read('かりぱすわーど')).toBe(normalize('仮パスワード'))
  })

  it('matches romaji as whole words only', () => {
    expect(read('xpasuwado')).toBe('xpasuwado')
    expect(read('pasuwadox')).toBe('pasuwadox')
    expect(read('仮pasuwado')).toBe(normalize('仮パスワード'))
  })

  it('leaves other text and the empty table alone, and its output is normalised', () => {
    expect(read('パスワード 忘れた')).toBe(normalize('パスワード 忘れた'))
    expect(applyReadings('pasuwado', compileReadings([]))).toBe('pasuwado')
    expect(applyReadings('', compiled)).toBe('')
    for (const q of ['pasuwado', 'しようふかもじ', 'かりぱすわーど ok']) expect(normalize(read(q))).toBe(read(q))
  })

  it('accepts a compiled table as is', () => {
    expect(compileReadings(compiled)).toBe(compiled)
    expect(compileReadings(undefined)).toEqual({ entries: [] })
  })
})

describe('packReadings / unpackReadings', () => {
  it('round-trips compiled readings through one string, order and Latin flags included', () => {
    const packed = packReadings(compiled)
    expect(packed.split('/')[0]).toBe('shiyoufukamoji|使用不可文字') // longest first, as compiled
    expect(unpackReadings(JSON.parse(JSON.stringify(packed)))).toEqual(compiled)
    expect(compiled.entries.some((e) => e.latin) && compiled.entries.some((e) => !e.latin)).toBe(true)
  })

  it('refuses a separator inside and reads anything but a string as no readings', () => {
    expect(() => packReadings({ entries: [{ reading: 'a|b', term: 'c', latin: true }] })).toThrow()
    expect(unpackReadings(null)).toEqual({ entries: [] })
    expect(unpackReadings('')).toEqual({ entries: [] })
  })
})
