import { describe, expect, it } from 'vitest'
import { PAGES_FILE, languageOfFile, localeChunk, pagesFileName, searchChunk } from './languageFiles'

const codes = ['ja', 'en']

describe('the language of a precached file', () => {
  it('gives each language its pages file, its search chunk and its edition and wording chunk', () => {
    expect(languageOfFile('assets/pages-Ab_c-9.json', codes, 'ja')).toBe('ja')
    expect(languageOfFile('/assets/pages.en-Ab_c-9.json', codes, 'ja')).toBe('en')
    expect(languageOfFile('assets/loadIndex-x1.js', codes, 'ja')).toBe('ja')
    expect(languageOfFile('assets/loadIndexEn-x1.js', codes, 'ja')).toBe('en')
    expect(languageOfFile('assets/locale-en-x1.js', codes, 'ja')).toBe('en')
    expect(languageOfFile('assets/locale-en-tools-x1.js', codes, 'ja')).toBe('en')
    expect(languageOfFile('assets/locale-en-late-x1.js', codes, 'ja')).toBe('en')
    expect(languageOfFile('assets/locale-ja-x1.js', codes, 'ja')).toBe('ja')
  })

  it('leaves what every language needs to none, and a language the app does not have to none', () => {
    for (const shared of ['assets/first-x.js', 'assets/tools-x.js', 'assets/late-x.js', 'assets/sw-x.js', 'assets/rolldown-runtime-x.js', 'manifest.webmanifest']) {
      expect(languageOfFile(shared, codes, 'ja'), shared).toBeNull()
    }
    expect(languageOfFile('assets/pages.fr-x.json', codes, 'ja')).toBeNull()
    expect(languageOfFile('assets/locale-fr-x.js', codes, 'ja')).toBeNull()
  })

  it('names the files the way it reads them back', () => {
    expect(pagesFileName('ja', 'ja', 'h')).toMatch(PAGES_FILE)
    expect(PAGES_FILE.exec(pagesFileName('ja', 'ja', 'h'))?.[1]).toBeUndefined()
    expect(PAGES_FILE.exec(pagesFileName('en', 'ja', 'h-_1'))?.[1]).toBe('en')
    expect('assets/pages-x.js').not.toMatch(PAGES_FILE)
    expect(searchChunk('ja', 'ja')).toBe('loadIndex')
    expect(searchChunk('en', 'ja')).toBe('loadIndexEn')
    expect(localeChunk('en')).toBe('locale-en')
  })
})
