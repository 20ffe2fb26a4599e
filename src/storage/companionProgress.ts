/**
 * Where the companion keeps its progress (src/lib/companionProgress.ts: ids and a step title, never anything
 * typed): one versioned value in localStorage, under the key the home page reads (./companionResume.ts).
 */
import { webStorage } from './webStorage'
import { COMPANION_STORAGE_KEY } from './companionResume'

export { COMPANION_STORAGE_KEY }

/** Read, write and remove the stored value; any of them may throw (blocked storage, quota). */
export interface ProgressStorage {
  read(): string | null
  write(value: string): void
  remove(): void
}

/** The browser's localStorage under the companion's key, or null where there is none (prerender, blocked). */
export function browserProgressStorage(): ProgressStorage | null {
  const s = webStorage('local')
  if (!s) return null
  return {
    read: () => s.getItem(COMPANION_STORAGE_KEY),
    write: (v) => s.setItem(COMPANION_STORAGE_KEY, v),
    remove: () => s.removeItem(COMPANION_STORAGE_KEY),
  }
}
