/**
 * A moment kept on the device under one localStorage key: a time, nothing typed. Storage can be missing or
 * throw (private mode, blocked storage, full): then the time is simply not known, or not kept.
 */
import { webStorage } from './webStorage'

export interface StoredTime {
  /** the time (epoch ms), or null when unknown or damaged */
  read(): number | null
  write(time: number): void
}

export function storedTime(key: string): StoredTime {
  return {
    read() {
      try {
        const n = Number(webStorage('local')?.getItem(key) ?? NaN)
        return Number.isFinite(n) && n > 0 ? n : null
      } catch {
        return null
      }
    },
    write(time) {
      try {
        webStorage('local')?.setItem(key, String(time))
      } catch {
        // Not kept: the caller copes with an unknown time.
      }
    },
  }
}
