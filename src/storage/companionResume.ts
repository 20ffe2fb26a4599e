/**
 * The home page's look at the companion's progress (「前回の続き」): read after mounting, from the key the
 * companion keeps it under (src/storage/companionProgress.ts). Part of the first view, so it stays this small:
 * of the companion it takes only the stored format's version and title length (src/lib/companionFormat.ts).
 */
import { MAX_LABEL, PROGRESS_VERSION } from '@/lib/companionFormat'
import { webStorage } from './webStorage'

/** The localStorage key of the companion's progress (the value carries its version, `v`). */
export const COMPANION_STORAGE_KEY = 'omu-start-helper:companion'

/**
 * Whether there is a walk to resume and, when it was last shown in `lang`, the current step's title ('' when
 * it was shown in another language); null when there is none (nothing stored, finished, or unreadable).
 */
export function resumeLabel(lang: string): string | null {
  try {
    const p = JSON.parse(webStorage('local')?.getItem(COMPANION_STORAGE_KEY) ?? 'null') as { v?: unknown; finished?: unknown; label?: { lang?: unknown; text?: unknown } } | null
    if (p?.v !== PROGRESS_VERSION || p.finished === true) return null
    const text = p.label?.lang === lang ? p.label.text : ''
    return typeof text === 'string' ? text.slice(0, MAX_LABEL) : ''
  } catch {
    return null
  }
}
