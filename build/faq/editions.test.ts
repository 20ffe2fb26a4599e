import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { compileEditions, compileFaq, FaqError, type EditionOptions } from './compile'
import { compileAppEditions, faqPlugin } from '../faq-plugin'

// A small pair of editions: two Japanese questions (faq/a.md, faq/b.md) and their English pages (faq/en/).
const JA: Record<string, string> = {
  'steps.yaml': '- id: one\n  title: 手順1\n  short: 一\n  summary: 最初の手順\n- id: two\n  title: 手順2\n  short: 二\n  summary: 次の手順\n',
  'links.yaml': 'official-faq:\n  label: 公式\n  url: https://www.omu.ac.jp/cii/start-trouble/\nsecret-page:\n  label: 非公開のページ\n',
  'audiences.yaml': '- id: new-students\n  label: 新入生\n- id: new-staff\n  label: 新規教職員\n',
  'screen-messages.yaml': 'invalid-key:\n  text: 無効なキー\n  where: セットアップキーの登録時\nerror:\n  text: エラー\n',
  'a.md': `---
id: a
step: one
order: 1
title: 「無効なキー」と出る
summary: キーを確かめます。
audience: [new-students]
messages:
  - key: invalid-key
    anchor: bad-key
  - key: error
    anchor: other
keywords: [無効なキー]
related: [b]
widgets: [setup-key-check]
checked: 2026-11-25
---
## 「無効なキー」 {#bad-key}

[次へ](faq:b)、[公式](link:official-faq)、[練習](tool:password)

## 「エラー」 {#other}

## 補足 {#notes}

本文です。
`,
  'b.md': `---
id: b
step: two
order: 1
title: 「エラー」が出る
summary: 要約
messages: [error]
keywords: [エラー]
related: [a]
checked: 2026-11-20
---
[前へ](faq:a#bad-key)、[非公開](link:secret-page)
`,
}

const EN: Record<string, string> = {
  'en/steps.yaml': '- id: one\n  title: Step 1\n  short: One\n  summary: The first step\n- id: two\n  title: Step 2\n  short: Two\n  summary: The next step\n',
  'en/links.yaml': 'official-faq:\n  label: Official page\nsecret-page:\n  label: Unpublished page\n',
  'en/audiences.yaml': '- id: new-students\n  label: New students\n- id: new-staff\n  label: New faculty and staff\n',
  'en/screen-messages.yaml': 'invalid-key: Invalid key\nerror: Error\n',
  'en/a.md': `---
id: a
title: 「無効なキー」 (“Invalid key”) appears
summary: Check the key.
messages:
  - key: invalid-key
    anchor: bad-key
  - key: error
    anchor: other
keywords: [invalid key]
related: [b]
widgets: [setup-key-check]
checked: 2026-12-02
---
## 「無効なキー」 (“Invalid key”) {#bad-key}

[Next](faq:b), [official page](link:official-faq), [practice](tool:password)

## 「エラー」 (“Error”) {#other}

## Notes {#notes}

The body.
`,
  'en/b.md': `---
id: b
title: 「エラー」 (“Error”) appears
summary: Summary
messages: [error]
keywords: [error]
related: [a]
checked: 2026-12-01
---
[Back](faq:a#bad-key), [unpublished page](link:secret-page)
`,
}

const OPTIONS: EditionOptions = {
  ja: { linkNotes: { external: '(外部)', unknown: '(不明)' } },
  en: { linkNotes: { external: ' (external)', unknown: ' (address unknown)' }, pathPrefix: '/en' },
}

let dir = ''
/** Writes the editions with `change` applied: a file's new text, or null to leave it out. */
function setup(change: Record<string, string | null> = {}): string {
  dir = mkdtempSync(join(tmpdir(), 'faq-editions-'))
  mkdirSync(join(dir, 'en'))
  for (const [name, text] of Object.entries({ ...JA, ...EN, ...change })) {
    if (text !== null) writeFileSync(join(dir, name), text)
  }
  return dir
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = ''
})

