// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { copyText, useClipboard } from '@/composables/useClipboard'

function setClipboard(value: unknown): void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true })
}

function field(text: string): HTMLTextAreaElement {
  const el = document.createElement('textarea')
  el.readOnly = true
  el.value = text
  document.body.append(el)
  return el
}

let writeText: ReturnType<typeof vi.fn>
beforeEach(() => {
  writeText = vi.fn().mockResolvedValue(undefined)
  setClipboard({ writeText })
})
afterEach(() => {
  document.body.replaceChildren()
  setClipboard(undefined)
})

describe('copyText', () => {
  it('writes through the asynchronous clipboard and leaves the field alone', async () => {
    const el = field('KEY')
    expect(await copyText('KEY', el)).toBe('copied')
    expect(writeText).toHaveBeenCalledExactlyOnceWith('KEY')
    expect(document.activeElement).not.toBe(el)
  })

  it('without the clipboard, selects the whole text in its field for a manual copy', async () => {
    setClipboard(undefined)
    const el = field('JBSWY3DP')
    expect(await copyText('JBSWY3DP', el)).toBe('selected')
    expect(document.activeElement).toBe(el)
    expect([el.selectionStart, el.selectionEnd]).toEqual([0, 8])
  })

  it('a refused write falls back the same way', async () => {
    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
    const el = field('text')
    expect(await copyText('text', el)).toBe('selected')
    expect(writeText).toHaveBeenCalledWith('text')
    expect(document.activeElement).toBe(el)
  })

  it('reports a failure when there is neither clipboard nor field, without throwing', async () => {
    writeText.mockRejectedValueOnce(new Error('denied'))
    expect(await copyText('text')).toBe('failed')
    setClipboard({})
    expect(await copyText('text', null)).toBe('failed')
  })
})

describe('useClipboard', () => {
  it('keeps the last result until the watched text changes', async () => {
    const scope = effectScope()
    const source = ref('a')
    const target = ref<HTMLTextAreaElement | null>(field('a'))
    const clip = scope.run(() => useClipboard({ target, resetOn: source }))!
    expect(clip.result.value).toBeNull()
    await clip.copy('a')
    expect(clip.result.value).toBe('copied')

    source.value = 'b'
    await nextTick()
    expect(clip.result.value).toBeNull()

    setClipboard(undefined)
    expect(await clip.copy('b')).toBe('selected')
    expect(clip.result.value).toBe('selected')
    clip.reset()
    expect(clip.result.value).toBeNull()
    scope.stop()
  })
})
