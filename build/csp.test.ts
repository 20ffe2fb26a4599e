import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addCspMeta, applyCsp, buildPolicy, headersFile, inlineBlocks, nginxHeaders, pagePatterns, sha256, styleAttributes } from './csp.ts'
import { siteHeaders } from '../scripts/serve.mjs'

const b64 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64')

const template = `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <style>body{margin:0}</style>
    <script type="module">import("/assets/a.js")</script>
    <script type="module" src="/assets/b.js"></script>
  </head>
  <body><div id="app"><!--app-html--></div></body>
</html>`

describe('build/csp', () => {
  it('hashes the exact text of inline scripts and styles, not scripts with src', () => {
    expect(inlineBlocks(template)).toEqual({ scripts: ['import("/assets/a.js")'], styles: ['body{margin:0}'] })
    expect(sha256('body{margin:0}')).toBe(`'sha256-${b64('body{margin:0}')}'`)
  })

  it('finds style attribute values as the browser reads them, and only in tags', () => {
    const html = `<p style="display:none;">a</p><i STYLE='color:red'></i><b style="font-family:&quot;x&quot;">style="not:this"</b><!-- --><p style="display:none;"></p>`
    expect(styleAttributes(html)).toEqual(['color:red', 'display:none;', 'font-family:"x"'])
  })

  it('builds a policy with no unsafe-inline, the hashes, and frame-ancestors only in the header', () => {
    const sources = { scripts: ['s'], styles: ['c'], styleAttrs: ['display:none;'] }
    const meta = buildPolicy(sources)
    const header = buildPolicy(sources, { header: true })
    expect(meta).not.toContain('unsafe-inline')
    expect(meta).toContain(`script-src 'self' 'sha256-${b64('s')}'`)
    // Inline styles by hash only; stylesheet files from this origin (the whole stylesheet, loaded after the first paint).
    expect(meta).toContain(`style-src-elem 'self' 'sha256-${b64('c')}';`)
    expect(meta).toContain(`style-src-attr 'unsafe-hashes' 'sha256-${b64('display:none;')}'`)
    expect(meta).toMatch(/^default-src 'self'; /)
    for (const d of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "worker-src 'self'", "connect-src 'self'", "img-src 'self' data:", "manifest-src 'self'"]) expect(meta).toContain(d)
    expect(meta).not.toContain('frame-ancestors')
    expect(header).toBe(`${meta}; frame-ancestors 'none'`)
    expect(buildPolicy({ scripts: ['s'], styles: ['c'], styleAttrs: [] })).toContain("style-src-attr 'none'")
  })

  it('puts the policy before any inline element, once', () => {
    const out = addCspMeta(template, "default-src 'self'")
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<style>'))
    expect(() => addCspMeta(out, 'x')).toThrow(/already/)
    expect(() => addCspMeta('<html><head></head></html>', 'x')).toThrow(/charset/)
  })

  it('writes _headers and the nginx snippet with the same header policy', () => {
    // Two languages whose templates preload different files: one policy allows both scripts.
    const english = template.replace('</script>', ';import("/assets/locale-en.js")</script>')
    const { templates, files, policy } = applyCsp(
      { ja: template, en: english },
      { '/': { html: '<p style="display:none;"></p>' }, '/faq/x': { html: '' }, '/404': { html: '' }, '/en': { html: '' } },
      ['/manifest-en.webmanifest'],
    )
    for (const withMeta of Object.values(templates)) expect(withMeta).toContain(`content="${policy}"`)
    for (const t of [template, english]) expect(policy).toContain(sha256(inlineBlocks(t).scripts[0]!))
    expect(templates.en).toContain('locale-en.js')
    expect(files._headers).toMatch(/\n\/manifest-en\.webmanifest\n {2}Cache-Control: no-cache\n/)
    const header = `${policy}; frame-ancestors 'none'`
    expect(siteHeaders(files._headers!)['Content-Security-Policy']).toBe(header)
    expect(siteHeaders(files._headers!)['X-Frame-Options']).toBe('DENY')
    expect(files['_nginx-headers.conf']).toContain(`add_header Content-Security-Policy "${header}" always;`)
    expect(files._headers).toMatch(/\n\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/)
    expect(files._headers).toMatch(/\n\/faq\/\*\n {2}Cache-Control: no-cache\n/)
    expect(nginxHeaders(header).split('\n').filter((l) => l.startsWith('add_header'))).toHaveLength(6)
  })

  it('names the page paths by pattern, without the not-found page', () => {
    expect(pagePatterns(['/', '/faq/a', '/faq/b', '/search', '/en', '/en/faq/a', '/404'])).toEqual(['/', '/en', '/en/*', '/faq/*', '/search'])
    // Cache-Control is set once per path: the rules of a _headers file never overlap for it.
    const text = headersFile('x', ['/', '/faq/*'])
    expect(text.match(/Cache-Control/g)).toHaveLength(5)
  })
})
