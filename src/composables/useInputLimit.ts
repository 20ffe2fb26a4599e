/**
 * A field's length limit (src/lib/limits.ts), enforced in the page and said out loud. A paste, a drop or
 * an autocorrection longer than the room left is cut here, before the browser handles it: a 1 MB paste
 * never reaches the field's text handling, the cut never splits a character (clipText), and nothing
 * already typed is lost. `maxlength` stays on the field as the backstop (typing, IME input); when it cuts
 * a conversion, the notice says so too.
 *
 * The notice is polite (role="status", emptied then filled, so a second cut is announced again) and tied
 * to the field through `describedBy`. It goes away when something is deleted or the field is cleared.
 * Nothing about the text is kept: only lengths are compared.
 */
import { computed, useId, type ComputedRef, type Ref } from 'vue'
import { clipText } from '@/lib/limits'
import { appText as t } from '@/locales/app'
import { usePoliteAnnouncer } from './usePoliteAnnouncer'

type Field = HTMLInputElement | HTMLTextAreaElement

export interface InputLimitAttrs {
  maxlength: number
  onPaste: (e: ClipboardEvent) => void
  onBeforeinput: (e: InputEvent) => void
  onCompositionstart: (e: CompositionEvent) => void
  onCompositionend: (e: CompositionEvent) => void
  onInput: (e: Event) => void
}

export interface UseInputLimitReturn {
  /** the limit, in UTF-16 code units */
  max: number
  /** the id of the notice, for the element that shows `message` */
  id: string
  /** the notice ('' when nothing was cut) */
  message: Ref<string>
  /** the notice's id while it is shown, for the field's aria-describedby */
  describedBy: ComputedRef<string | undefined>
  /** bind on the field (v-bind): maxlength and the listeners */
  attrs: InputLimitAttrs
  /** forget the notice (the field was emptied) */
  clear: () => void
  /**
   * Says the field is full when `value` already fills it: for text that went in before the page could
   * listen (typed or pasted before hydration, cut by maxlength alone).
   */
  noteFull: (value: string) => void
}

/** Room left in the field for inserted text: the limit minus what stays (the selection is replaced). */
function roomIn(el: Field, max: number): number {
  const start = el.selectionStart ?? el.value.length
  const end = el.selectionEnd ?? el.value.length
  return max - (el.value.length - (end - start))
}

export function useInputLimit(max: number): UseInputLimitReturn {
  const id = useId()
  const { message, announce, clear } = usePoliteAnnouncer()
  const describedBy = computed(() => (message.value ? id : undefined))
  // While the cut text is inserted: the input event that follows is ours, not an edit to react to.
  let inserting = false
  let roomAtCompositionStart = Number.POSITIVE_INFINITY

  /** Inserts `text` at the selection like typing it would (one undo step, an input event). */
  function insert(el: Field, text: string): void {
    if (text === '') return
    inserting = true
    try {
      // execCommand keeps the browser's undo history; where it is missing (or refuses), set the text ourselves.
      const done = typeof document.execCommand === 'function' && document.activeElement === el && document.execCommand('insertText', false, text)
      if (!done) {
        el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end')
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }))
      }
    } finally {
      inserting = false
    }
  }

  /** Cuts `text` to the room left if it is longer: the event is cancelled and the part that fits inserted instead. */
  function limit(e: Event, text: string, pasted: boolean): void {
    const el = e.currentTarget as Field
    const room = roomIn(el, max)
    if (text.length <= room) return
    e.preventDefault()
    insert(el, clipText(text, Math.max(0, room)))
    const notice = pasted ? t.limitPasted(max) : t.limitTyped(max)
    // Typing on at the limit says it once; every cut paste is announced again.
    if (pasted || message.value !== notice) announce(notice)
  }

  const attrs: InputLimitAttrs = {
    maxlength: max,
    onPaste(e) {
      const text = e.clipboardData?.getData('text/plain')
      if (text) limit(e, text, true)
    },
    onBeforeinput(e) {
      if (inserting || !e.inputType.startsWith('insert') || e.inputType === 'insertCompositionText') return
      const text = e.data ?? e.dataTransfer?.getData('text/plain') ?? ''
      if (text) limit(e, text, e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop')
    },
    onCompositionstart(e) {
      roomAtCompositionStart = roomIn(e.currentTarget as Field, max)
    },
    onCompositionend(e) {
      // The conversion was longer than the room: maxlength has cut it.
      if ((e.data ?? '').length > roomAtCompositionStart) announce(t.limitTyped(max))
      roomAtCompositionStart = Number.POSITIVE_INFINITY
    },
    onInput(e) {
      if (!inserting && (e as InputEvent).inputType?.startsWith('delete')) clear()
    },
  }

  function noteFull(value: string): void {
    if (value.length >= max) announce(t.limitTyped(max))
  }

  return { max, id, message, describedBy, attrs, clear, noteFull }
}
