/**
 * When this device last saved the app for offline use: a time, nothing typed. localStorage, so the footer
 * can say it on later visits. Storage can be missing or throw (private mode, blocked storage): then the
 * time is simply not known.
 */
import { webStorage } from './webStorage'

/** The localStorage key. */
export const OFFLINE_SAVED_KEY = 'omu-start-helper:offline-saved-at'

/** The time (epoch ms) the offline copy was saved, or null when unknown or damaged. */
export function readOfflineSavedAt(): number | null {
  try {
    const n = Number(webStorage('local')?.getItem(OFFLINE_SAVED_KEY) ?? NaN)
    return Number.isFinite(n) && n > 0 ? n : null
  } catch {
    return null
  }
}

/** Remembers when the offline copy was saved. */
export function writeOfflineSavedAt(time: number): void {
  try {
    webStorage('local')?.setItem(OFFLINE_SAVED_KEY, String(time))
  } catch {
    // Full or blocked storage: the footer then says it works offline, without the time.
  }
}
