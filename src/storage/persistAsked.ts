/**
 * When this device last asked the browser to protect the offline copy (navigator.storage.persist()): a time,
 * nothing typed. Kept so a browser that prompts is not asked at every visit. Storage can be missing or throw:
 * then the time is unknown and the app asks once per visit at most.
 */
import { webStorage } from './webStorage'

/** The localStorage key. */
export const PERSIST_ASKED_KEY = 'omu-start-helper:persist-asked-at'

/** The time (epoch ms) of the last request, or null when unknown or damaged. */
export function readPersistAskedAt(): number | null {
  try {
    const n = Number(webStorage('local')?.getItem(PERSIST_ASKED_KEY) ?? NaN)
    return Number.isFinite(n) && n > 0 ? n : null
  } catch {
    return null
  }
}

/** Remembers that the request was made now. */
export function writePersistAskedAt(time: number): void {
  try {
    webStorage('local')?.setItem(PERSIST_ASKED_KEY, String(time))
  } catch {
    // Full or blocked storage: the next visit may ask once more.
  }
}
