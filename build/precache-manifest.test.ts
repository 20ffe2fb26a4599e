import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { precacheOrder, withIntegrity } from './precache-manifest'

describe('precache order', () => {
  it('puts what the page does not load itself first, in the order the app needs it, and what it loads last', () => {
    const entries = [
      'assets/tools-A.js',
      'assets/sw-B.js',
      'assets/rolldown-runtime-C.js',
      'assets/loadIndex-D.js',
      'assets/late-E.js',
      'assets/first-F.js',
      'assets/pages-G.json',
      'manifest.webmanifest',
    ].map((url) => ({ url, revision: null }))
    expect(precacheOrder(entries).map((e) => e.url)).toEqual([
      'assets/late-E.js',
      'assets/tools-A.js',
      'assets/loadIndex-D.js',
      'manifest.webmanifest',
      'assets/first-F.js',
      'assets/sw-B.js',
      'assets/rolldown-runtime-C.js',
      'assets/pages-G.json',
    ])
  })

  it('keeps every entry, and the given order among files it does not know', () => {
    const entries = ['b.js', 'a.js', 'assets/tools-X.js', 'c.js'].map((url) => ({ url }))
    const out = precacheOrder(entries)
    expect(out.map((e) => e.url)).toEqual(['assets/tools-X.js', 'b.js', 'a.js', 'c.js'])
    expect(new Set(out)).toEqual(new Set(entries))
  })
})

describe('precache integrity', () => {
  it('gives each entry the SHA-256 of its built file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'omu-integrity-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets/a-1.js'), 'console.log(1)\n')
    const [entry] = withIntegrity([{ url: 'assets/a-1.js', revision: null }], dir)
    expect(entry).toEqual({ url: 'assets/a-1.js', revision: null, integrity: `sha256-${createHash('sha256').update('console.log(1)\n').digest('base64')}` })
    expect(() => withIntegrity([{ url: 'assets/missing.js' }], dir)).toThrow()
  })
})
