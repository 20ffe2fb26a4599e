import { describe, expect, it } from 'vitest'
import { compileSynonyms, containsTerm, expandSynonyms, packSynonyms, parseSynonymGroups, unpackSynonyms } from './synonyms'

const GROUPS = [
  ['スマホ', 'スマートフォン', '携帯'],
  ['ID', 'OMUID'],
  ['届かない', '来ない', 'こない'],
  ['PC', 'パソコン'],
  ['Google Authenticator', '認証アプリ'],
]

describe('parseSynonymGroups', () => {
  it('accepts lists of terms and {terms} objects; numbers become text', () => {
    expect(parseSynonymGroups([['a', 'b'], { terms: ['c', 2] }])).toEqual([
      ['a', 'b'],
      ['c', '2'],
    ])
  })

  it.each([
    [null, 'expected a list of groups'],
    [{}, 'expected a list of groups'],
    [[['only-one']], 'group 1 must list at least two terms'],
    [[['a', 'b'], 'x'], 'group 2 must list at least two terms'],
    [[['a', null]], 'group 1, term 2 is not text'],
    [[['a', '。。']], 'group 1, term 2 is empty after normalisation'],
  ])('rejects %j', (data, message) => {
    expect(() => parseSynonymGroups(data)).toThrow(message)
  })
})

describe('compileSynonyms', () => {
  it('normalises, de-duplicates and drops groups left with one term', () => {
    expect(compileSynonyms([['スマホ', 'すまほ', 'ｽﾏﾎ', 'PC'], ['a', 'Ａ'], ['x', '']]).groups).toEqual([['すまほ', 'pc']])
  })

  it('passes compiled groups through and treats nothing as no groups', () => {
    const c = compileSynonyms(GROUPS)
    expect(compileSynonyms(c)).toBe(c)
    expect(compileSynonyms(undefined).groups).toEqual([])
    expect(compileSynonyms(null).groups).toEqual([])
  })
})

describe('packSynonyms / unpackSynonyms', () => {
  it('round-trips compiled groups through one string', () => {
    const c = compileSynonyms(GROUPS)
    const packed = packSynonyms(c)
    expect(packed).toBe('すまほ|すまーとふぉん|携帯/id|omuid/届かない|来ない|こない/pc|ぱそこん/google authenticator|認証あぷり')
    expect(unpackSynonyms(JSON.parse(JSON.stringify(packed)))).toEqual(c)
    expect(unpackSynonyms(packSynonyms({ groups: [] }))).toEqual({ groups: [] })
  })

  it('refuses a term holding a separator and reads anything but a string as no groups', () => {
    expect(() => packSynonyms({ groups: [['a|b', 'c']] })).toThrow()
    expect(() => packSynonyms({ groups: [['a/b', 'c']] })).toThrow()
    expect(unpackSynonyms(undefined)).toEqual({ groups: [] })
    expect(unpackSynonyms({ groups: [['a', 'b']] })).toEqual({ groups: [] })
  })
})

describe('containsTerm', () => {
  it.each([
    ['id忘れた', 'id', true],
    ['omuid忘れた', 'id', false], // inside a longer word
    ['android', 'id', false],
    ['my id', 'id', true],
    ['ids', 'id', false],
    ['2fa設定', '2fa', true],
    ['めーるが来ない', '来ない', true], // Japanese: anywhere
    ['すまほ', 'すまーとふぉん', false],
    ['google authenticatorがない', 'google authenticator', true],
    ['', 'id', false],
    ['id', '', false],
  ])('%j contains %j: %s', (query, term, expected) => {
    expect(containsTerm(query, term)).toBe(expected)
  })
})

describe('expandSynonyms', () => {
  it.each([
    ['スマホがない', ['すまーとふぉん', '携帯']],
    ['すまほ', ['すまーとふぉん', '携帯']],
    ['ID忘れた', ['omuid']],
    ['OMUID忘れた', ['id']],
    ['メール届かん', []],
    ['メールが来ない', ['届かない', 'こない']],
    ['ＰＣにも設定', ['ぱそこん']],
    ['ぐーぐる', []],
    ['認証アプリ スマホ', ['すまーとふぉん', '携帯', 'google authenticator']],
    ['', []],
    ['🙂', []],
  ])('%j → %j', (query, expected) => {
    expect(expandSynonyms(query, GROUPS)).toEqual(expected)
  })

  it('returns nothing without groups', () => {
    expect(expandSynonyms('スマホ', undefined)).toEqual([])
    expect(expandSynonyms('スマホ', [])).toEqual([])
  })
})
