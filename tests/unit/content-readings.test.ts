import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileAppFaq } from '../../build/faq-plugin.ts'
import { seedText } from '../fixtures/seed.ts'

const faq = compileAppFaq(join(import.meta.dirname, '../../faq'))
const body = (id: string): string => faq.compiled.find((q) => q.id === id)?.markdown ?? ''

describe('where the source text is incomplete, the page says it is our reading', () => {
  it('closed-midway: the sentence with a lost word is marked as our reading of it', () => {
    // The source really is incomplete here: the sentence starts with 「のパソコン」.
    expect(seedText).toContain('\nのパソコン・スマートフォンで最初から手続きを行っても問題ありません。')
    const text = body('closed-midway')
    expect(text).toContain('前回とは別のパソコン・スマートフォン')
    expect(text).toMatch(/この一文は私たちの読み方です。[^）]*欠けて[^）]*「別の」と補いました/)
  })
})

describe('the note beside a link with no published address', () => {
  it('is said in full once per page, short beside the other such links', () => {
    const full = '（アドレスが公開されていないため、公式FAQページに移動します。そこから開いてください）'
    for (const q of faq.compiled) {
      const html = faq.bodies[q.id] ?? ''
      expect(html.split(full).length - 1, q.id).toBeLessThanOrEqual(1)
    }
    const twoFactor = faq.bodies['two-factor-test-fails'] ?? ''
    expect(twoFactor.split(full).length - 1).toBe(1)
    expect(twoFactor).toContain('（公式FAQページに移動します）')
  })
})
