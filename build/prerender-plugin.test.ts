import { describe, expect, it } from 'vitest'
import { deferEntry, fileForPath, inlineCss } from './prerender-plugin'

const built =
  '<head><script type="module" crossorigin src="/assets/index-A.js"></script>\n' +
  '<link rel="modulepreload" crossorigin href="/assets/vue-B.js">\n' +
  '<link rel="stylesheet" crossorigin href="/assets/style-C.css">\n</head>'

describe('prerender helpers', () => {
  it('maps routes to files with clean URLs', () => {
    expect(['/', '/faq/invalid-key', '/step/password', '/404'].map(fileForPath)).toEqual([
      'index.html',
      'faq/invalid-key.html',
      'step/password.html',
      '404.html',
    ])
  })

  it('inlines the stylesheet and names the file it replaced', () => {
    const { html, cssFiles } = inlineCss(built, (href) => (href === '/assets/style-C.css' ? ' body{margin:0} ' : ''))
    expect(cssFiles).toEqual(['/assets/style-C.css'])
    expect(html).toContain('<style>body{margin:0}</style>')
    expect(html).not.toContain('rel="stylesheet"')
  })

  it('starts the entry after the first paint, preloading its chunks and the extra ones then', () => {
    const html = deferEntry(built, ['/assets/sw-D.js'])
    expect(html).not.toMatch(/<script type="module" crossorigin src=/)
    expect(html).not.toContain('<link rel="modulepreload"')
    const script = /<script type="module">([^<]*)<\/script>/.exec(html)?.[1] ?? ''
    expect(script).toContain('["/assets/vue-B.js","/assets/sw-D.js"]')
    expect(script).toContain('import("/assets/index-A.js")')
    // Three signals start it, and only once: the paint entry, a frame's message, a timer.
    expect(script).toContain('PerformanceObserver')
    expect(script).toContain('requestAnimationFrame')
    expect(script).toContain('setTimeout(go,500)')
    expect(script).toContain('if(s++)return')
  })

  it('refuses a page without an entry script', () => {
    expect(() => deferEntry('<head></head>')).toThrow(/entry/)
  })
})
