import { afterEach, describe, expect, it } from 'vitest'
import { computed } from 'vue'
import { defaultLanguage } from '@/locales'
import { activeLanguage, defineText, langOfPath, registerLanguage, setLanguage } from '.'

const modules = {
  './ja/demo.ts': { demoText: { hello: 'こんにちは', count: (n: number) => `${n}件`, nested: { deep: '深い' }, list: ['一'] } },
  './zz/demo.ts': { demoText: { hello: 'hello', count: (n: number) => `${n} items`, nested: {}, list: ['one'] } },
}
type Demo = (typeof modules)['./ja/demo.ts']

afterEach(() => setLanguage(defaultLanguage))

describe('defineText', () => {
  it('reads the active language at read time, also through values taken out earlier', () => {
    const { demoText } = defineText<Demo>('demo', modules)
    const { count } = demoText
    expect(demoText.hello).toBe('こんにちは')
    setLanguage('zz')
    expect(demoText.hello).toBe('hello')
    expect(count(2)).toBe('2 items')
    expect(demoText.list).toEqual(['one'])
  })

  it('is reactive: a computed over it follows the language', () => {
    const { demoText } = defineText<Demo>('demo', modules)
    const hello = computed(() => demoText.hello)
    expect(hello.value).toBe('こんにちは')
    setLanguage('zz')
    expect(hello.value).toBe('hello')
  })

  it('throws, naming the area, language and key, for a key the language lacks', () => {
    const { demoText } = defineText<Demo>('demo', modules)
    const nested = demoText.nested
    setLanguage('zz')
    expect(() => nested.deep).toThrow('Missing wording: area demo, language zz, key demoText.nested.deep')
  })

  it('throws for a language the area does not have', () => {
    const { demoText } = defineText<Demo>('demo', { './ja/demo.ts': modules['./ja/demo.ts'] })
    activeLanguage.value = 'zz'
    expect(() => demoText.hello).toThrow('Missing wording: area demo, language zz, key demoText.hello')
  })

  it('lets probes for keys no language has read through (Vue checks __v_isRef, optional Record lookups)', () => {
    const { demoText } = defineText<Demo>('demo', modules)
    expect((demoText as unknown as Record<string, unknown>).__v_isRef).toBeUndefined()
    expect(Object.keys(demoText)).toEqual(['hello', 'count', 'nested', 'list'])
  })
})

describe('registerLanguage', () => {
  it('derives the language in every area, including areas defined after the call', () => {
    registerLanguage('qq', (_area, ja) => JSON.parse(JSON.stringify(ja).replaceAll('こんにちは', 'やあ')) as unknown)
    const { demoText } = defineText<Demo>('demo', modules)
    setLanguage('qq')
    expect(demoText.hello).toBe('やあ')
    expect(langOfPath('/qq/faq/x')).toBe('qq')
  })
})

describe('langOfPath', () => {
  it('is the default language for any path not under a registered language', () => {
    expect(langOfPath('/')).toBe(defaultLanguage)
    expect(langOfPath('/faq/x')).toBe(defaultLanguage)
    expect(langOfPath('/ja/faq/x')).toBe(defaultLanguage)
    expect(langOfPath('/zz/faq/x')).toBe(defaultLanguage)
  })
})
