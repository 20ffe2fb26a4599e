/**
 * Which other language the default language's home page offers: the one chosen on this device before, or
 * else the first of the browser's preferred languages the app has, unless the browser prefers the default
 * language at all (then none: the page is already right).
 */
export function languageToOffer(codes: readonly string[], defaultCode: string, preferred: readonly string[], chosen: string | null): string | null {
  const others = codes.filter((c) => c !== defaultCode)
  if (chosen !== null) return others.includes(chosen) ? chosen : null
  const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? ''
  if (preferred.some((tag) => base(tag) === base(defaultCode))) return null
  for (const tag of preferred) {
    const match = others.find((c) => base(c) === base(tag))
    if (match) return match
  }
  return null
}
