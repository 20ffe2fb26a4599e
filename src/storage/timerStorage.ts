/**
 * The one place the timers touch persistent storage. The store receives a TimerStorage (or null for
 * "none"), so tests pass a fake or a throwing one and the prerender in Node never sees `window`.
 */

/** The localStorage key holding every countdown (only kind, startedAt and deadline). */
export const TIMERS_STORAGE_KEY = 'omu-start-helper:timers'

/** Read/write one stored string. Any method may throw (private mode, quota, blocked storage). */
export interface TimerStorage {
  read(): string | null
  write(value: string): void
  remove(): void
  /** Calls back when another tab changed the value; returns the unsubscribe function. */
  subscribe?(onChange: (raw: string | null) => void): () => void
}

/** The part of the Web Storage API the adapter uses, so a Map-backed fake will do. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The part of `window` used to hear other tabs' writes. */
export type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>

/** Wraps a Web Storage-like object under one key; `events` (a window) enables cross-tab sync. */
export function storageAdapter(
  storage: StorageLike,
  key: string = TIMERS_STORAGE_KEY,
  events: StorageEventSource | null = null,
): TimerStorage {
  const adapter: TimerStorage = {
    read: () => storage.getItem(key),
    write: (value) => storage.setItem(key, value),
    remove: () => storage.removeItem(key),
  }
  if (events) {
    adapter.subscribe = (onChange) => {
      // key === null is another tab calling clear(); sessionStorage events carry another storageArea.
      const listener = (e: StorageEvent) => {
        if (e.storageArea && e.storageArea !== storage) return
        if (e.key === key || e.key === null) onChange(e.key === null ? null : e.newValue)
      }
      events.addEventListener('storage', listener)
      return () => events.removeEventListener('storage', listener)
    }
  }
  return adapter
}

/** The browser's localStorage under the timers key, or null where there is none (prerender, blocked). */
export function browserTimerStorage(): TimerStorage | null {
  if (typeof window === 'undefined') return null
  try {
    // Merely reading window.localStorage throws a SecurityError when the user blocks site data.
    const ls = window.localStorage
    return ls ? storageAdapter(ls, TIMERS_STORAGE_KEY, window) : null
  } catch {
    return null
  }
}
