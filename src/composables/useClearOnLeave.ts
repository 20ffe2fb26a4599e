/**
 * Forget what was typed into a practice field when the user leaves: on unmount (another route) and on
 * `pagehide` (tab closed, reload, another site, or the page going into the back/forward cache, from
 * which it would otherwise come back with the password still filled in).
 */
import { onMounted, onScopeDispose } from 'vue'

/** Calls `clear` when the component's scope ends (unmount) and whenever the page is hidden for navigation. */
export function useClearOnLeave(clear: () => void): void {
  // Added on mount only: the prerenderer has no window, and it never mounts or disposes a component.
  onMounted(() => window.addEventListener('pagehide', clear))
  onScopeDispose(() => {
    window.removeEventListener('pagehide', clear)
    clear()
  })
}
