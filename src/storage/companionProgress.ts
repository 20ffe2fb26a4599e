/**
 * Where the companion keeps its progress (src/lib/companionProgress.ts: ids and a step title, never anything
 * typed): one versioned value in localStorage. Also read by the home page for 「前回の続き」, after it has
 * mounted, so it stays small and imports nothing of the companion.
 */
import { webStorage } from './webStorage'

/** The localStorage key (the value carries its version, `v`). */
export const COMPANION_STORAGE_KEY = 'omu-start-helper:companion'

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

/**
 * For the home page: whether there is a walk to resume and, when it was last shown in `lang`, the current
 * step's title ('' otherwise); null when there is none (nothing stored, finished, or unreadable).
 */
export function resumeLabel(lang: string): string | null {
  try {
    const p = JSON.parse(webStorage('local')?.getItem(COMPANION_STORAGE_KEY) ?? 'null') as { v?: unknown; finished?: unknown; label?: { lang?: unknown; text?: unknown } } | null
    if (p?.v !== 1 || p.finished === true) return null
    const text = p.label?.lang === lang ? p.label.text : ''
    return typeof text === 'string' ? text.slice(0, 80) : ''
  } catch {
    return null
  }
}
