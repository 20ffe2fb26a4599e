/**
 * Questions read in this tab (ids only) and the ?from= query of the inquiry page. Kept apart from
 * ./inquiry because every question page records a visit: this part is in the first view, the rest is not.
 */

/** The contact question: reading it is not "something already tried". */
export const CONTACT_QUESTION = 'contact-help-desk'

/** How many visited ids are kept; there are only ~25 questions. */
export const VISITED_MAX = 30

/** Reads the stored list of visited ids, keeping only known ids; anything damaged reads as []. */
export function parseVisited(raw: string | null, known: ReadonlySet<string>): string[] {
  if (!raw) return []
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  const ids = value.filter((v): v is string => typeof v === 'string' && known.has(v) && v !== CONTACT_QUESTION)
  return [...new Set(ids)].slice(-VISITED_MAX)
}

/** The list with `id` added as the most recent (moved there if already present), at most VISITED_MAX long. */
export function addVisited(list: readonly string[], id: string): string[] {
  return [...list.filter((v) => v !== id), id].slice(-VISITED_MAX)
}

/** The question id from a `?from=` query value, if it names a known question (and not the contact page). */
export function questionFromQuery(value: unknown, known: ReadonlySet<string>): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && known.has(v) && v !== CONTACT_QUESTION ? v : undefined
}
