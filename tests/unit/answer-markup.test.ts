// @vitest-environment happy-dom
/**
 * The answer's markup and the selector that finds it agree: the prerenderer renders a question page
 * (src/entry-server.ts, compiled bodies) and the browser's readers (src/entry-client.ts seeding the body,
 * the pages.json body source) find its answer with ANSWER_SELECTOR.
 */
import { describe, expect, it } from 'vitest'
import { render } from '@/entry-server'
import { ANSWER_SELECTOR } from '@/content/bodies'
import { extractBodies } from '@/content/pagesBodies'
import bodies from 'virtual:faq-bodies'

describe('the answer selector', () => {
  it('finds the prerendered answer, and pages.json yields the compiled body', async () => {
    const { html } = await render('/faq/invalid-key')
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const answer = doc.querySelector<HTMLElement>(ANSWER_SELECTOR)
    expect(answer?.dataset.question).toBe('invalid-key')
    const out = extractBodies({ '/faq/invalid-key': { html, title: '', description: '' } }, ['invalid-key'], new DOMParser())
    expect(out['invalid-key']).toBe(answer?.innerHTML)
    expect(out['invalid-key']).toContain('<strong>先頭にスペース（空白）</strong>')
    expect(bodies['invalid-key']).toContain('<strong>先頭にスペース（空白）</strong>')
  })
})
