import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { compileFaq, FaqError, type CompileOptions } from './compile'
import { compileAppFaq } from '../faq-plugin'

const STEPS = `- id: one\n  title: 手順1\n  short: 一\n  summary: 最初の手順\n- id: two\n  title: 手順2\n  short: 二\n  summary: 次の手順\n`
const LINKS = `official-faq:\n  label: 公式\n  url: https://www.omu.ac.jp/cii/start-trouble/\nsecret-page:\n  label: 非公開のページ\n`
const AUDIENCES = `- id: new-students\n  label: 新入生\n- id: new-staff\n  label: 新規教職員\n`
const MESSAGES = `invalid-key:\n  text: 無効なキー\n  where: セットアップキーの登録時\nerror:\n  text: エラー\n`
/** The compiler knows no language: the tests give it their own link notes. */
const OPTIONS: CompileOptions = { linkNotes: { external: '(external)', unknown: '(address unknown)' } }

function question(id: string, over: Record<string, string> = {}, body = '本文です。'): string {
  const fm: Record<string, string> = {
    id,
    step: 'one',
    order: '1',
    title: `${id}の質問`,
    summary: '要約',
    messages: '[]',
    keywords: '[a, b]',
    related: '[]',
    checked: '2026-11-25',
    ...over,
  }
  const lines = Object.entries(fm)
    .filter(([, v]) => v !== '__omit__')
    .map(([k, v]) => `${k}: ${v}`)
  return `---\n${lines.join('\n')}\n---\n${body}\n`
}

let dir = ''
function setup(files: Record<string, string>, steps = STEPS, links = LINKS, data: { audiences?: string; messages?: string } = {}): string {
  dir = mkdtempSync(join(tmpdir(), 'faq-'))
  writeFileSync(join(dir, 'steps.yaml'), steps)
  writeFileSync(join(dir, 'links.yaml'), links)
  writeFileSync(join(dir, 'audiences.yaml'), data.audiences ?? AUDIENCES)
  writeFileSync(join(dir, 'screen-messages.yaml'), data.messages ?? MESSAGES)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = ''
})

/** Both steps need a question; `a` and `b` fill them, tests add or replace files. */
function valid(extra: Record<string, string> = {}): Record<string, string> {
  return { 'a.md': question('a'), 'b.md': question('b', { step: 'two' }), ...extra }
}

function failure(
  files: Record<string, string>,
  steps?: string,
  links?: string,
  data?: { audiences?: string; messages?: string },
  options: CompileOptions = OPTIONS,
): FaqError {
  try {
    compileFaq(setup(files, steps, links, data), options)
  } catch (e) {
    if (e instanceof FaqError) return e
    throw e
  }
  throw new Error('expected the build to fail')
}

describe('compileFaq: valid content', () => {
  it('compiles questions in step order with rendered bodies and resolved links', () => {
    const faq = compileFaq(
      setup(
        valid({
          'c.md': question(
            'c',
            { order: '2', related: '[a]', messages: '[{key: invalid-key, anchor: bad-key}]', audience: '[new-students]' },
            '## 「無効なキー」 {#bad-key}\n\n[前へ](faq:a)、[公式](link:official-faq)、[非公開](link:secret-page)、[練習](tool:password)',
          ),
        }),
      ),
      OPTIONS,
    )
    expect(faq.questions.map((q) => q.id)).toEqual(['a', 'c', 'b'])
    const html = faq.bodies.c ?? ''
    expect(html).toContain('<h2 id="bad-key">「無効なキー」</h2>')
    expect(html).toContain('<a href="/faq/a" data-internal="">前へ</a>')
    expect(html).toContain('href="https://www.omu.ac.jp/cii/start-trouble/"')
    expect(html).toContain('data-external="unknown"')
    expect(html).toContain('<a href="/tools/password" data-internal="">練習</a>')
    expect(faq.questions[1]?.audience).toEqual(['新入生'])
  })

  it('compiles the real faq/ folder: 25 questions, every step used, the six change-error anchors', () => {
    const faq = compileAppFaq(join(dirname(fileURLToPath(import.meta.url)), '../../faq'))
    expect(faq.questions).toHaveLength(25)
    expect(new Set(faq.questions.map((q) => q.step))).toEqual(new Set(faq.steps.map((s) => s.id)))
    const anchors = faq.questions.find((q) => q.id === 'change-errors')?.messages.map((m) => m.anchor)
    expect(new Set(anchors)).toEqual(
      new Set(['current-password-wrong', 'unusable-characters', 'required-classes', 'confirmation-mismatch', 'email-format', 'email-length']),
    )
  })
})

