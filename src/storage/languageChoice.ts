/**
 * The language the user chose with the language switch, remembered on this device (not a secret: ordinary
 * storage). The home page of the default language then offers that language again instead of guessing
 * from the browser's preferences. Unknown (storage blocked or damaged): null.
 */
import { webStorage } from './webStorage'

/** The localStorage key. */
export const LANGUAGE_CHOICE_KEY = 'omu-start-helper:language'

/** The remembered language code, or null when none was chosen or it is not a plausible code. */
export function readLanguageChoice(): string | null {
  try {
    const value = webStorage('local')?.getItem(LANGUAGE_CHOICE_KEY) ?? null
    return value !== null && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? value : null
  } catch {
    return null
  }
}

/** Remembers the chosen language; a browser that refuses storage just does not remember. */
export function writeLanguageChoice(code: string): void {
  try {
    webStorage('local')?.setItem(LANGUAGE_CHOICE_KEY, code)
  } catch {
    // storage full or blocked: nothing to remember with
  }
}
