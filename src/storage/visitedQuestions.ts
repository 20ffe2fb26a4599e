/**
 * The ids of question pages opened in this tab, so the inquiry can list what was already read. Ids only,
 * never anything typed; sessionStorage, so the list ends with the tab. Storage can be missing or throw
 * (private mode, blocked storage): then nothing is remembered and nothing breaks.
 */
import { webStorage } from './webStorage'
import { questionIds } from '@/content/faq'
import { addVisited, parseVisited } from '@/lib/visited'

/** The sessionStorage key. */
export const VISITED_STORAGE_KEY = 'omu-start-helper:visited'

const known = new Set(questionIds)

/** Question ids read in this tab, oldest first (unknown or damaged entries dropped). */
export function readVisited(): string[] {
  try {
    return parseVisited(webStorage('session')?.getItem(VISITED_STORAGE_KEY) ?? null, known)
  } catch {
    return []
  }
}

/** Remembers that a question page was opened (browser only; call after mount). */
export function recordVisit(id: string): void {
  if (!known.has(id)) return
  try {
    webStorage('session')?.setItem(VISITED_STORAGE_KEY, JSON.stringify(addVisited(readVisited(), id)))
  } catch {
    // Storage full or blocked: the list is a convenience, the user can still tick the questions.
  }
}
