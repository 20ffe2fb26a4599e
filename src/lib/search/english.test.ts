import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonEnglish, stem, STOP_WORDS } from './english'
import { normalize } from './normalize'
import { tokenizeNormalized } from './tokenize'

describe('stem', () => {
  it.each([
    // the key terms, in the forms people type
    [['password', 'passwords'], 'password'],
    [['verify', 'verified', 'verifies', 'verifying', 'verification', 'verifications'], 'verif'],
    [['expire', 'expired', 'expires', 'expiring', 'expiry', 'expiration'], 'expir'],
    [['recover', 'recovered', 'recovering', 'recovery'], 'recover'],
    [['authenticate', 'authenticated', 'authenticating', 'authentication'], 'authent'],
    [['authenticator', 'authenticators'], 'authenticator'],
    [['code', 'codes'], 'cod'],
    [['confirm', 'confirmed', 'confirmation'], 'confirm'],
    [['copy', 'copies', 'copied', 'copying'], 'cop'],
    [['log', 'logged', 'logging'], 'log'],
    [['set', 'setting', 'settings'], 'set'],
    [['email', 'emails'], 'email'],
    [['address', 'addresses'], 'address'],
    [['arrive', 'arrived', 'arriving', 'arrival'], 'arriv'],
    [['receive', 'received', 'receiving'], 'receiv'],
    [['delete', 'deleted', 'deleting', 'deletion'], 'delet'],
    [['device', 'devices'], 'devic'],
    [['phone', 'phones'], 'phon'],
    [['notify', 'notified', 'notification'], 'notif'],
    [['apply', 'applied', 'application'], 'appl'],
    [['temporary', 'temporarily'], 'temporar'],
    [['change', 'changed', 'changes', 'changing'], 'chang'],
    [['entry', 'entries'], 'entr'],
    [['stop', 'stopped', 'stopping'], 'stop'],
    [['format', 'formatted'], 'format'],
    [['match', 'matches', 'matching'], 'match'],
  ])('%j → %s', (words, want) => {
    for (const w of words) expect(stem(w), w).toBe(want)
  })

  it('keeps short words, words it has no rule for, and words that are not plain a–z', () => {
    for (const w of ['key', 'pc', 'id', 'sms', 'ios', 'qr', 'omuid', 'setup', 'gmail', 'status', 'access', 'this', '2fa', 'café', '']) {
      expect(stem(w), w).toBe(w)
    }
  })

  it('keeps at least three letters', () => {
    for (const w of ['used', 'need', 'thing', 'ties', 'date', 'update', 'only']) expect(stem(w).length, w).toBeGreaterThanOrEqual(3)
  })

  it('only cuts letters off the end: every stem starts every word it came from (the highlighter relies on it)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,16}$/), (w) => {
        expect(w.startsWith(stem(w))).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('leaves a misspelt key term one or two typos from the right stem (what the engine forgives)', () => {
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
      for (let j = 1; j <= b.length; j++) d[0]![j] = j
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
        }
      }
      return d[a.length]![b.length]!
    }
    // The engine allows round(0.2 × length) typos, at most 2 (engine.ts). Not forgiven: two letters swapped
    // in a short word (recieved → reciev, two edits from receiv, one allowed); the other words of the query carry it.
    const allowed = (w: string) => Math.min(2, Math.round(w.length * 0.2))
    for (const [typo, right] of [
      ['pasword', 'password'],
      ['passward', 'password'],
      ['verfication', 'verification'],
      ['verifcation', 'verification'],
      ['recovry', 'recovery'],
      ['authentificator', 'authenticator'],
      ['autheticator', 'authenticator'],
      ['confirmaton', 'confirmation'],
      ['verificaton', 'verification'],
      ['temprary', 'temporary'],
    ]) {
      const a = stem(typo as string)
      const b = stem(right as string)
      expect(distance(a, b), `${typo} → ${a}, ${right} → ${b}`).toBeLessThanOrEqual(allowed(a))
    }
  })
})

describe('canonEnglish', () => {
  it.each([
    ['i didn t get the verification code on my phone', 'verif cod phon'],
    ['i dont have a smartphone', 'smartphon'],
    ['how do i reset my password', 'reset password'],
    ['verification codes expired', 'verif cod expir'],
    ['log out', 'log out'],
    ['send it again', 'send again'],
    ['2fa one time password', '2fa one tim password'],
    ['', ''],
    ['the a an', ''],
  ])('%j → %j', (input, want) => {
    expect(canonEnglish(input)).toBe(want)
  })

  it('leaves Japanese runs as they are, so a pasted screen message is still cut into bigrams', () => {
    const message = normalize('「無効なキー」と表示された')
    expect(canonEnglish(message)).toBe(message)
    expect(canonEnglish(normalize('it says 無効なキー when i paste the key'))).toBe('say 無効なきー past key')
    expect(tokenizeNormalized(canonEnglish(normalize('無効なキー')))).toEqual(tokenizeNormalized(normalize('無効なキー')))
  })

  it('cuts words from Japanese runs as the tokenizer does, and a dropped stop word leaves a gap, not a bigram', () => {
    expect(canonEnglish(normalize('omuidを忘れた'))).toBe('omuidを忘れた')
    expect(canonEnglish(normalize('passwordsが違う'))).toBe('passwordが違う')
    expect(canonEnglish(normalize('パスワードtheキー'))).toBe('ぱすわーど きー')
  })

  it('drops stop words only: every word that is not one keeps a stem', () => {
    for (const w of STOP_WORDS) expect(canonEnglish(w), w).toBe('')
    for (const w of ['password', 'key', 'code', 'email', 'phone', 'new', 'old', 'again', 'out', 'never']) expect(canonEnglish(w), w).not.toBe('')
  })

  it('gives normalised text with single spaces, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
        const out = canonEnglish(normalize(a + ' ' + b))
        expect(out).toBe(out.trim())
        expect(out).not.toMatch(/ {2}/)
        expect(normalize(out)).toBe(out)
      }),
      { numRuns: 500 },
    )
  })
})