describe('compileFaq: bad content fails with the file and the reason', () => {
  const cases: [string, () => FaqError, string, RegExp][] = [
    ['no frontmatter', () => failure(valid({ 'x.md': 'ただの本文' })), 'x.md', /frontmatter/],
    ['invalid YAML', () => failure(valid({ 'x.md': '---\nid: [x\n---\n本文' })), 'x.md', /invalid frontmatter YAML/],
    ['unknown key', () => failure(valid({ 'x.md': question('x', { colour: 'red', order: '3' }) })), 'x.md', /unknown frontmatter key "colour"/],
    ['id differs from file', () => failure(valid({ 'x.md': question('y', { order: '3' }) })), 'x.md', /must match the file name/],
    ['bad id', () => failure(valid({ 'X_1.md': question('X_1', { order: '3' }) })), 'X_1.md', /lower-case/],
    ['unknown step', () => failure(valid({ 'x.md': question('x', { step: 'nine' }) })), 'x.md', /unknown step "nine"/],
    ['order not a number', () => failure(valid({ 'x.md': question('x', { order: 'first' }) })), 'x.md', /order/],
    ['duplicate order', () => failure(valid({ 'x.md': question('x') })), 'x.md', /order 1 in step "one" is also used by a.md/],
    ['unknown audience', () => failure(valid({ 'x.md': question('x', { order: '3', audience: '[宇宙人]' }) })), 'x.md', /unknown audience "宇宙人"/],
    ['unknown widget', () => failure(valid({ 'x.md': question('x', { order: '3', widgets: '[rocket]' }) })), 'x.md', /unknown widget "rocket"/],
    ['bad date', () => failure(valid({ 'x.md': question('x', { order: '3', checked: 'yesterday' }) })), 'x.md', /checked/],
    ['missing title', () => failure(valid({ 'x.md': question('x', { order: '3', title: '__omit__' }) })), 'x.md', /title must be a non-empty string/],
    ['missing messages', () => failure(valid({ 'x.md': question('x', { order: '3', messages: '__omit__' }) })), 'x.md', /messages is required/],
    ['related does not exist', () => failure(valid({ 'x.md': question('x', { order: '3', related: '[zzz]' }) })), 'x.md', /related id "zzz" does not exist/],
    ['related names itself', () => failure(valid({ 'x.md': question('x', { order: '3', related: '[x]' }) })), 'x.md', /itself/],
    [
      'message anchor without heading',
      () => failure(valid({ 'x.md': question('x', { order: '3', messages: '[{key: error, anchor: err}]' }) })),
      'x.md',
      /message anchor "err" has no heading/,
    ],
    ['duplicate heading anchor', () => failure(valid({ 'x.md': question('x', { order: '3' }, '## A {#a}\n\n## B {#a}') })), 'x.md', /used twice/],
    ['raw HTML block', () => failure(valid({ 'x.md': question('x', { order: '3' }, '<div>本文</div>') })), 'x.md', /raw HTML/],
    ['raw HTML inline', () => failure(valid({ 'x.md': question('x', { order: '3' }, '改行<br>です') })), 'x.md', /raw HTML/],
    ['image', () => failure(valid({ 'x.md': question('x', { order: '3' }, '![図](saikai.png)') })), 'x.md', /images/],
    ['h1 in body', () => failure(valid({ 'x.md': question('x', { order: '3' }, '# 見出し') })), 'x.md', /# heading/],
    ['link markdown-it refuses', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[x](javascript:alert(1))') })), 'x.md', /link "javascript:alert\(1\)" is refused by markdown-it/],
    ['refused link, upper case', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[x](JavaScript:alert(1))') })), 'x.md', /refused by markdown-it/],
    ['refused autolink', () => failure(valid({ 'x.md': question('x', { order: '3' }, '<vbscript:msgbox>') })), 'x.md', /refused by markdown-it/],
    ['refused reference link', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[x][r]\n\n[r]: data:text/html,hi') })), 'x.md', /refused by markdown-it/],
    ['HTML tag in the title', () => failure(valid({ 'x.md': question('x', { order: '3', title: '"<b>太字</b>の質問"' }) })), 'x.md', /title must be plain text: "<b>"/],
    ['character reference in the title', () => failure(valid({ 'x.md': question('x', { order: '3', title: 'A &amp; B' }) })), 'x.md', /title must be plain text: "&amp;"/],
    ['Markdown in the title', () => failure(valid({ 'x.md': question('x', { order: '3', title: '"**強調**の質問"' }) })), 'x.md', /title must be plain text: "\*\*"/],
    ['Markdown link in the title', () => failure(valid({ 'x.md': question('x', { order: '3', title: '"[公式](link:official-faq)を見る"' }) })), 'x.md', /title must be plain text/],
    ['raw address', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[公式](https://example.com)') })), 'x.md', /no raw addresses/],
    ['unknown question link', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[他](faq:nope)') })), 'x.md', /unknown question "faq:nope"/],
    ['unknown anchor link', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[他](faq:a#nope)') })), 'x.md', /unknown anchor "faq:a#nope"/],
    ['unknown link name', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[他](link:nope)') })), 'x.md', /unknown name "link:nope"/],
    ['unknown tool', () => failure(valid({ 'x.md': question('x', { order: '3' }, '[他](tool:nope)') })), 'x.md', /unknown tool "tool:nope"/],
    ['empty body', () => failure(valid({ 'x.md': question('x', { order: '3' }, '   ') })), 'x.md', /body is empty/],
    ['duplicate step', () => failure(valid(), `${STEPS}- id: one\n  title: t\n  short: s\n  summary: s\n`), 'steps.yaml', /duplicate step id "one"/],
    ['step without questions', () => failure({ 'a.md': question('a') }), 'steps.yaml', /step "two" has no questions/],
    ['link without http', () => failure(valid(), STEPS, `${LINKS}bad:\n  label: x\n  url: ftp://x\n`), 'links.yaml', /http/],
    ['no official-faq', () => failure(valid(), STEPS, 'other:\n  label: x\n  url: https://x.example/\n'), 'links.yaml', /official-faq/],
  ]
  it.each(cases)('%s', (_name, run, file, reason) => {
    const e = run()
    expect(e.file).toBe(file)
    expect(e.reason).toMatch(reason)
    expect(e.message).toContain(`faq/${file}`)
  })
})

describe('compileFaq: Japanese emphasis', () => {
  it('renders ** next to Japanese punctuation', () => {
    const faq = compileFaq(setup(valid({ 'x.md': question('x', { order: '3' }, 'キーの**先頭にスペース（空白）**がつきます。') })), OPTIONS)
    expect(faq.bodies.x).toContain('<strong>先頭にスペース（空白）</strong>が')
  })
  it('fails on an emphasis marker that cannot render', () => {
    const e = failure(valid({ 'x.md': question('x', { order: '3' }, 'ここは**閉じていない強調') }))
    expect(e.reason).toMatch(/emphasis marker "\*\*"/)
  })
})

describe('compileFaq: the message catalogue and the audiences', () => {
  it('resolves message keys (bare or with an anchor) to the catalogue entry, and audience ids to labels', () => {
    const faq = compileFaq(
      setup(valid({ 'x.md': question('x', { order: '3', title: '「無効なキー」と出る', messages: '[invalid-key]', audience: '[new-staff, new-students]' }) })),
      OPTIONS,
    )
    const x = faq.questions.find((q) => q.id === 'x')
    expect(x?.messages).toEqual([{ text: '無効なキー', where: 'セットアップキーの登録時' }])
    expect(x?.audience).toEqual(['新規教職員', '新入生'])
    expect(faq.screenMessages.error).toEqual({ text: 'エラー' })
  })

  it('puts the link notes it is given after external links (it assumes no language)', () => {
    const faq = compileFaq(setup(valid({ 'x.md': question('x', { order: '3' }, '[公式](link:official-faq)、[非公開](link:secret-page)') })), OPTIONS)
    expect(faq.bodies.x).toContain('<span class="ext-note">(external)</span>')
    expect(faq.bodies.x).toContain('<span class="ext-note">(address unknown)</span>')
  })

  it('explains a link without an address once per page; later ones get the short note', () => {
    const options = { linkNotes: { ...OPTIONS.linkNotes, unknownAgain: '(official FAQ)' } }
    const body = '[一](link:secret-page)、[二](link:secret-page)、[三](link:secret-page)、[公式](link:official-faq)'
    const faq = compileFaq(setup(valid({ 'x.md': question('x', { order: '3' }, body) })), options)
    const notes = [...(faq.bodies.x ?? '').matchAll(/<span class="ext-note">([^<]*)<\/span>/g)].map((m) => m[1])
    expect(notes).toEqual(['(address unknown)', '(official FAQ)', '(official FAQ)', '(external)'])
  })

  it('reads frontmatter with Windows line ends', () => {
    const faq = compileFaq(setup(valid({ 'x.md': question('x', { order: '3' }).replace(/\n/g, '\r\n') })), OPTIONS)
    expect(faq.questions.find((q) => q.id === 'x')?.title).toBe('xの質問')
  })

  const cases: [string, () => FaqError, string, RegExp][] = [
    ['unclosed frontmatter', () => failure(valid({ 'x.md': '---\nid: x\n本文' })), 'x.md', /frontmatter/],
    ['unknown message key', () => failure(valid({ 'x.md': question('x', { order: '3', messages: '[nope]' }) })), 'x.md', /unknown screen message "nope"/],
    ['message with text', () => failure(valid({ 'x.md': question('x', { order: '3', messages: '[{key: error, text: エラー}]' }) })), 'x.md', /unknown key "text"/],
    ['message not a key', () => failure(valid({ 'x.md': question('x', { order: '3', messages: '[[error]]' }) })), 'x.md', /key of screen-messages.yaml/],
    ['message not quoted', () => failure(valid({ 'x.md': question('x', { order: '3', messages: '[error]' }) })), 'x.md', /quotes the message 「エラー」 exactly/],
    ['keywords not a list', () => failure(valid({ 'x.md': question('x', { order: '3', keywords: 'エラー' }) })), 'x.md', /keywords must be a list/],
    ['bad message anchor', () => failure(valid({ 'x.md': question('x', { order: '3', messages: '[{key: error, anchor: Bad_A}]' }) })), 'x.md', /message anchor "Bad_A" must be lower-case/],
    ['catalogue text in 「」', () => failure(valid(), STEPS, LINKS, { messages: 'quoted:\n  text: 「エラー」\n' }), 'screen-messages.yaml', /quoted: text must not carry surrounding 「」/],
    ['catalogue duplicate text', () => failure(valid(), STEPS, LINKS, { messages: 'one:\n  text: エラー\ntwo:\n  text: エラー\n' }), 'screen-messages.yaml', /two has the same text as one/],
    ['catalogue bad key', () => failure(valid(), STEPS, LINKS, { messages: 'Bad_Key:\n  text: エラー\n' }), 'screen-messages.yaml', /message key "Bad_Key" must be lower-case/],
    ['catalogue unknown field', () => failure(valid(), STEPS, LINKS, { messages: 'one:\n  text: エラー\n  anchor: x\n' }), 'screen-messages.yaml', /one: unknown key "anchor"/],
    ['catalogue without text', () => failure(valid(), STEPS, LINKS, { messages: 'one:\n  where: 画面\n' }), 'screen-messages.yaml', /one: text must be a non-empty string/],
    [
      'catalogue misses a message the app quotes',
      () => failure(valid(), STEPS, LINKS, {}, { ...OPTIONS, requiredMessages: ['error', 'missing-one'] }),
      'screen-messages.yaml',
      /message "missing-one" is missing/,
    ],
    ['audience listed twice', () => failure(valid(), STEPS, LINKS, { audiences: `${AUDIENCES}- id: again\n  label: 新入生\n` }), 'audiences.yaml', /"新入生" is listed twice/],
    ['audience without label', () => failure(valid(), STEPS, LINKS, { audiences: '- id: one\n' }), 'audiences.yaml', /audience 1: label must be a non-empty string/],
    ['audience unknown field', () => failure(valid(), STEPS, LINKS, { audiences: '- id: one\n  label: 一\n  colour: red\n' }), 'audiences.yaml', /unknown key "colour"/],
    ['audiences not a list', () => failure(valid(), STEPS, LINKS, { audiences: 'new-students: 新入生\n' }), 'audiences.yaml', /non-empty list/],
  ]
  it.each(cases)('%s', (_name, run, file, reason) => {
    const e = run()
    expect(e.file).toBe(file)
    expect(e.reason).toMatch(reason)
    expect(e.message).toContain(`faq/${file}`)
  })
})
