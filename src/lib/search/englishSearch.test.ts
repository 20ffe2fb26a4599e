import { describe, expect, it } from 'vitest'
import { buildEnglishIndex, buildSearchIndex, packSearchIndex } from './buildIndex'
import { loadSearchIndex, search, type SearchDoc } from './engine'
import { compileEnglishSynonyms, englishQuery, loadEnglishIndex, searchEnglish } from './englishSearch'
import { compileReadings } from './readings'

const DOCS: SearchDoc[] = [
  {
    id: 'expired',
    step: 'password',
    title: 'My confirmation code has expired',
    summary: 'Go back and enter your details again. The email is sent again.',
    messages: [],
    keywords: ['code expired', 'time limit'],
    body: 'The confirmation code is valid for about 5 minutes.',
  },
  {
    id: 'invalid-key',
    step: 'two-factor',
    title: '「無効なキー」 (“Invalid key”) when registering the setup key',
    summary: 'A space is sometimes added at the start of the key.',
    messages: [{ text: '無効なキー', anchor: 'bad-key' }],
    keywords: ['setup key', 'space'],
    body: 'After you paste the setup key, delete the space.',
  },
  {
    id: 'devices',
    step: 'two-factor',
    title: 'Can I use Google Authenticator on more than one device?',
    summary: 'Yes. Register the same QR code on every device.',
    messages: [],
    keywords: ['multiple devices', 'new phone'],
    body: 'Register it in Google Authenticator on each device.',
  },
  {
    id: 'recovery',
    step: 'password',
    title: 'Which password recovery email address should I register?',
    summary: 'A personal email address that you use every day.',
    messages: [],
    keywords: ['recovery email'],
    body: 'The password recovery email address is used when you forget your password.',
  },
]

const SYNONYMS = [
  ['recovery email', 'backup email', 'secondary email'],
  ['authenticator', 'auth app'],
]
const READINGS = [['無効なキー', ['mukou na ki']]] as const
/** The English index of DOCS as the build ships it, packed against DOCS as the first view's questions. */
const shipped = () => packSearchIndex(buildEnglishIndex(DOCS), DOCS)
const english = loadEnglishIndex(shipped(), compileEnglishSynonyms(SYNONYMS), READINGS, DOCS)
const ids = (q: string) => searchEnglish(english, q).map((r) => r.id)

describe('English search', () => {
  it('finds a page by another form of its words', () => {
    expect(ids('expiry of the verification codes')[0]).toBe('expired')
    expect(ids('registered emails')[0]).toBe('recovery')
    expect(ids('devices')[0]).toBe('devices')
  })

  it('forgives typos of the key terms', () => {
    expect(ids('confirmaton code')[0]).toBe('expired')
    expect(ids('authentificator')[0]).toBe('devices')
    expect(ids('recovry emial')[0]).toBe('recovery')
  })

  it('finds the page quoting a pasted Japanese message, with its anchor and the quote highlighted', () => {
    const [r] = searchEnglish(english, '無効なキー')
    expect(r?.id).toBe('invalid-key')
    expect(r?.anchor).toBe('bad-key')
    expect(r?.titleRanges.map(([s, e]) => r.title.slice(s, e))).toEqual(['無効なキー'])
    expect(ids('it says 無効なキ when I paste')[0]).toBe('invalid-key')
  })

  it('replaces romaji readings before the word forms', () => {
    expect(englishQuery('Mukou na ki', english.readings)).toBe('無効なきー')
    expect(ids('mukou na ki')[0]).toBe('invalid-key')
  })

  it('expands synonyms in the index word forms: "backup emails" reaches the recovery email page', () => {
    const plain = loadEnglishIndex(shipped(), null, null, DOCS)
    expect(searchEnglish(plain, 'backup emails')[0]?.id).not.toBe(undefined)
    expect(ids('backup emails')[0]).toBe('recovery')
    expect(ids('auth app')[0]).toBe('devices')
  })

  it('highlights the whole words a stem came from', () => {
    const [r] = searchEnglish(english, 'expiring codes')
    expect(r?.id).toBe('expired')
    expect(r?.titleRanges.map(([s, e]) => r.title.slice(s, e))).toEqual(['code', 'expired'])
    const [k] = searchEnglish(english, 'pasted 無効なキー')
    expect(k?.snippet.ranges.map(([s, e]) => k.snippet.text.slice(s, e))).toEqual(['無効なキー'])
    expect(k?.titleRanges.map(([s, e]) => k.title.slice(s, e))).toEqual(['無効なキー'])
  })

  it('scores coverage on the title in word forms, as the Japanese engine does on bigrams', () => {
    // the same index searched without word forms on the stored titles: the covered title gains nothing
    const raw = loadSearchIndex(shipped(), null, null, DOCS)
    const q = englishQuery('confirmation code expired', english.readings)
    const withForms = searchEnglish(english, 'confirmation code expired')[0]
    const without = search(raw, q)[0]
    expect(withForms?.id).toBe('expired')
    expect(without?.id).toBe('expired')
    expect(withForms!.score).toBeGreaterThan(without!.score)
  })

  it('returns [] for stop words and punctuation only, and never throws', () => {
    expect(searchEnglish(english, 'how do I')).toEqual([])
    expect(searchEnglish(english, '?!')).toEqual([])
    expect(searchEnglish(english, undefined as unknown as string)).toEqual([])
    expect(() => searchEnglish(english, 'password '.repeat(2000))).not.toThrow()
  })

  it('loads packed like the Japanese index, with the same results', () => {
    const json = buildEnglishIndex(DOCS)
    const packed = loadEnglishIndex(JSON.parse(JSON.stringify(packSearchIndex(json, DOCS))), compileEnglishSynonyms(SYNONYMS), READINGS, DOCS)
    for (const q of ['expired code', '無効なキー', 'backup email', 'authentificator', 'mukou na ki']) {
      expect(searchEnglish(packed, q), q).toEqual(searchEnglish(english, q))
    }
  })

  it('indexes English in word forms, and Japanese text exactly as the Japanese index does', () => {
    const terms = (json: string) => new Set(Object.keys(Object.fromEntries((JSON.parse(json) as { index: [string, unknown][] }).index)))
    const en = terms(buildEnglishIndex(DOCS))
    const ja = terms(buildSearchIndex(DOCS))
    expect(en.has('expir')).toBe(true)
    expect(en.has('expired')).toBe(false)
    expect(en.has('the')).toBe(false)
    for (const bigram of ['無効', '効な', 'なき', 'きー']) {
      expect(en.has(bigram)).toBe(true)
      expect(ja.has(bigram)).toBe(true)
    }
  })
})

describe('compileEnglishSynonyms', () => {
  it('puts every term into the index word forms, repeats dropped', () => {
    expect(compileEnglishSynonyms([['Verification codes', 'confirmation code', 'verification code']]).groups).toEqual([['verif cod', 'confirm cod']])
  })

  it('stops on a term of stop words only, and on a group with one term once stemmed', () => {
    expect(() => compileEnglishSynonyms([['password', 'how do I']])).toThrow(/group 1: "how do I" is made of stop words only/)
    expect(() => compileEnglishSynonyms([['key', 'keys']])).toThrow(/group 1 has one term once stemmed/)
  })

  it('gives nothing for nothing', () => {
    expect(compileEnglishSynonyms(null).groups).toEqual([])
    expect(compileReadings(null).entries).toEqual([])
  })
})
