import { describe, expect, it } from 'vitest'
import { EMAIL_LOCAL_MAX, EMAIL_LOCAL_MIN } from '@/lib/rules'
import { screenMessages } from './screenMessages'
import { compileAppFaq } from '../../build/faq-plugin.ts'
import { seedText as seed } from '../../tests/fixtures/seed.ts'

/** The one catalogue (faq/screen-messages.yaml), every entry, as the build reads it. */
const full = compileAppFaq().screenMessages
const catalogue = Object.values(full).map((m) => m.text)

describe('screen messages', () => {
  it.each(catalogue.map((m) => [m]))('%s is quoted exactly from the source FAQ', (m) => {
    expect(seed).toContain(`「${m}」`)
  })

  it('carries no surrounding 「」 of its own', () => {
    for (const m of catalogue) {
      expect(m.startsWith('「') && m.endsWith('」')).toBe(false)
    }
    expect(screenMessages['invalid-key']).toBe('無効なキー')
  })

  it('the length message states the same range as rules.ts', () => {
    expect(screenMessages['email-local-length']).toContain(`${EMAIL_LOCAL_MIN}文字以上、${EMAIL_LOCAL_MAX}文字以内`)
  })

  it('ships the checkers exactly the catalogue texts', () => {
    for (const [key, text] of Object.entries(screenMessages)) expect(text).toBe(full[key]?.text)
  })
})
