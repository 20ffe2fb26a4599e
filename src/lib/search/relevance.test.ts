import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentTokens, cutBelowBest, hasEvidence, isKanaBigram, isStopBigram, STOP_BIGRAMS } from './relevance'
import { normalize } from './normalize'
import { tokenize } from './tokenize'

describe('stop bigrams', () => {
  it('are normalised kana bigrams, so they meet the tokens of a query', () => {
    for (const b of STOP_BIGRAMS) {
      expect(normalize(b)).toBe(b)
      expect(isKanaBigram(b), b).toBe(true)
    }
  })

  it('cover the endings of everyday phrasing but no content word', () => {
    for (const ending of ['された', 'している', 'ください', 'できません', 'しました', 'です', '消しちゃった', 'なってる', 'けど']) {
      const tokens = tokenize(ending).slice(ending === 'できません' ? 1 : 0)
      expect(tokens.some(isStopBigram), ending).toBe(true)
    }
    for (const word of ['ロック', 'パスワード', 'コード', 'スマホ', 'メール', 'キー', '学籍番号', 'qr']) {
      expect(tokenize(word).some(isStopBigram), word).toBe(false)
    }
  })
})

describe('contentTokens', () => {
  it('leaves out the endings, unless nothing else is left', () => {
    expect(contentTokens(tokenize('ロックされた'))).toEqual(['ろっ', 'っく', 'くさ'])
    expect(contentTokens(tokenize('ません'))).toEqual(['ませ', 'せん'])
    expect(contentTokens([])).toEqual([])
  })
})

describe('hasEvidence', () => {
  const content = new Set(['ろっ', 'っく', 'くさ', '無効', 'qr'])
  it('needs one kanji or Latin term, or two kana bigrams', () => {
    expect(hasEvidence(['無効'], content)).toBe(true)
    expect(hasEvidence(['qr'], content)).toBe(true)
    expect(hasEvidence(['ろっ', 'っく'], content)).toBe(true)
    // クリック shares っく with ロック: a chance hit
    expect(hasEvidence(['っく'], content)).toBe(false)
    expect(hasEvidence(['っく'], content, 1)).toBe(true)
  })

  it('never counts terms that are not content (the endings)', () => {
    expect(hasEvidence(['され', 'れた', 'っく'], content)).toBe(false)
    expect(hasEvidence([], content)).toBe(false)
  })
})

describe('cutBelowBest', () => {
  it('keeps what scores at least the given share of the first item', () => {
    const items = [{ score: 10 }, { score: 5 }, { score: 2 }, { score: 1.9 }]
    expect(cutBelowBest(items, 0.2)).toEqual([{ score: 10 }, { score: 5 }, { score: 2 }])
    expect(cutBelowBest(items, 0)).toEqual(items)
    expect(cutBelowBest([], 0.2)).toEqual([])
  })

  it('never drops the first item and never reorders', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, ratio) => {
        const items = xs.sort((a, b) => b - a).map((score) => ({ score }))
        const kept = cutBelowBest(items, ratio)
        expect(kept[0]).toBe(items[0])
        expect(kept).toEqual(items.slice(0, kept.length))
      }),
    )
  })
})
