import { describe, expect, it } from 'vitest'
import { normalize, normalizeWithMap } from './normalize'

describe('normalize', () => {
  it.each([
    // katakana → hiragana, half-width kana composed, ー kept
    ['パスワード', 'ぱすわーど'],
    ['ﾊﾟｽﾜｰﾄﾞ', 'ぱすわーど'],
    ['ぱすわーど', 'ぱすわーど'],
    ['ｶﾞｲﾄﾞ', 'がいど'],
    ['ヴァ', 'ゔぁ'],
    ['ヵヶ', 'ゕゖ'],
    ['ヽヾ', 'ゝゞ'],
    ['ヷ', 'ヷ'], // no hiragana twin: stays
    // dash-like after kana → ー; elsewhere a separator
    ['パスワ−ド', 'ぱすわーど'], // U+2212 minus
    ['パスワ‐ド', 'ぱすわーど'], // U+2010 hyphen
    ['パスワ-ド', 'ぱすわーど'], // ASCII hyphen
    ['パスワ－ド', 'ぱすわーど'], // full-width hyphen-minus
    ['パスワ—ド', 'ぱすわーど'], // em dash
    ['ー先頭', '先頭'],
    ['漢字ー', '漢字'],
    ['OMUNET-1X', 'omunet 1x'],
    ['Wi-Fi', 'wi fi'],
    ['メール〜', 'めーる'], // the wave dash is not a long vowel
    // width and case
    ['ＯＭＵＩＤ', 'omuid'],
    ['ＰＣ', 'pc'],
    ['３０文字', '30文字'],
    ['Google  Authenticator', 'google authenticator'],
    ['①', '1'],
    ['㍻', '平成'],
    ['İ', 'i'],
    // separators: punctuation, spaces, emoji collapse to one space, trimmed
    ['「通知済」、', '通知済'],
    ['3文字以上、30文字以内で入力してください。', '3文字以上 30文字以内で入力してください'],
    ['全角　スペース', '全角 すぺーす'],
    ['  a  ,  b  ', 'a b'],
    ['🙂スマホ🙂', 'すまほ'],
    ['taro@docomo.ne.jp', 'taro docomo ne jp'],
    // invisible characters and marks dropped
    ['a\u200bb', 'ab'],
    ['ス\u200dマ\ufeffホ', 'すまほ'],
    ['e\u0301', 'é'],
    ['\u0301', ''],
    ['x\ud800y', 'xy'],
    ['\udc00', ''],
    ['', ''],
    ['。、！？', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected)
  })

  it('treats a non-string as empty', () => {
    expect(normalize(undefined as unknown as string)).toBe('')
    expect(normalize(null as unknown as string)).toBe('')
  })
})

describe('normalizeWithMap', () => {
  it('maps each output code unit back to its source characters', () => {
    // ﾊﾟ (2 source units) → ぱ; the space comes from U+0020 at 2
    expect(normalizeWithMap('ﾊﾟｽ ワ')).toEqual({ text: 'ぱす わ', starts: [0, 2, 3, 4], ends: [2, 3, 3, 5] })
  })

  it('maps an astral character to both of its code units', () => {
    const r = normalizeWithMap('𠮷野')
    expect(r.text).toBe('𠮷野')
    expect(r.starts).toEqual([0, 0, 2])
    expect(r.ends).toEqual([2, 2, 3])
  })

  it('maps a character that NFKC expands to several to the one source character', () => {
    expect(normalizeWithMap('x㍻')).toEqual({ text: 'x平成', starts: [0, 1, 1], ends: [1, 2, 2] })
  })
})
