/**
 * When this device last saved the app for offline use, so the footer can say it on later visits. Unknown
 * (storage blocked or damaged): the footer says it works offline, without the time.
 */
import { storedTime } from './storedTime'

/** The localStorage key. */
export const OFFLINE_SAVED_KEY = 'omu-start-helper:offline-saved-at'

const time = storedTime(OFFLINE_SAVED_KEY)

/** The time (epoch ms) the offline copy was saved, or null when unknown or damaged. */
export const readOfflineSavedAt = (): number | null => time.read()

/** Remembers when the offline copy was saved. */
export const writeOfflineSavedAt = (at: number): void => time.write(at)
