/**
 * Languages other than the default load lazily, all areas at once: before loadLanguage() their wording
 * cannot be read; after it, every accessor reads it, including one first imported afterwards (as a lazy
 * chunk's accessor is).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => vi.resetModules())

describe('loadLanguage', () => {
  it('brings in the areas defined so far, and those of a lazy chunk on the next call', async () => {
    vi.resetModules()
    const i18n = await import('@/i18n')
    await import('@/locales/load')
    const { appText } = await import('@/locales/app')
    // The first view's areas load their default wording too (in the default language's chunk).
    expect(i18n.languageLoaded('ja')).toBe(false)
    expect(() => appText.skipToContent).toThrow(/Missing wording: area app, language ja, key skipToContent \(not loaded\)/)
    await i18n.loadLanguage('ja')
    expect(i18n.languageLoaded('ja')).toBe(true)
    const ja = appText.skipToContent
    expect(ja).toMatch(/[ぁ-んァ-ン一-龯]/)
    expect(i18n.languageLoaded('en')).toBe(false)
    i18n.setLanguage('en')
    expect(() => appText.skipToContent).toThrow(/Missing wording: area app, language en/)
    await i18n.loadLanguage('en')
    expect(i18n.languageLoaded('en')).toBe(true)
    const en = appText.skipToContent
    expect(en).not.toBe(ja)
    expect(en).toMatch(/^[\x20-\x7e]+$/) // English, no Japanese
    // An accessor first imported now (a lazy chunk's, the tools'): its area is loaded by the next call,
    // which whatever loads that chunk makes (src/tools/components.ts).
    const { timersText } = await import('@/locales/timers')
    expect(i18n.languageLoaded('en')).toBe(false)
    expect(() => timersText.pageTitle).toThrow(/Missing wording: area timers, language en/)
    await i18n.loadLanguage('en')
    expect(i18n.languageLoaded('en')).toBe(true)
    expect(timersText.pageTitle).toMatch(/[Tt]imer/)
    i18n.setLanguage('ja')
    expect(appText.skipToContent).toBe(ja)
  })

  it("lets a lazy chunk's accessor load before its wording, in any language, the default one too: it is read once the wording is there", async () => {
    vi.resetModules()
    const i18n = await import('@/i18n')
    await import('@/locales/load')
    await i18n.loadLanguage('en')
    i18n.setLanguage('en')
    const { checkersText } = await import('@/locales/checkers')
    // Nothing of the area is there yet, not even the default language's (a page in English never downloads it).
    expect(() => checkersText.PASSWORD_ALL_CLEAR).toThrow(/Missing wording: area checkers, language en, key PASSWORD_ALL_CLEAR \(not loaded\)/)
    expect(i18n.languageLoaded('en')).toBe(false)
    await i18n.loadLanguage('en')
    expect(checkersText.PASSWORD_ALL_CLEAR).toMatch(/^Your password/)
    expect(checkersText.FIX_LABELS.trim).toMatch(/^[\x20-\x7e]+$/)
    const label = checkersText.fixLabel
    const trim = { code: 'trim', value: 'abc' }
    const english = label(trim, ' abc')
    expect(english).toMatch(/^[\x20-\x7e]+$/)
    // The default language's wording of that area loads the same way, by loadLanguage().
    await i18n.loadLanguage('ja')
    i18n.setLanguage('ja')
    expect(checkersText.PASSWORD_ALL_CLEAR).toMatch(/[ぁ-んァ-ン一-龯]/)
    expect(checkersText.FIX_LABELS.trim).toBe('前後の空白を消す')
    // A function taken out while English was shown follows the language.
    expect(label(trim, ' abc')).toMatch(/[ぁ-んァ-ン一-龯]/)
    i18n.setLanguage('en')
    expect(label(trim, ' abc')).toBe(english)
  })

  it("asks for a lazy chunk's wording beside the chunk: every area no accessor has defined yet, in that language only", async () => {
    vi.resetModules()
    const i18n = await import('@/i18n')
    const asked: string[] = []
    const files = ['./en/app.ts', './en/checkers.ts', './ja/checkers.ts', './en/checkers.test.ts', './en/broken.ts']
    i18n.provideWordingLoaders(
      Object.fromEntries(files.map((f) => [f, async () => (asked.push(f), f.includes('broken') ? Promise.reject(new Error('offline')) : {})])),
    )
    i18n.defineText('app', {}) // the first view's area: defined, its wording loaded with the page
    i18n.preloadWording('en')
    // A failed download is left to loadLanguage(), which reports it: no unhandled rejection here.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(asked).toEqual(['./en/checkers.ts', './en/broken.ts'])
    asked.length = 0
    i18n.preloadWording('ja')
    expect(asked).toEqual(['./ja/checkers.ts'])
    // Once the chunk has defined the area, nothing more is asked.
    i18n.defineText('checkers', {})
    asked.length = 0
    i18n.preloadWording('ja')
    expect(asked).toEqual([])
  })

  it('refuses a language that has no folder, and resolves at once for the default one', async () => {
    vi.resetModules()
    const i18n = await import('@/i18n')
    await import('@/locales/load')
    await expect(i18n.loadLanguage('xx')).rejects.toThrow(/No wording for language xx/)
    expect(i18n.languageLoaded('xx')).toBe(false)
    await expect(i18n.loadLanguage('ja')).resolves.toBeUndefined()
  })
})

describe('a language part (the FAQ edition)', () => {
  it('loads with the wording, in the same loadLanguage() call', async () => {
    vi.resetModules()
    const i18n = await import('@/i18n')
    await import('@/locales/load')
    const asked: string[] = []
    i18n.addLanguagePart(async (lang) => {
      asked.push(lang)
    })
    await i18n.loadLanguage('en')
    expect(asked).toEqual(['en'])
    expect(i18n.languageLoaded('en')).toBe(true)
    // Loaded once: a second call asks nothing.
    await i18n.loadLanguage('en')
    expect(asked).toEqual(['en'])
  })

  it('leaves the language unloaded when a part fails, and the next call tries again', async () => {
    vi.resetModules()
    const i18n = await import('@/i18n')
    await import('@/locales/load')
    let fail = true
    i18n.addLanguagePart(async () => {
      if (fail) throw new Error('offline')
    })
    await expect(i18n.loadLanguage('en')).rejects.toThrow('offline')
    expect(i18n.languageLoaded('en')).toBe(false)
    fail = false
    await i18n.loadLanguage('en')
    expect(i18n.languageLoaded('en')).toBe(true)
  })
})
