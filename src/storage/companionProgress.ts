/**
 * Where the companion keeps its progress (src/lib/companionProgress.ts: ids and a step title, never anything
 * typed): one versioned value in localStorage, under the key the home page reads (./companionResume.ts).
 */
import { webStorage } from './webStorage'
import { COMPANION_STORAGE_KEY } from './companionResume'
import { storageAdapter, type TimerStorage } from './timerStorage'

export { COMPANION_STORAGE_KEY }

/** Read, write and remove the stored value (the timers' keyed adapter); any of them may throw (blocked storage, quota). */
export type ProgressStorage = Omit<TimerStorage, 'subscribe'>

/** The browser's localStorage under the companion's key, or null where there is none (prerender, blocked). */
export function browserProgressStorage(): ProgressStorage | null {
  const s = webStorage('local')
  return s ? storageAdapter(s, COMPANION_STORAGE_KEY) : null
}
