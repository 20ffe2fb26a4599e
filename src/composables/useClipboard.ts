/**
 * Copying a text the page shows (the cleaned setup key, the inquiry). The asynchronous clipboard is
 * missing on old browsers and insecure origins and may be refused; then the text is selected in its
 * read-only field, so one more gesture (the phone's own コピー) copies it, and the result says so.
 * Nothing is kept: the text goes to the clipboard or stays in the field.
 */
import { ref, watch, type Ref, type WatchSource } from 'vue'

/**
 * copied: on the clipboard; selected: not copied, but selected in the field for a manual copy;
 * failed: neither (no field to select in).
 */
export type CopyResult = 'copied' | 'selected' | 'failed'

type TextField = HTMLInputElement | HTMLTextAreaElement

/** Copies `text`; on failure selects it in `fallback` (the field that shows it). Never throws. */
export async function copyText(text: string, fallback?: TextField | null): Promise<CopyResult> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no async clipboard')
    await navigator.clipboard.writeText(text)
    return 'copied'
  } catch {
    if (!fallback) return 'failed'
    fallback.focus()
    fallback.select()
    return 'selected'
  }
}

export interface UseClipboardOptions {
  /** the read-only field showing the text, selected when the clipboard cannot be written */
  target?: Ref<TextField | null>
  /** when this changes, the last result no longer describes the text: it is forgotten */
  resetOn?: WatchSource
}

export interface UseClipboardReturn {
  /** the last copy's result; null before one or after a reset */
  result: Ref<CopyResult | null>
  /** copy `text` and set `result` */
  copy: (text: string) => Promise<CopyResult>
  /** forget the last result (empties the message that shows it) */
  reset: () => void
}

/** A copy button's state: the result to show in its status region, forgotten when the text changes. */
export function useClipboard(options: UseClipboardOptions = {}): UseClipboardReturn {
  const { target, resetOn } = options
  const result = ref<CopyResult | null>(null)
  const reset = (): void => {
    result.value = null
  }
  const copy = async (text: string): Promise<CopyResult> => {
    result.value = await copyText(text, target?.value)
    return result.value
  }
  // Stopped with the component's scope, like any watcher made in setup.
  if (resetOn !== undefined) watch(resetOn, reset)
  return { result, copy, reset }
}
