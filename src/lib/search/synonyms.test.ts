import { describe, expect, it } from 'vitest'
import { compileSynonyms, containsTerm, expandSynonyms, parseSynonymGroups } from './synonyms'

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
