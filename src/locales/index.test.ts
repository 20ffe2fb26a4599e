import { describe, expect, it } from 'vitest'
import { langOfPath } from '@/i18n'
import { alternatesOf, defaultLanguage, languageOfPath, languagePath, languages, pathInLanguage } from '.'
import { workerLangOf } from './worker'

describe('languageOfPath', () => {
  const codes = [defaultLanguage, 'en', 'zh-Hant']

  it('is the first segment of the path when that is one of the codes', () => {
    expect(languageOfPath('/en', codes)).toBe('en')
    expect(languageOfPath('/en/', codes)).toBe('en')
    expect(languageOfPath('/en/faq/invalid-key', codes)).toBe('en')
    expect(languageOfPath('/en?q=x', codes)).toBe('en')
    expect(languageOfPath('/en#top', codes)).toBe('en')
    expect(languageOfPath('/zh-Hant/tools/email', codes)).toBe('zh-Hant')
  })

  it('is the default language otherwise: no prefix, an unknown one, a code further down the path', () => {
    for (const path of ['', '/', '/faq/invalid-key', '/english/x', '/EN/x', '/fr/x', '/faq/en', '//en/x', 'en/x', '/?en', '/#en']) {
      expect(languageOfPath(path, codes), path).toBe(defaultLanguage)
    }
  })

  it('never takes the default language as a prefix, and only codes from the list (not names every object has)', () => {
    expect(languageOfPath(`/${defaultLanguage}/faq/x`, codes)).toBe(defaultLanguage)
    expect(languageOfPath('/en/x', [defaultLanguage])).toBe(defaultLanguage)
    expect(languageOfPath('/en/x', [])).toBe(defaultLanguage)
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(languageOfPath(`/${name}/x`, codes), name).toBe(defaultLanguage)
  })
})

describe('languagePath', () => {
  it('leaves a default-language path as it is and puts another language under /<lang>', () => {
    expect(languagePath('/faq/invalid-key', defaultLanguage)).toBe('/faq/invalid-key')
    expect(languagePath('/', defaultLanguage)).toBe('/')
    expect(languagePath('/faq/invalid-key', 'en')).toBe('/en/faq/invalid-key')
    expect(languagePath('/', 'en')).toBe('/en')
  })

  it('is undone by languageOfPath', () => {
    for (const path of ['/', '/faq/invalid-key', '/tools/email']) {
      for (const lang of [defaultLanguage, 'en']) expect(languageOfPath(languagePath(path, lang), [defaultLanguage, 'en'])).toBe(lang)
    }
  })
})

describe('the router and the service worker', () => {
  it('give every path the same language', () => {
    const paths = ['/', '/faq/invalid-key', '/tools/email?q=a', '/xx/faq/x', '/constructor', '/__proto__/x']
    for (const code of Object.keys(languages)) paths.push(`/${code}`, `/${code}/`, `/${code}/faq/invalid-key`, `/${code}/search?q=${code}`)
    for (const path of paths) expect(workerLangOf(path), path).toBe(langOfPath(path))
  })
})

describe('pathInLanguage', () => {
  const codes = [defaultLanguage, 'en']

  it('moves a path between the default language and another, keeping query and hash', () => {
    expect(pathInLanguage('/', 'en', codes)).toBe('/en')
    expect(pathInLanguage('/faq/invalid-key#invalid-key', 'en', codes)).toBe('/en/faq/invalid-key#invalid-key')
    expect(pathInLanguage('/search?q=%E7%84%A1%E5%8A%B9', 'en', codes)).toBe('/en/search?q=%E7%84%A1%E5%8A%B9')
    expect(pathInLanguage('/?from=x', 'en', codes)).toBe('/en?from=x')
    expect(pathInLanguage('/en/faq/invalid-key#invalid-key', defaultLanguage, codes)).toBe('/faq/invalid-key#invalid-key')
    expect(pathInLanguage('/en', defaultLanguage, codes)).toBe('/')
    expect(pathInLanguage('/en/', defaultLanguage, codes)).toBe('/')
    expect(pathInLanguage('/en?q=a', defaultLanguage, codes)).toBe('/?q=a')
  })

  it('is the identity into the language a path already has, and a round trip gives the path back', () => {
    for (const path of ['/', '/step/password', '/faq/x#a', '/tools/password', '/search?q=a', '/nowhere']) {
      expect(pathInLanguage(path, defaultLanguage, codes)).toBe(path)
      expect(pathInLanguage(pathInLanguage(path, 'en', codes), defaultLanguage, codes)).toBe(path)
      expect(languageOfPath(pathInLanguage(path, 'en', codes), codes)).toBe('en')
    }
  })

  it('does not take a path that only starts like a language for that language', () => {
    expect(pathInLanguage('/english', 'en', codes)).toBe('/en/english')
    expect(pathInLanguage('/english', defaultLanguage, codes)).toBe('/english')
  })
})

describe('alternatesOf', () => {
  it('names a page in every shipped language, the default one also as x-default, from either language', () => {
    const expected = [
      ['ja', '/faq/invalid-key'],
      ['en', '/en/faq/invalid-key'],
      ['x-default', '/faq/invalid-key'],
    ]
    expect(alternatesOf('/faq/invalid-key')).toEqual(expected)
    expect(alternatesOf('/en/faq/invalid-key')).toEqual(expected)
    expect(alternatesOf('/en')).toEqual([['ja', '/'], ['en', '/en'], ['x-default', '/']])
  })

  it('names none for the not-found page', () => {
    expect(alternatesOf('/404')).toEqual([])
    expect(alternatesOf('/en/404')).toEqual([])
  })
})
