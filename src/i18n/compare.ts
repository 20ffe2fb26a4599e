/**
 * Compares one language's wording with the reference (Japanese) wording of the same area: the test suite
 * runs it over every shipped language and area, so a missing string fails a test rather than a page.
 */

/** Paths (a.b.0.c) the candidate lacks or has beyond the reference, and where a function and a string trade places. */
export interface WordingDiff {
  missing: string[]
  extra: string[]
  kind: string[]
}

type Kind = 'function' | 'string' | 'array' | 'object' | 'other'

function kindOf(v: unknown): Kind {
  if (typeof v === 'function') return 'function'
  if (typeof v === 'string') return 'string'
  if (Array.isArray(v)) return 'array'
  if (v !== null && typeof v === 'object') return 'object'
  return 'other'
}

/** Deep key comparison of `candidate` against `reference`; all three lists empty means complete. */
export function compareWording(reference: unknown, candidate: unknown): WordingDiff {
  const diff: WordingDiff = { missing: [], extra: [], kind: [] }
  const walk = (ref: unknown, cand: unknown, path: string): void => {
    const rk = kindOf(ref)
    const ck = kindOf(cand)
    if (rk !== ck) {
      diff.kind.push(`${path || '(root)'}: ${rk} → ${ck}`)
      return
    }
    if (rk !== 'object' && rk !== 'array') return
    // Arrays too, index by index: a list with a sentence fewer has lost a string.
    const r = ref as Record<string, unknown>
    const c = cand as Record<string, unknown>
    const at = (key: string): string => (path ? `${path}.${key}` : key)
    for (const key of Object.keys(r)) {
      if (Object.hasOwn(c, key)) walk(r[key], c[key], at(key))
      else diff.missing.push(at(key))
    }
    for (const key of Object.keys(c)) if (!Object.hasOwn(r, key)) diff.extra.push(at(key))
  }
  walk(reference, candidate, '')
  return diff
}
