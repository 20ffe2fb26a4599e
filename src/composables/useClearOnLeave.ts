/**
 * Forget what was typed into a practice field when the user leaves: on unmount (another route) and on
 * `pagehide` (tab closed, reload, another site, or the page going into the back/forward cache, from
 * which it would otherwise come back with the password still filled in).
 */
import { onBeforeUnmount, onMounted } from 'vue'

/** Calls `clear` when the component unmounts and whenever the page is hidden for navigation. */
export function useClearOnLeave(clear: () => void): void {
  onMounted(() => window.addEventListener('pagehide', clear))
  onBeforeUnmount(() => {
    window.removeEventListener('pagehide', clear)
    clear()
  })
}
