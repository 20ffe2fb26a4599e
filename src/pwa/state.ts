/**
 * Service worker state shared by the entry (which registers the worker as early as possible) and the
 * PwaStatus component (which shows it). Browser only; on the prerenderer everything stays false.
 */
import { ref } from 'vue'

/** true once the worker has installed its whole precache: the app now works offline */
export const offlineReady = ref(false)
/** true while a new version is waiting for the user's go-ahead */
export const needRefresh = ref(false)

let updater: (reloadPage?: boolean) => Promise<void> = async () => {}

/** Called by the entry with the function that activates the waiting worker. */
export function setUpdater(fn: (reloadPage?: boolean) => Promise<void>): void {
  updater = fn
}

/** Activates the waiting version and reloads: only ever on the user's request. */
export function applyUpdate(): Promise<void> {
  return updater(true)
}
