import { describe, expect, it } from 'vitest'
import { markdownToPlain, toSearchDoc, toSearchDocs } from './faqDocs'

describe('markdownToPlain', () => {
  it.each([
    ['## 見出し {#current-password-wrong}', '見出し'],
    ['# タイトル #', 'タイトル'],
    ['1. [利用開始手続き](link:start-procedure)（`http://omu.info/start`）を開きます。', '利用開始手続き（http://omu.info/start）を開きます。'],
    ['- [パスワードの練習](tool:password)で試す', 'パスワードの練習で試す'],
    ['* [学籍番号がわからない](faq:student-number-unknown)を見る', '学籍番号がわからないを見る'],
    ['[公式](https://www.omu.ac.jp/cii/start-trouble/)', '公式'],
    ['[a (b)](https://example.com/x_(y))', 'a (b)'],
    ['**仮パスワード**をもう一度', '仮パスワードをもう一度'],
    ['*斜体*と__太字__', '斜体と太字'],
    ['snake_case_name', 'snake_case_name'],
    ['> 引用です', '引用です'],
    ['![図の説明](pic.png)', '図の説明'],
    ['<https://example.com>', 'https://example.com'],
    ['<b>tag</b> &amp; &lt;x&gt;', 'tag & <x>'],
    ['\\*そのまま\\*', '*そのまま*'],
    ['| a | b |', 'a b'],
    ['~~取り消し~~', '取り消し'],
    ['   - ① OMUID', '① OMUID'],
  ])('%j → %j', (md, expected) => {
    expect(markdownToPlain(md)).toBe(expected)
  })

  it('drops blank lines, rules, fences and table separators, keeps other lines', () => {
    const md = '一行目\n\n---\n```\nコード\n```\n| a | b |\n|---|---|\n| c | d |\n\r\n[ref]: https://example.com\n最後'
    expect(markdownToPlain(md)).toBe('一行目\nコード\na b\nc d\n最後')
  })

  it('returns empty text for empty or non-string input', () => {
    expect(markdownToPlain('')).toBe('')
    expect(markdownToPlain(undefined as unknown as string)).toBe('')
  })
})

describe('toSearchDoc', () => {
  it('keeps id, step, title, summary; messages with anchors; where as keywords; plain body', () => {
    expect(
      toSearchDoc({
        id: 'change-errors',
        step: 'password',
        title: '「変更」をクリックしたのに進めない',
        summary: '赤字のメッセージごとに',
        messages: [
          { text: 'パスワードが正しくありません。', where: '現在のパスワード欄', anchor: 'current-password-wrong' },
          { text: '入力書式が正しくありません。', where: 'パスワード再発行用メールアドレス欄' },
          { text: '使用不可文字が含まれています。', where: '現在のパスワード欄' },
          '通知済',
        ],
        keywords: ['エラー'],
        body: '## 見出し {#x}\n\n**赤字**で[表示](tool:email)されます。',
      }),
    ).toEqual({
      id: 'change-errors',
      step: 'password',
      title: '「変更」をクリックしたのに進めない',
      summary: '赤字のメッセージごとに',
      messages: [
        { text: 'パスワードが正しくありません。', anchor: 'current-password-wrong' },
        { text: '入力書式が正しくありません。' },
        { text: '使用不可文字が含まれています。' },
        { text: '通知済' },
      ],
      keywords: ['エラー', '現在のパスワード欄', 'パスワード再発行用メールアドレス欄'],
      body: '見出し\n赤字で表示されます。',
    })
  })

  it('fills missing optional fields with empty values', () => {
    expect(toSearchDocs([{ id: 'a', step: 's', title: 't' }])).toEqual([
      { id: 'a', step: 's', title: 't', summary: '', messages: [], keywords: [], body: '' },
    ])
  })
})
