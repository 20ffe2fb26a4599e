/**
 * The test language: a pseudo language derived from Japanese (every string wrapped in ⟦…⟧) is registered
 * here only, and every prerendered page is rendered under /xx/ with the real app. A string that bypasses the
 * accessors, a key a language could miss, or a title or html lang not taken from the language shows here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { langOfPath, registerLanguage, setLanguage } from '@/i18n'
import { defaultLanguage } from '@/locales'
import { appText } from '@/locales/app'
import { fillTemplate } from '@/lib/pageTemplate'
import { prerenderPaths, render } from '@/entry-server'

const wrap = (s: string): string => `⟦${s}⟧`

// Ids kept in the wording files (FAQ ids, shape ids) are data, not wording: left as they are.
function pseudo(value: unknown): unknown {
  if (typeof value === 'string') return /^[a-z][a-z0-9-]*$/.test(value) ? value : wrap(value)
  if (typeof value === 'function') return (...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args))
  if (Array.isArray(value)) return value.map(pseudo)
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)]))
  return value
}

registerLanguage('xx', (_area, ja) => pseudo(ja), { htmlLang: 'x-pseudo' })

// The Japanese strings, read before any page switches the language.
setLanguage(defaultLanguage)
const ja = { skip: appText.skipToContent, siteName: appText.siteName, footer: appText.footerNote }
const template = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8')

describe('the pseudo language xx', () => {
  const paths = prerenderPaths().filter((p) => langOfPath(p) === 'xx')

  it('covers every prerendered page', () => {
    expect(paths.length).toBeGreaterThan(20)
  })

  for (const path of paths) {
    it(`renders ${path} in xx`, async () => {
      const page = await render(path)
      expect(page.status).toBe(path === '/xx/404' ? 404 : 200)
      for (const bad of ['undefined', '[object Object]', 'NaN']) expect(page.html).not.toContain(bad)
      expect(page.lang).toBe('x-pseudo')
      expect(page.title).toContain(wrap(ja.siteName))
      expect(page.html).toContain(wrap(ja.skip))
      expect(page.html).toContain(wrap(ja.siteName))
      expect(page.html).toContain(wrap(ja.footer))
      expect(fillTemplate(template, { ...page, path })).toMatch(/^<!doctype html>\s*<html lang="x-pseudo">/i)
    })
  }

  it('leaves the Japanese pages Japanese', async () => {
    const page = await render('/')
    expect(page.lang).toBe('ja')
    expect(page.html).toContain(ja.skip)
    expect(page.html).not.toContain('⟦')
    expect(page.title).not.toContain('⟦')
  })
})
