import { describe, expect, it } from 'vitest'
import jaBodies from 'virtual:faq-bodies'
import enBodies from 'virtual:faq-bodies/en'
import { defaultLanguage } from '@/locales'
import { compiledBodies } from './compiledBodies'

describe('the compiled bodies', () => {
  it("give each edition's own bodies", async () => {
    const ja = await compiledBodies.loadAll(defaultLanguage)
    const en = await compiledBodies.loadAll('en')
    expect(ja).toEqual(jaBodies)
    expect(en).toEqual(enBodies)
    expect(Object.keys(en)).toEqual(Object.keys(ja))
    expect(en['invalid-key']).not.toBe(ja['invalid-key'])
    // English answers link to English pages.
    expect(en['no-email-address']).toContain('href="/en/faq/recovery-email-choice"')
    expect(ja['no-email-address']).toContain('href="/faq/recovery-email-choice"')
  })

  it('refuse a language without an edition', async () => {
    await expect(compiledBodies.loadAll('xx')).rejects.toThrow(/no compiled bodies for the edition xx/)
  })
})