/** An English file with `from` replaced by `to` (the text must be there). */
function edit(name: string, from: string, to: string): Record<string, string> {
  const text = EN[name] ?? JA[name]
  if (!text?.includes(from)) throw new Error(`${name} has no "${from}"`)
  return { [name]: text.replace(from, to) }
}

function failure(change: Record<string, string | null>, prepare?: (dir: string) => void): FaqError {
  const d = setup(change)
  prepare?.(d)
  try {
    compileEditions(d, OPTIONS)
  } catch (e) {
    if (e instanceof FaqError) return e
    throw e
  }
  throw new Error('expected the build to fail')
}

describe('compileEditions: a good pair', () => {
  it('compiles the Japanese edition exactly as compileFaq does', () => {
    const { ja } = compileEditions(setup(), OPTIONS)
    expect(JSON.stringify(ja)).toBe(JSON.stringify(compileFaq(dir, OPTIONS.ja)))
    expect(ja.screenMessages['invalid-key']).toEqual({ text: '無効なキー', where: 'セットアップキーの登録時' })
  })

  it('takes step, order, audience and addresses from the Japanese pages, the wording from the English ones', () => {
    const { en } = compileEditions(setup(), OPTIONS)
    expect(en.questions.map((q) => [q.id, q.step, q.order])).toEqual([
      ['a', 'one', 1],
      ['b', 'two', 1],
    ])
    const a = en.questions[0]
    expect(a?.title).toBe('「無効なキー」 (“Invalid key”) appears')
    expect(a?.audience).toEqual(['New students'])
    expect(a?.checked).toBe('2026-12-02')
    expect(a?.sourceChecked).toBe('2026-11-25')
    expect(a?.widgets).toEqual(['setup-key-check'])
    expect(a?.keywords).toEqual(['invalid key'])
    expect(a?.messages).toEqual([
      { text: '無効なキー', where: 'セットアップキーの登録時', gloss: 'Invalid key', anchor: 'bad-key' },
      { text: 'エラー', gloss: 'Error', anchor: 'other' },
    ])
    expect(en.steps.map((s) => s.title)).toEqual(['Step 1', 'Step 2'])
    expect(en.audiences).toEqual([
      { id: 'new-students', label: 'New students' },
      { id: 'new-staff', label: 'New faculty and staff' },
    ])
    expect(en.links).toEqual({
      'official-faq': { name: 'official-faq', label: 'Official page', url: 'https://www.omu.ac.jp/cii/start-trouble/' },
      'secret-page': { name: 'secret-page', label: 'Unpublished page' },
    })
    expect(en.screenMessages.error).toEqual({ text: 'エラー', gloss: 'Error' })
    expect(en.synonyms).toEqual([])
    expect(en.compiled.map((q) => q.markdown.length > 0)).toEqual([true, true])
  })

  it('renders the English bodies with its own link notes and paths under the prefix', () => {
    const { en } = compileEditions(setup(), OPTIONS)
    const a = en.bodies.a ?? ''
    expect(a).toContain('<h2 id="bad-key">「無効なキー」 (“Invalid key”)</h2>')
    expect(a).toContain('<a href="/en/faq/b" data-internal="">Next</a>')
    expect(a).toContain('<a href="/en/tools/password" data-internal="">practice</a>')
    expect(a).toContain('href="https://www.omu.ac.jp/cii/start-trouble/"')
    expect(a).toContain('<span class="ext-note"> (external)</span>')
    expect(en.bodies.b).toContain('<a href="/en/faq/a#bad-key" data-internal="">Back</a>')
    expect(en.bodies.b).toContain('<span class="ext-note"> (address unknown)</span>')
  })

  it('finds a gloss across emphasis and a line break', () => {
    const { en } = compileEditions(setup(edit('en/b.md', '[Back]', 'It says **「エラー」**\n(“Error”).\n\n[Back]')), OPTIONS)
    expect(en.bodies.b).toContain('<strong>「エラー」</strong>')
  })

  it('reads the English search box synonyms from en/synonyms.yaml when there is one', () => {
    const { ja, en } = compileEditions(setup({ 'synonyms.yaml': '- [キー, 鍵]\n', 'en/synonyms.yaml': '- [setup key, secret key]\n- [error, red message]\n' }), OPTIONS)
    expect(en.synonyms).toEqual([
      ['setup key', 'secret key'],
      ['error', 'red message'],
    ])
    expect(ja.synonyms).toEqual([['キー', '鍵']])
  })

  it('ignores README.md in faq/en/', () => {
    const { en } = compileEditions(setup({ 'en/README.md': '# Notes for translators\n' }), OPTIONS)
    expect(en.questions).toHaveLength(2)
  })

  const real = join(dirname(fileURLToPath(import.meta.url)), '../../faq')
  it('compiles the real faq/ folder in both languages, with the same questions', () => {
    const { ja, en } = compileAppEditions(real)
    expect(en.questions.map((q) => q.id)).toEqual(ja.questions.map((q) => q.id))
  })
})

