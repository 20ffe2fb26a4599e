import { describe, expect, it } from 'vitest'
import { EMAIL_LOCAL_MAX, EMAIL_LOCAL_MIN } from './rules'
import { MSG_EMAIL_LOCAL_LENGTH, MSG_INVALID_KEY, SCREEN_MESSAGES } from './screenMessages'
import { seedText as seed } from '../../tests/fixtures/seed.ts'


describe('screen messages', () => {
  it.each(SCREEN_MESSAGES.map((m) => [m]))('%s is quoted exactly from the source FAQ', (m) => {
    expect(seed).toContain(`「${m}」`)
  })

  it('carries no surrounding 「」 of its own', () => {
    for (const m of SCREEN_MESSAGES) {
      expect(m.startsWith('「') && m.endsWith('」')).toBe(false)
    }
    expect(MSG_INVALID_KEY).toBe('無効なキー')
  })

  it('the length message states the same range as rules.ts', () => {
    expect(MSG_EMAIL_LOCAL_LENGTH).toContain(`${EMAIL_LOCAL_MIN}文字以上、${EMAIL_LOCAL_MAX}文字以内`)
  })
})
