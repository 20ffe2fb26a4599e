/**
 * The browser's localStorage or sessionStorage, or null where there is none: the prerenderer, or a browser
 * that blocks site data (merely reading the property throws there). Callers store ids and times, never
 * anything typed.
 */
export function webStorage(kind: 'local' | 'session'): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    if (kind === 'local') return typeof localStorage === 'undefined' ? null : localStorage
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}