describe('compileEditions: a fault in the English edition fails with the file and the reason', () => {
  const cases: [string, () => FaqError, string, RegExp][] = [
    // Files and folders
    ['no faq/en/ folder', () => failure({}, (d) => rmSync(join(d, 'en'), { recursive: true })), 'en', /English edition folder is missing/],
    ['a missing English page', () => failure({ 'en/b.md': null }), 'en/b.md', /is missing: the Japanese question faq\/b.md has no English page/],
    ['an English page without a Japanese one', () => failure({ 'en/c.md': EN['en/b.md']!.replace('id: b', 'id: c') }), 'en/c.md', /has no Japanese question faq\/c.md/],
    ['id differs from the file name', () => failure(edit('en/b.md', 'id: b', 'id: a')), 'en/b.md', /id "a" must match the file name/],
    ['a missing yaml file', () => failure({ 'en/links.yaml': null }), 'en/links.yaml', /file is missing/],
    // Frontmatter
    ['step set', () => failure(edit('en/a.md', 'id: a\n', 'id: a\nstep: one\n')), 'en/a.md', /step must not be set here: it is taken from the Japanese page faq\/a.md/],
    ['order set', () => failure(edit('en/a.md', 'id: a\n', 'id: a\norder: 1\n')), 'en/a.md', /order must not be set here: it is taken from the Japanese page faq\/a.md/],
    ['audience set', () => failure(edit('en/a.md', 'id: a\n', 'id: a\naudience: [new-students]\n')), 'en/a.md', /audience must not be set here: it is taken from the Japanese page faq\/a.md/],
    ['an unknown key', () => failure(edit('en/a.md', 'id: a\n', 'id: a\ncolour: red\n')), 'en/a.md', /unknown frontmatter key "colour"/],
    ['checked missing', () => failure(edit('en/a.md', 'checked: 2026-12-02\n', '')), 'en/a.md', /checked must be a date/],
    ['a title with markup', () => failure(edit('en/b.md', 'title: 「エラー」 (“Error”) appears', 'title: "**「エラー」** (“Error”) appears"')), 'en/b.md', /title must be plain text: "\*\*"/],
    [
      'a message left out',
      () => failure(edit('en/a.md', '  - key: error\n    anchor: other\n', '')),
      'en/a.md',
      /messages \(key#anchor\) must be the same as in the Japanese page faq\/a.md, in the same order \(there: \[invalid-key#bad-key, error#other\]; here: \[invalid-key#bad-key\]\)/,
    ],
    ['a message with another anchor', () => failure(edit('en/a.md', 'anchor: other', 'anchor: notes')), 'en/a.md', /messages \(key#anchor\) must be the same.*here: \[invalid-key#bad-key, error#notes\]/],
    [
      'messages in another order',
      () => failure(edit('en/a.md', '  - key: invalid-key\n    anchor: bad-key\n  - key: error\n    anchor: other\n', '  - key: error\n    anchor: other\n  - key: invalid-key\n    anchor: bad-key\n')),
      'en/a.md',
      /messages \(key#anchor\) must be the same.*in the same order/,
    ],
    ['an unknown message key', () => failure(edit('en/b.md', 'messages: [error]', 'messages: [nope]')), 'en/b.md', /unknown screen message "nope"/],
    ['different related', () => failure(edit('en/b.md', 'related: [a]', 'related: []')), 'en/b.md', /related must be the same as in the Japanese page faq\/b.md, in the same order \(there: \[a\]; here: \[\]\)/],
    ['different widgets', () => failure(edit('en/a.md', 'widgets: [setup-key-check]\n', '')), 'en/a.md', /widgets must be the same as in the Japanese page faq\/a.md.*there: \[setup-key-check\]; here: \[\]/],
    // Body
    ['a heading anchor missing', () => failure(edit('en/a.md', '## Notes {#notes}', '## Notes')), 'en/a.md', /the heading anchors must be the same as in the Japanese page faq\/a.md \(missing here: \{#notes\}\)/],
    ['an extra heading anchor', () => failure(edit('en/a.md', 'The body.', '## More {#more}\n\nThe body.')), 'en/a.md', /the heading anchors must be the same as in the Japanese page faq\/a.md \(not in the Japanese page: \{#more\}\)/],
    ['a message anchor without its heading', () => failure(edit('en/a.md', '{#other}', '{#others}')), 'en/a.md', /message anchor "other" has no heading/],
    ['a link target missing', () => failure(edit('en/a.md', ', [practice](tool:password)', '')), 'en/a.md', /the link targets must be the same as in the Japanese page faq\/a.md \(missing here: tool:password\)/],
    ['an extra link target', () => failure(edit('en/b.md', '(link:secret-page)', '(link:secret-page), [more](link:official-faq)')), 'en/b.md', /the link targets must be the same as in the Japanese page faq\/b.md \(not in the Japanese page: link:official-faq\)/],
    ['a link to another anchor', () => failure(edit('en/b.md', 'faq:a#bad-key', 'faq:a#notes')), 'en/b.md', /link targets must be the same.*missing here: faq:a#bad-key; not in the Japanese page: faq:a#notes/],
    ['a raw address', () => failure(edit('en/b.md', 'link:secret-page', 'https://example.com')), 'en/b.md', /no raw addresses/],
    ['raw HTML', () => failure(edit('en/a.md', 'The body.', 'The <b>body</b>.')), 'en/a.md', /raw HTML is not allowed/],
    ['an empty body', () => failure({ 'en/b.md': EN['en/b.md']!.replace(/---\n\[Back][^\n]*\n$/, '---\n') }), 'en/b.md', /body is empty/],
    ['a message not quoted in Japanese', () => failure(edit('en/b.md', 'title: 「エラー」 (“Error”) appears', 'title: An “Error” appears')), 'en/b.md', /quotes the message 「エラー」 exactly/],
    [
      'a message without its gloss',
      // Quoted in the title and a heading, glossed in neither.
      () => failure({ 'en/a.md': EN['en/a.md']!.replaceAll(' (“Invalid key”)', '') }),
      'en/a.md',
      /the message 「無効なキー」 is never followed by its gloss from en\/screen-messages.yaml: write 「無効なキー」 \(“Invalid key”\) at least once/,
    ],
    ['a gloss not right after the quote', () => failure(edit('en/b.md', 'title: 「エラー」 (“Error”) appears', 'title: 「エラー」 appears (“Error”)')), 'en/b.md', /the message 「エラー」 is never followed by its gloss/],
    ['a message with another gloss', () => failure(edit('en/b.md', '(“Error”)', '(“Failure”)')), 'en/b.md', /the message 「エラー」 is never followed by its gloss/],
    // The English yaml files
    ['a gloss missing', () => failure({ 'en/screen-messages.yaml': 'invalid-key: Invalid key\n' }), 'en/screen-messages.yaml', /message "error" of screen-messages.yaml has no gloss here/],
    ['an extra gloss', () => failure({ 'en/screen-messages.yaml': `${EN['en/screen-messages.yaml']}extra: Extra\n` }), 'en/screen-messages.yaml', /"extra" is not a message key of screen-messages.yaml/],
    ['a gloss in quotes', () => failure({ 'en/screen-messages.yaml': 'invalid-key: “Invalid key”\nerror: Error\n' }), 'en/screen-messages.yaml', /invalid-key: the gloss must not carry surrounding quotes/],
    ['an empty gloss', () => failure({ 'en/screen-messages.yaml': 'invalid-key:\nerror: Error\n' }), 'en/screen-messages.yaml', /invalid-key: the gloss must be a non-empty string/],
    ['glosses not a mapping', () => failure({ 'en/screen-messages.yaml': '- Invalid key\n' }), 'en/screen-messages.yaml', /must be a mapping of the message keys/],
    ['a step missing', () => failure({ 'en/steps.yaml': EN['en/steps.yaml']!.split('- id: two')[0]! }), 'en/steps.yaml', /step "two" of steps.yaml is missing/],
    ['an extra step', () => failure({ 'en/steps.yaml': `${EN['en/steps.yaml']}- id: three\n  title: t\n  short: s\n  summary: s\n` }), 'en/steps.yaml', /step "three" is not in steps.yaml/],
    [
      'steps in another order',
      () => failure({ 'en/steps.yaml': '- id: two\n  title: Step 2\n  short: Two\n  summary: s\n- id: one\n  title: Step 1\n  short: One\n  summary: s\n' }),
      'en/steps.yaml',
      /step 1 must be "one", not "two" \(the same order as steps.yaml\)/,
    ],
    ['a step without a summary', () => failure(edit('en/steps.yaml', '  summary: The next step\n', '')), 'en/steps.yaml', /two.summary must be a non-empty string/],
    ['an audience missing', () => failure({ 'en/audiences.yaml': '- id: new-students\n  label: New students\n' }), 'en/audiences.yaml', /audience "new-staff" of audiences.yaml has no label here/],
    ['an extra audience', () => failure({ 'en/audiences.yaml': `${EN['en/audiences.yaml']}- id: aliens\n  label: Aliens\n` }), 'en/audiences.yaml', /audience "aliens" is not in audiences.yaml/],
    ['a link name missing', () => failure({ 'en/links.yaml': 'official-faq:\n  label: Official page\n' }), 'en/links.yaml', /link "secret-page" of links.yaml has no label here/],
    ['an extra link name', () => failure({ 'en/links.yaml': `${EN['en/links.yaml']}other:\n  label: Other\n` }), 'en/links.yaml', /link "other" is not in links.yaml/],
    [
      'a link with an address',
      () => failure(edit('en/links.yaml', '  label: Official page\n', '  label: Official page\n  url: https://www.omu.ac.jp/cii/start-trouble/\n')),
      'en/links.yaml',
      /official-faq: url must not be set here: the address is taken from links.yaml/,
    ],
    ['a link without a label', () => failure({ 'en/links.yaml': 'official-faq: {}\nsecret-page:\n  label: x\n' }), 'en/links.yaml', /official-faq: label must be a non-empty string/],
    ['synonyms not a list', () => failure({ 'en/synonyms.yaml': 'error: red message\n' }), 'en/synonyms.yaml', /must be a list of groups/],
    ['a synonym group of one term', () => failure({ 'en/synonyms.yaml': '- [error, red message]\n- [setup key]\n' }), 'en/synonyms.yaml', /group 2 needs at least two terms/],
    ['a synonym that is not text', () => failure({ 'en/synonyms.yaml': '- [error, {a: b}]\n' }), 'en/synonyms.yaml', /group 1\[1\] must be a non-empty string/],
    ['a link as a bare string', () => failure({ 'en/links.yaml': 'official-faq: Official page\nsecret-page:\n  label: x\n' }), 'en/links.yaml', /official-faq must be a mapping with label/],
  ]
  it.each(cases)('%s', (_name, run, file, reason) => {
    const e = run()
    expect(e.file).toBe(file)
    expect(e.reason).toMatch(reason)
    expect(e.message).toContain(`faq/${file}: `)
  })

  it('a fault in the Japanese edition is reported before the English one is read', () => {
    const e = failure({ 'a.md': JA['a.md']!.replace('order: 1', 'order: first'), 'en/b.md': null })
    expect(e.file).toBe('a.md')
  })
})

describe('faqPlugin: the English modules', () => {
  const real = join(dirname(fileURLToPath(import.meta.url)), '../../faq')
  type Hook = (this: unknown, ...args: unknown[]) => unknown
  const handler = (h: unknown): Hook => (typeof h === 'function' ? h : (h as { handler: Hook }).handler) as Hook
  /** Loads a virtual module as the build would, from the faq/ folder `faqDir`. */
  function load(faqDir: string, id: string): string {
    const plugin = faqPlugin({ dir: faqDir })
    handler(plugin.configResolved).call(plugin, { root: faqDir })
    const context = {
      error: (message: string): never => {
        throw new Error(message)
      },
    }
    return String(handler(plugin.load).call(context, `\0${id}`))
  }

  it('compiles faq/en/ only when an English module is loaded: the Japanese modules never read it', () => {
    const d = mkdtempSync(join(tmpdir(), 'faq-plugin-'))
    dir = d
    cpSync(real, d, { recursive: true, filter: (src) => src !== join(real, 'en') })
    for (const id of ['virtual:faq', 'virtual:faq-bodies', 'virtual:faq-messages', 'virtual:screen-messages']) expect(load(d, id)).toMatch(/^export /)
    expect(() => load(d, 'virtual:faq/en')).toThrow('FAQ content error in faq/en: the English edition folder is missing')
  })

  it('serves the real English edition: metadata, bodies under /en, messages with glosses', () => {
    expect(load(real, 'virtual:faq/en')).toContain('"sourceChecked":')
    expect(load(real, 'virtual:faq-bodies/en')).toContain('href=\\"/en/')
    expect(load(real, 'virtual:faq-messages/en')).toContain('"gloss":')
  })

  it('serves the English search index as JSON to parse, and the Japanese one unchanged by it', () => {
    const en = load(real, 'virtual:search-index/en')
    expect(en).toMatch(/^export default JSON\.parse\("/)
    const parsed = JSON.parse(JSON.parse(en.slice('export default JSON.parse('.length, -1)) as string) as Record<string, unknown>
    expect(Object.keys(parsed).sort()).toEqual(['index', 'readings', 'synonyms', 'words'])
    expect(parsed.words).toBe('en')
    expect(load(real, 'virtual:search-index')).not.toContain('\\"words\\"')
  })

  it('stops the build on a fault of the English search data, naming the file', () => {
    const d = mkdtempSync(join(tmpdir(), 'faq-plugin-'))
    dir = d
    cpSync(real, d, { recursive: true })
    writeFileSync(join(d, 'en/synonyms.yaml'), '- [password, how do I]\n')
    expect(() => load(d, 'virtual:search-index/en')).toThrow(/FAQ content error in faq\/en\/synonyms.yaml: synonyms: group 1: "how do I" is made of stop words only/)
    writeFileSync(join(d, 'en/synonyms.yaml'), '- [password, passcode]\n')
    writeFileSync(join(d, 'en/readings.yaml'), 'password: [pa]\n')
    expect(() => load(d, 'virtual:search-index/en')).toThrow(/en\/readings.yaml: readings: password: "pa" is shorter than 3 characters/)
    // the Japanese index does not read them
    expect(load(d, 'virtual:search-index')).toMatch(/^export default/)
  })
})
