import { describe, expect, it } from 'vitest'
import { isJapaneseTerm, tokenize, tokenizeNormalized } from './tokenize'

describe('tokenize', () => {
  it.each([
    ['パスワード', ['ぱす', 'すわ', 'わー', 'ーど']],
    ['ﾊﾟｽﾜｰﾄﾞ', ['ぱす', 'すわ', 'わー', 'ーど']],
    ['無効なキー', ['無効', '効な', 'なき', 'きー']],
    ['鍵', ['鍵']], // one-character run: unigram
    ['通知済', ['通知', '知済']],
    ['OMUID', ['omuid']],
    ['Google Authenticator', ['google', 'authenticator']],
    ['2FA', ['2fa']],
    ['2要素認証', ['2', '要素', '素認', '認証']],
    ['OMUID忘れた', ['omuid', '忘れ', 'れた']],
    ['6桁の数字', ['6', '桁の', 'の数', '数字']],
    ['3文字以上、30文字以内', ['3', '文字', '字以', '以上', '30', '文字', '字以', '以内']],
    ['ログイン できない', ['ろぐ', 'ぐい', 'いん', 'でき', 'きな', 'ない']],
    ['𠮷野家', ['𠮷野', '野家']], // astral kanji stay whole code points
    ['', []],
    ['。、！？🙂', []],
  ])('%j → %j', (input, expected) => {
    expect(tokenize(input)).toEqual(expected)
  })

  it('does not normalise again in tokenizeNormalized', () => {
    expect(tokenizeNormalized('ぱす ab')).toEqual(['ぱす', 'ab'])
    expect(tokenizeNormalized('')).toEqual([])
  })

  it('tells Japanese terms from word terms', () => {
    expect(isJapaneseTerm('ぱす')).toBe(true)
    expect(isJapaneseTerm('認')).toBe(true)
    expect(isJapaneseTerm('ー')).toBe(true)
    expect(isJapaneseTerm('𠮷')).toBe(true)
    expect(isJapaneseTerm('omuid')).toBe(false)
    expect(isJapaneseTerm('2')).toBe(false)
    expect(isJapaneseTerm('')).toBe(false)
  })
})
