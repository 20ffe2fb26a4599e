import { describe, expect, it } from 'vitest'
import { buildSearchIndex, packSearchIndex } from './buildIndex'
import { findMatchRanges, loadSearchIndex, MAX_QUERY_LENGTH, search, type SearchDoc } from './engine'

const DOCS: SearchDoc[] = [
  {
    id: 'errors',
    step: 'password',
    title: '変更を押すとエラーが出る',
    summary: '赤字のメッセージごとの直し方です。',
    messages: [
      { text: 'パスワードが正しくありません。', anchor: 'wrong' },
      { text: '入力書式が正しくありません。', anchor: 'format' },
    ],
    keywords: ['エラー', '赤字'],
    body: '原因が赤字で表示されます。',
  },
  {
    id: 'mismatch',
    step: 'id-check',
    title: '仮パスワードが合わない',
    summary: '入力した内容を見直します。',
    messages: [{ text: 'パスワードが一致しない' }],
    keywords: ['一致しない'],
    body: 'パスワード欄を見直してください。',
  },
  {
    id: 'phone',
    step: 'two-factor',
    title: 'スマートフォンがなくても設定できますか',
    summary: 'パソコンのブラウザに設定できます。',
    messages: [],
    keywords: ['Google Authenticator'],
    body: 'パソコンでもパスワードの代わりにワンタイムパスワードを使います。',
  },
]

/** The index of `docs` as the build ships it, packed against the docs themselves as the first view's questions. */
const shipped = (docs: SearchDoc[]) => packSearchIndex(buildSearchIndex(docs), docs)
const engine = loadSearchIndex(shipped(DOCS), [['携帯', 'スマートフォン']], null, DOCS)

describe('search', () => {
  it('puts the question showing the typed message first, with its anchor and highlighted snippet', () => {
    const [first, ...rest] = search(engine, 'パスワードが正しくありません')
    expect(first).toMatchObject({
      id: 'errors',
      anchor: 'wrong',
      step: 'password',
      title: '変更を押すとエラーが出る',
      snippet: { field: 'message', text: 'パスワードが正しくありません。', ranges: [[0, 14]] },
    })
    expect(rest.map((r) => r.id)).toEqual(['mismatch', 'phone'])
  })

  it('finds a message from a fragment and from half-width kana', () => {
    expect(search(engine, '書式が正し')[0]).toMatchObject({ id: 'errors', anchor: 'format' })
    expect(search(engine, 'ﾊﾟｽﾜｰﾄﾞが一致しない')[0]).toMatchObject({ id: 'mismatch', snippet: { ranges: [[0, 11]] } })
    expect(search(engine, 'ﾊﾟｽﾜｰﾄﾞが一致しない')[0]?.anchor).toBeUndefined() // its message has no anchor
  })

  it('ranks a message or title match above a body mention', () => {
    expect(search(engine, 'パスワード').map((r) => r.id)).toEqual(['mismatch', 'errors', 'phone'])
  })

  it('gives no anchor when two messages match equally', () => {
    expect(search(engine, '正しくありません')[0]).toMatchObject({ id: 'errors' })
    expect(search(engine, '正しくありません')[0]?.anchor).toBeUndefined()
  })

  it('expands synonyms from the query and highlights the synonym as a whole word', () => {
    const [r] = search(engine, '携帯')
    expect(r?.id).toBe('phone')
    expect(r?.titleRanges).toEqual([[0, 7]])
    expect(search(engine, '携帯', [])).toEqual([]) // synonyms overridden by an empty list
  })

  it('matches Latin words by prefix and with a small typo', () => {
    expect(search(engine, 'authen')[0]?.id).toBe('phone')
    expect(search(engine, 'Authentikator')[0]?.id).toBe('phone')
    expect(search(engine, 'ｇｏｏｇｌｅ')[0]?.id).toBe('phone')
  })

  it('returns [] for queries with nothing to search', () => {
    for (const q of ['', '   ', '。、', '🙂', '\ud800', 'zzzz']) expect(search(engine, q)).toEqual([])
  })

  it('only reads the first MAX_QUERY_LENGTH characters', () => {
    const q = 'あ'.repeat(MAX_QUERY_LENGTH) + 'パスワードが一致しない'
    expect(search(engine, q)).toEqual([])
  })

  it('cuts long snippets around the first match with ellipses, filling up to the end', () => {
    const long: SearchDoc = {
      id: 'long',
      step: 's',
      title: 't',
      summary: 'あ'.repeat(50) + '目印' + 'い'.repeat(50),
      messages: [],
      keywords: [],
      body: '',
    }
    const e = loadSearchIndex(shipped([long]), null, null, [long])
    const [r] = search(e, '目印')
    // 102 characters, match at 50: the window would start at 34, but is moved back to show the last 80
    expect(r?.snippet.text).toBe('…' + 'あ'.repeat(28) + '目印' + 'い'.repeat(50))
    expect(r?.snippet.ranges).toEqual([[29, 31]])
    const [r2] = search(e, 'あああ')
    expect(r2?.snippet.text).toBe('あ'.repeat(50) + '目印' + 'い'.repeat(28) + '…')
  })

  it('loads from a parsed object as well as from JSON text', () => {
    const text = JSON.stringify(shipped(DOCS))
    const fromObject = loadSearchIndex(JSON.parse(text) as object, null, null, DOCS)
    expect(search(fromObject, '一致しない')[0]?.id).toBe('mismatch')
    expect(search(loadSearchIndex(text, null, null, DOCS), '一致しない')[0]?.id).toBe('mismatch')
  })
})

describe('findMatchRanges', () => {
  it('maps matches on normalised text back to the original spelling', () => {
    expect(findMatchRanges('ﾊﾟｽﾜｰﾄﾞです', ['ぱす', 'すわ', 'わー', 'ーど'])).toEqual([[0, 7]])
  })

  it('matches Latin terms only at a word start', () => {
    expect(findMatchRanges('OMUID と ID', ['id'])).toEqual([[8, 10]])
    expect(findMatchRanges('Authenticator', ['auth'])).toEqual([[0, 4]])
  })

  it('merges overlapping and touching ranges', () => {
    expect(findMatchRanges('一致しない', ['一致', '致し', 'ない'])).toEqual([[0, 5]])
    expect(findMatchRanges('', ['a'])).toEqual([])
  })
})
