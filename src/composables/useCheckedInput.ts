/**
 * The input of a checker that must never keep what was typed (setup key, OMUID): the value lives only in
 * this component's memory and is wiped when the component unmounts or the page is hidden (leaving,
 * back/forward cache). Nothing is stored, logged or put in the URL.
 *
 * Results follow `checked`, the value last checked: set by the check button, at once after a paste, and
 * after a short pause in typing once a first check has happened. Results and their live announcement
 * therefore change together and never chatter on every key press.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export interface UseCheckedInputOptions {
  /** pause in typing before the results follow the field (after a first check); default 400 ms */
  debounceMs?: number
}

export interface UseCheckedInputReturn {
  /** what the field holds now */
  value: Ref<string>
  /** the value the results describe; null before the first check */
  checked: Ref<string | null>
  /** check what the field holds now */
  check: () => void
  /** the field's input event */
  onInput: (event: Event) => void
  /** the field's paste event: the input that follows is checked at once */
  onPaste: () => void
  /** replace the field's value (a one-tap fix) and check it */
  set: (v: string) => void
  /** empty the field and forget the results */
  clear: () => void
}

/** Field state for a private checker: checked on demand, wiped on unmount and pagehide. */
export function useCheckedInput(options: UseCheckedInputOptions = {}): UseCheckedInputReturn {
  const debounceMs = options.debounceMs ?? 400
  const value = ref('')
  const checked = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let pasted = false

  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const check = (): void => {
    cancel()
    checked.value = value.value
  }
  const onInput = (event: Event): void => {
    value.value = (event.target as HTMLInputElement | HTMLTextAreaElement).value
    if (pasted) {
      pasted = false
      check()
    } else if (checked.value !== null) {
      cancel()
      timer = setTimeout(check, debounceMs)
    }
  }
  const onPaste = (): void => {
    pasted = true
  }
  const set = (v: string): void => {
    value.value = v
    check()
  }
  const clear = (): void => {
    cancel()
    pasted = false
    value.value = ''
    checked.value = null
  }

  // pagehide also fires before the page enters the back/forward cache, so a restored page is empty too.
  onMounted(() => window.addEventListener('pagehide', clear))
  onBeforeUnmount(() => {
    window.removeEventListener('pagehide', clear)
    clear()
  })

  return { value, checked, check, onInput, onPaste, set, clear }
}
