import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { charFixChanges, fixChanges, isHyphenLike } from './fixes'
import { checkPassword } from '@/tools/password/password'
import { checkEmail } from '@/tools/email/email'
import { checkOmuid } from '@/tools/omuid/omuid'
import { checkSetupKey } from '@/tools/setup-key/setupKey'

describe('charFixChanges', () => {
  it.each([
    ['Ａbcdefghijk1', 'Abcdefghijk1', ['halfwidth']],
    ['Abc\u200bdefghijk1', 'Abcdefghijk1', ['remove-invisible']],
    ['ａ1234567', 'a1234567', ['halfwidth']],
    [' ab12345 ', 'ab12345', ['remove-blank']],
    ['jbsw y3dp-ehpk3pxp', 'JBSWY3DPEHPK3PXP', ['remove-blank', 'remove-hyphen', 'uppercase']],
    ['ｊbsw', 'JBSW', ['halfwidth', 'uppercase']],
    ['taro＠gmail．com', 'taro@gmail.com', ['halfwidth']],
    ['abc', 'abd', ['other']],
    ['abc', 'abcd', ['other']],
    ['same', 'same', []],
  ])('%j → %j: %j', (input, output, changes) => {
    expect(charFixChanges(input, output)).toEqual(changes)
  })

  it('names hyphens and dashes', () => {
    for (const c of ['-', '－', '‐', '—', '−', 'ー']) expect(isHyphenLike(c)).toBe(true)
    for (const c of ['_', '~', '〜', 'A']) expect(isHyphenLike(c)).toBe(false)
  })

  it('explains every character fix the checkers offer: never "other"', () => {
    const unit = fc.constantFrom(...'Aa1Ｂｂ２ 　\u200b\ufeff\u00a0-－ー。＠．@.xyz'.split(''))
    const input = fc.string({ unit, maxLength: 24 })
    fc.assert(
      fc.property(input, (s) => {
        const fixes = [...checkPassword(s, s), ...checkEmail(s), ...checkOmuid(s), ...checkSetupKey(s)].flatMap((f) => (f.fix ? [f.fix] : []))
        for (const fix of fixes) {
          const changes = fixChanges(s, fix)
          if (fix.code === 'halfwidth' || fix.code === 'clean') {
            expect(changes.length, `${JSON.stringify(s)} → ${JSON.stringify(fix.value)}`).toBeGreaterThan(0)
            expect(changes, `${JSON.stringify(s)} → ${JSON.stringify(fix.value)}`).not.toContain('other')
          } else expect(changes).toEqual([])
        }
      }),
      { numRuns: 2000 },
    )
  })
})
