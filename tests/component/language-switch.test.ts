// @vitest-environment happy-dom
/**
 * The language switch and the home page's offer, with a test language registered (src/i18n
 * registerLanguage): the switch links to the same page, anchor and query in the other language, marked with
 * that language; a choice is remembered; the offer follows the remembered choice, else the browser's
 * preferences, and never shows to a browser that prefers Japanese.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { registerLanguage, setLanguage } from '@/i18n'
import { defaultLanguage } from '@/locales'
import { localizedRoutes, routes } from '@/router'
import LanguageSwitch from '@/components/LanguageSwitch.vue'
import LanguageOffer from '@/components/LanguageOffer.vue'
import { launchTarget, languageToOffer } from '@/lib/languageOffer'
import { LANGUAGE_CHOICE_KEY, readLanguageChoice } from '@/storage/languageChoice'

beforeAll(() => registerLanguage('zz', (_area, ja) => ja, { htmlLang: 'zz', nativeName: 'Zedish', offer: 'Read it in Zedish' }))

const wrappers: VueWrapper[] = []
afterEach(() => {
  while (wrappers.length) wrappers.pop()?.unmount()
  localStorage.clear()
  setLanguage(defaultLanguage)
  vi.unstubAllGlobals()
})

async function mountAt(component: typeof LanguageSwitch, path: string): Promise<VueWrapper> {
  const router = createRouter({ history: createMemoryHistory(), routes: localizedRoutes(routes) })
  await router.push(path)
  await router.isReady()
  const w = mount(component, { attachTo: document.body, global: { plugins: [router] } })
  wrappers.push(w)
  await flushPromises()
  return w
}

describe('the language switch', () => {
  it('links to the same question and anchor in the other language, in that language, and remembers the choice', async () => {
    const w = await mountAt(LanguageSwitch, '/faq/invalid-key?x=1#invalid-key')
    // Every other language: the shipped English, then the test's Zedish.
    expect(w.findAll('nav a').map((a) => [a.attributes('hreflang'), a.attributes('href'), a.text()])).toEqual([
      ['en', '/en/faq/invalid-key?x=1#invalid-key', 'English'],
      ['zz', '/zz/faq/invalid-key?x=1#invalid-key', 'Zedish'],
    ])
    const link = w.get('nav a[hreflang="zz"]')
    expect(w.get('nav').attributes('aria-label')).toBeTruthy()
    expect(link.attributes('href')).toBe('/zz/faq/invalid-key?x=1#invalid-key')
    expect(link.attributes('hreflang')).toBe('zz')
    expect(link.attributes('lang')).toBe('zz')
    expect(link.text()).toBe('Zedish')
    await link.trigger('click')
    expect(readLanguageChoice()).toBe('zz')
  })

  it('from the other language, links back to the default language’s page', async () => {
    setLanguage('zz')
    const w = await mountAt(LanguageSwitch, '/zz/step/password')
    expect(w.get('nav a').attributes('href')).toBe('/step/password')
    expect(w.get('nav a').text()).toBe('日本語')
    expect(w.get('nav a').attributes('lang')).toBe('ja')
  })
})

describe('the offer on the home page', () => {
  it('picks the remembered choice, else the first preferred language the app has, never when the browser prefers Japanese', () => {
    const codes = ['ja', 'en', 'zh-Hant']
    expect(languageToOffer(codes, 'ja', ['en-US', 'fr'], null)).toBe('en')
    expect(languageToOffer(codes, 'ja', ['fr', 'zh-Hant-TW'], null)).toBe('zh-Hant')
    expect(languageToOffer(codes, 'ja', ['en-GB', 'ja-JP'], null)).toBeNull()
    expect(languageToOffer(codes, 'ja', ['fr'], null)).toBeNull()
    expect(languageToOffer(codes, 'ja', ['ja'], 'en')).toBe('en') // chosen before: offered again
    expect(languageToOffer(codes, 'ja', ['en'], 'ja')).toBeNull() // chose Japanese
    expect(languageToOffer(codes, 'ja', ['en'], 'xx')).toBeNull() // a language the app no longer has
  })

  it('opens the installed app in the language chosen last, from either home page, and never moves a browser tab', () => {
    const codes = ['ja', 'en']
    const never = (): string | null => {
      throw new Error('storage is read only in the installed app')
    }
    expect(launchTarget('/', true, codes, () => 'en')).toBe('/en')
    expect(launchTarget('/en', true, codes, () => 'ja')).toBe('/')
    expect(launchTarget('/en/', true, codes, () => 'ja')).toBe('/')
    expect(launchTarget('/', true, codes, () => 'ja')).toBeNull()
    expect(launchTarget('/', true, codes, () => null)).toBeNull()
    expect(launchTarget('/', true, codes, () => 'fr')).toBeNull()
    expect(launchTarget('/faq/x', true, codes, () => 'en')).toBeNull()
    expect(launchTarget('/', false, codes, never)).toBeNull()
  })

  it('shows a link into that language after mount, for a browser that prefers it', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['zz-ZZ', 'en'], language: 'zz-ZZ' })
    const w = await mountAt(LanguageOffer, '/')
    const link = w.get('a')
    expect(link.attributes('href')).toBe('/zz')
    expect(link.text()).toBe('Read it in Zedish')
    expect(w.get('p').attributes('lang')).toBe('zz')
    await link.trigger('click')
    expect(localStorage.getItem(LANGUAGE_CHOICE_KEY)).toBe('zz')
  })

  it('reads a damaged or implausible stored choice as none', () => {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, '<script>')
    expect(readLanguageChoice()).toBeNull()
    localStorage.setItem(LANGUAGE_CHOICE_KEY, 'en')
    expect(readLanguageChoice()).toBe('en')
  })

  it('shows nothing to a browser that prefers Japanese', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['ja-JP', 'zz'], language: 'ja-JP' })
    const w = await mountAt(LanguageOffer, '/')
    expect(w.find('a').exists()).toBe(false)
  })
})
