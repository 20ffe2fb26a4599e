/**
 * When this device last asked the browser to protect the offline copy (navigator.storage.persist()), so a
 * browser that prompts is not asked at every visit. Unknown (storage blocked): the app asks once per visit
 * at most.
 */
import { storedTime } from './storedTime'

/** The localStorage key. */
export const PERSIST_ASKED_KEY = 'omu-start-helper:persist-asked-at'

const time = storedTime(PERSIST_ASKED_KEY)

/** The time (epoch ms) of the last request, or null when unknown or damaged. */
export const readPersistAskedAt = (): number | null => time.read()

/** Remembers when the request was made. */
export const writePersistAskedAt = (at: number): void => time.write(at)
