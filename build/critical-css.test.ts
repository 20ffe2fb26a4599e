import { describe, expect, it } from 'vitest'
import { criticalCss } from './critical-css'

const css = [
  ':root{--fg:#111}',
  '@media (prefers-color-scheme:dark){:root{--fg:#eee}}',
  'body{margin:0}',
  '.card{padding:1rem}',
  '.card:hover{outline:1px solid}',
  '.finding{color:red}',
  '@media (min-width:40rem){.card{padding:2rem}.finding{padding:0}}',
  '.popup[data-v-1]{display:block}',
  '@keyframes spin{to{transform:rotate(1turn)}}',
  '.busy{animation:spin 1s}',
  '@keyframes fade{to{opacity:0}}',
  '.notice{animation:fade 1s}',
].join('')

describe('critical css', () => {
  it('keeps the rules that match an element of some page, in their order, with their media and states', async () => {
    const out = await criticalCss(css, ['<div class="card">a</div>', '<p class="popup" data-v-1>b</p><i class="busy"></i>'])
    for (const kept of [':root{--fg:#111}', 'body{margin:0}', '.card{padding:1rem}', '.card:hover', '.popup[data-v-1]', '.busy{animation:spin 1s}', '@keyframes spin']) {
      expect(out, kept).toContain(kept)
    }
    // The dark colours and the wide layout of a kept rule stay inside their media blocks.
    expect(out).toMatch(/@media \(prefers-color-scheme:\s?dark\)\{:root\{--fg:#eee\}\}/)
    expect(out).toMatch(/@media \(min-width:\s?40rem\)\{\.card\{padding:2rem\}\}/)
    expect(out.indexOf('.card{padding:1rem}')).toBeLessThan(out.indexOf('.busy'))
  })

  it('drops what no page renders: its rules, its media parts and its keyframes', async () => {
    const out = await criticalCss(css, ['<div class="card">a</div>'])
    expect(out).not.toContain('.finding')
    expect(out).not.toContain('.popup')
    expect(out).not.toContain('.notice')
    expect(out).not.toContain('@keyframes fade')
    expect(out).not.toContain('@keyframes spin')
  })

  it('keeps a rule once however many pages match it', async () => {
    const out = await criticalCss(css, ['<div class="card"></div>', '<div class="card"></div>'])
    expect(out.split('.card{padding:1rem}').length).toBe(2)
  })
})
