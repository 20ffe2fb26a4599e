/**
 * One polite live-region message for a form: set only on the user's request (確認, a one-tap fix), never
 * on each key press. The region is emptied first and filled a moment later, so a screen reader notices
 * even when the new sentence equals the last one (pressing 確認 twice).
 */
import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue'

/** Delay between emptying the region and filling it; long enough for screen readers to see two changes. */
export const ANNOUNCE_DELAY_MS = 150

export interface UsePoliteAnnouncerReturn {
  /** the text to render inside the role="status" element */
  message: Ref<string>
  /** replace the message (after the delay) */
  announce: (text: string) => void
  /** empty the region at once, cancelling a pending message */
  clear: () => void
}

/** A live-region message with the empty-then-fill timing; timers are cancelled when the scope ends. */
export function usePoliteAnnouncer(delayMs: number = ANNOUNCE_DELAY_MS): UsePoliteAnnouncerReturn {
  const message = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  const clear = (): void => {
    clearTimeout(timer)
    timer = undefined
    message.value = ''
  }
  const announce = (text: string): void => {
    clear()
    timer = setTimeout(() => {
      timer = undefined
      message.value = text
    }, delayMs)
  }
  if (getCurrentScope()) onScopeDispose(clear)
  return { message, announce, clear }
}
