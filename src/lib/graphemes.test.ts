/**
 * The grapheme segmenter is made on first use, once for the whole app: loading the modules that cut or
 * check text must not construct one (it costs ~80 ms at 4x CPU in the task that loads them).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

const Real = Intl.Segmenter
const setSegmenter = (value: typeof Real): void => {
  Object.defineProperty(Intl, 'Segmenter', { value, configurable: true, writable: true })
}
afterEach(() => {
  setSegmenter(Real)
  vi.resetModules()
})

describe('graphemeSegmenter', () => {
  it('is not made when the modules load, is made by the first cut, and is shared with the character checks', async () => {
    let made = 0
    setSegmenter(
      class extends Real {
        constructor(...args: ConstructorParameters<typeof Real>) {
          super(...args)
          made++
        }
      },
    )
    vi.resetModules()
    const { clipText } = await import('./limits')
    const chars = await import('./chars')
    expect(made).toBe(0)
    expect(clipText('ab👨‍👩‍👧', 4)).toBe('ab') // the family emoji is left out whole
    expect(made).toBe(1)
    expect(chars.graphemes('e\u0301x')).toEqual(['e\u0301', 'x'])
    clipText('xyz'.repeat(10), 5)
    expect(made).toBe(1)
  })
})
