/** The companion's walk (faq/walk.yaml, faq/en/walk.yaml) and the facts it cites, compiled and checked with the FAQ. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { FaqError } from './compile'
import { compileAppEditions } from '../faq-plugin'

const FAQ = fileURLToPath(new URL('../../faq', import.meta.url))

let dir = ''
/** A copy of faq/ with `edit` applied to some of its files (path → new text from old). */
function copyWith(edits: Record<string, (text: string) => string>): string {
  dir = mkdtempSync(join(tmpdir(), 'walk-'))
  cpSync(FAQ, dir, { recursive: true })
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file)
    const before = readFileSync(path, 'utf8')
    const after = edit(before)
    if (after === before) throw new Error(`the edit of ${file} changed nothing`)
    writeFileSync(path, after)
  }
  return dir
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = ''
})

function failure(edits: Record<string, (text: string) => string>): FaqError {
  try {
    compileAppEditions(copyWith(edits))
  } catch (e) {
    if (e instanceof FaqError) return e
    throw e
  }
  throw new Error('compiled without an error')
}

describe('the walk', () => {
  const { ja, en } = compileAppEditions()

  it('has the same steps, widgets, questions and facts in both editions, each fact a sentence of its question', () => {
    expect(ja.walk.steps.length).toBeGreaterThanOrEqual(12)
    expect(en.walk.steps).toEqual(ja.walk.steps)
    for (const [edition, faq] of [['ja', ja], ['en', en]] as const) {
      for (const step of faq.walk.steps) {
        const text = faq.walk.text[step.id]
        expect(text, `${edition} ${step.id}`).toBeDefined()
        expect(text?.facts).toHaveLength(step.facts.length)
        step.facts.forEach((f, i) => {
          const q = faq.compiled.find((x) => x.id === f.question)
          const sentence = f.key === 'summary' ? q?.summary : q?.facts[f.key]
          expect(text?.facts[i], `${edition} ${step.id} ${f.question}.${f.key}`).toBe(sentence)
        })
      }
    }
  })

  it('goes through the screens in the FAQ order', () => {
    expect(ja.walk.steps.map((s) => s.id)).toEqual([
      'start-page', 'resume-prompt', 'id-check', 'start-password', 'password-login', 'password-form', 'code', 'change-check', 'start-two-factor', 'qr-code', 'two-factor-test', 'done',
    ])
    const order = ja.steps.map((s) => s.id)
    const screens = ja.walk.steps.map((s) => order.indexOf(s.screen))
    expect(screens).toEqual([...screens].sort((a, b) => a - b))
    expect(ja.walk.text.code?.facts).toContain('確認コードの有効期限は5分程度です。')
    expect(en.walk.text.code?.facts).toContain('The confirmation code is valid for about 5 minutes.')
  })

  it('names a cited section by the messages it explains, glossed in English', () => {
    expect(ja.walk.text['password-form']?.messages['change-errors#current-password-wrong']).toBe('「パスワードが正しくありません。」')
    expect(ja.walk.text['password-form']?.messages['change-errors#unusable-characters']).toBe('「使用不可文字が含まれています。」 「使用許可文字以外が含まれています。」')
    expect(en.walk.text['password-form']?.messages['change-errors#current-password-wrong']).toBe('「パスワードが正しくありません。」 (“The password is incorrect.”)')
  })

  it('follows a fact edited in the question page', () => {
    const d = copyWith({
      'reset-mail-not-arriving.md': (t) => t.replaceAll('確認コードの有効期限は**5分程度**です。', '確認コードの有効期限は**10分程度**です。').replace('code-validity: "確認コードの有効期限は5分程度です。"', 'code-validity: "確認コードの有効期限は10分程度です。"'),
    })
    expect(compileAppEditions(d).ja.walk.text.code?.facts[0]).toBe('確認コードの有効期限は10分程度です。')
  })

  it.each([
    ['a fact no longer in the body', { 'reset-mail-not-arriving.md': (t: string) => t.replace('確認コードの有効期限は**5分程度**です。', '確認コードはすぐ切れます。') }, 'faq/reset-mail-not-arriving.md: fact "code-validity" is not in the body word for word'],
    ['an unknown fact key', { 'walk.yaml': (t: string) => t.replace('reflection-pending.wait,', 'reflection-pending.nap,') }, 'faq/walk.yaml: change-check: fact "reflection-pending.nap": reflection-pending has no fact "nap"'],
    ['a dangling question id', { 'walk.yaml': (t: string) => t.replace('questions: [reflection-pending]', 'questions: [reflection-pendin]') }, 'faq/walk.yaml: change-check: unknown question "reflection-pendin"'],
    ['a dangling anchor', { 'walk.yaml': (t: string) => t.replace('questions: [change-errors,', 'questions: [change-errors#nowhere,') }, 'faq/walk.yaml: password-form: question change-errors has no anchor "nowhere"'],
    ['an unknown widget', { 'walk.yaml': (t: string) => t.replace('widgets: [code-timer]', 'widgets: [egg-timer]') }, 'faq/walk.yaml: code: unknown widget "egg-timer"'],
    ['a name the FAQ never quotes', { 'walk.yaml': (t: string) => t.replace('「変更」をクリックします。', '「送信」をクリックします。') }, 'faq/walk.yaml: password-form.do quotes 「送信」, which no question of the Japanese FAQ quotes'],
    ['an English step missing', { 'en/walk.yaml': (t: string) => t.replace(/- id: done[\s\S]*$/, '') }, 'faq/en/walk.yaml: step "done" of walk.yaml is missing'],
    ['English widgets that differ', { 'en/walk.yaml': (t: string) => t.replace('widgets: [code-timer]', 'widgets: []') }, 'faq/en/walk.yaml: code: widgets must be the same as in walk.yaml'],
    ['English questions that differ', { 'en/walk.yaml': (t: string) => t.replace('questions: [reflection-pending]', 'questions: [code-expired]') }, 'faq/en/walk.yaml: change-check: questions must be the same as in walk.yaml'],
    ['English steps in another order', { 'en/walk.yaml': (t: string) => t.replace('- id: start-page', '- id: tmp-x').replace('- id: resume-prompt', '- id: start-page').replace('- id: tmp-x', '- id: resume-prompt') }, 'faq/en/walk.yaml: step 1 must be "start-page", not "resume-prompt"'],
    ['an English page without a fact of the Japanese page', { 'en/reflection-pending.md': (t: string) => t.replace(/\n {2}retry: .*/, '') }, 'faq/en/reflection-pending.md: the fact keys must be the same as in the Japanese page'],
  ])('fails on %s, naming the file and the reason', (_what, edits, reason) => {
    expect(failure(edits).message).toContain(reason)
  })
})
