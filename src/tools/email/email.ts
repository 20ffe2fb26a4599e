/**
 * The recovery-email checker (パスワード再発行用メールアドレス). It catches, before the real screen
 * does, what makes a recovery address fail: an OMU address, a mistyped carrier domain, full-width
 * characters typed with the IME on, stray spaces, and legacy carrier addresses many systems reject.
 * Pure functions only: no Vue, no DOM, no storage.
 */
import { charIssue, classifyChar, graphemes, isBlankKind, replacementFor } from '@/lib/chars'
import { KNOWN_OTHER_DOMAINS, PUBLIC_SUFFIXES, SUGGESTION_DOMAINS, type Carrier } from './emailDomains'
import type { CharIssue, CharKind, Finding } from '@/lib/findings'
import { EMAIL_LOCAL_MAX, EMAIL_LOCAL_MIN, OMU_MAIL_DOMAINS, PREDECESSOR_MAIL_DOMAINS } from '@/lib/rules'
import { screenMessages } from '@/content/screenMessages'

/** Every finding code checkEmail can return, in the order findings appear. */
export const EMAIL_CODES = [
  'empty',
  'leading-trailing-space',
  'char',
  'missing-at',
  'multiple-at',
  'missing-local',
  'local-char',
  'local-length',
  'legacy-dots',
  'missing-domain',
  'domain-trailing-dot',
  'missing-tld',
  'domain-label',
  'bad-tld',
  'omu-domain',
  'predecessor-domain',
  'did-you-mean',
  'carrier-filter',
] as const
export type EmailCode = (typeof EMAIL_CODES)[number]

/** Why a domain label is invalid ('domain-label' data.reason). */
export type LabelProblem = 'empty' | 'char' | 'hyphen' | 'too-long'

// The HTML "valid e-mail address" local-part characters (what type=email accepts). The real screen's
// exact set is not published; this is the widely used one.
const LOCAL_OK = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]$/
const LABEL_OK = /^[A-Za-z0-9-]$/
const MAX_LABEL = 63 // RFC 1035

interface Unit {
  ch: string
  /** 1-based position in the original input */
  pos: number
  /** a non-ASCII character with no replacement, already reported by 'char' */
  bad: boolean
}

function domainOf(units: readonly Unit[]): string {
  return units.map((u) => u.ch).join('')
}

/** Whether a domain (any case, optional trailing dot) is `base` or one of its subdomains. */
export function isDomainOrSubdomain(domain: string, base: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '')
  return d === base || d.endsWith('.' + base)
}

/** Whether a domain is an OMU mail domain (omu.ac.jp or any subdomain; any case; trailing dot allowed). */
export function isOmuDomain(domain: string): boolean {
  return OMU_MAIL_DOMAINS.some((b) => isDomainOrSubdomain(domain, b))
}

/** Whether a domain is a predecessor university's (osaka-cu.ac.jp, osakafu-u.ac.jp, or a subdomain). */
export function isPredecessorDomain(domain: string): boolean {
  return PREDECESSOR_MAIL_DOMAINS.some((b) => isDomainOrSubdomain(domain, b))
}

/** The carrier of a listed carrier-mail domain, if the domain is exactly one. */
export function carrierOf(domain: string): Carrier | undefined {
  const d = domain.toLowerCase().replace(/\.$/, '')
  return SUGGESTION_DOMAINS.find((e) => e.domain === d)?.carrier
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein where a transposed pair counts as one edit
 * and no substring is edited twice). Linear memory; callers keep inputs short.
 */
export function osaDistance(a: string, b: string): number {
  const n = a.length
  const m = b.length
  if (n === 0) return m
  if (m === 0) return n
  let prev2 = new Array<number>(m + 1).fill(0)
  let prev = Array.from({ length: m + 1 }, (_, j) => j)
  let cur = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    cur[0] = i
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] as number) + 1)
      cur[j] = v
    }
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return prev[m] as number
}

/** Split a domain into the registered name and its public suffix (docomo.ne.jp → docomo + ne.jp). */
export function splitDomain(domain: string): { name: string; suffix: string } {
  let best = ''
  for (const s of PUBLIC_SUFFIXES) if (s.length > best.length && domain.endsWith('.' + s)) best = s
  if (best) return { name: domain.slice(0, -(best.length + 1)), suffix: best }
  const dot = domain.lastIndexOf('.')
  return dot < 0 ? { name: domain, suffix: '' } : { name: domain.slice(0, dot), suffix: domain.slice(dot + 1) }
}

const MAX_EDITS = 2

// The input's registered name, as seen against one candidate: both the name before a known public
// suffix and the labels before as many trailing labels as the candidate's suffix has, since a typo in
// the suffix (docomo.ne.jo) hides it from the suffix list.
function namesAgainst(d: string, suffixLabels: number): string[] {
  const labels = d.split('.')
  const relative = labels.length > suffixLabels ? labels.slice(0, -suffixLabels) : labels.length > 1 ? labels.slice(0, -1) : labels
  return [relative.join('.'), splitDomain(d).name]
}

/**
 * The listed domain a mistyped domain most likely meant, or undefined. Never suggests for a domain
 * that is listed itself, is in KNOWN_OTHER_DOMAINS, or is an OMU or predecessor domain. A candidate
 * qualifies when
 *  - it is at most 2 edits away (OSA) and, when the registered names differ, by fewer edits than half
 *    the listed name's length (so qq.com never becomes au.com), or
 *  - the names are equal and only the suffix differs (gmail.co.jp → gmail.com), or
 *  - the input has no dot and equals the listed name or the listed domain without dots (docomo, gmailcom).
 * The closest candidate wins; if two are equally close, nothing is suggested rather than a guess.
 */
export function suggestDomain(domain: string): string | undefined {
  const d = domain.toLowerCase().replace(/\.$/, '')
  if (d === '' || d.length > 64) return undefined
  if (SUGGESTION_DOMAINS.some((e) => e.domain === d) || KNOWN_OTHER_DOMAINS.includes(d)) return undefined
  if (isOmuDomain(d) || isPredecessorDomain(d)) return undefined
  const hasDot = d.includes('.')
  let best: string | undefined
  let bestScore = Infinity
  let tie = false
  for (const { domain: cand } of SUGGESTION_DOMAINS) {
    const c = splitDomain(cand)
    const names = namesAgainst(d, c.suffix.split('.').length)
    let score: number | undefined
    if (!hasDot) {
      if (d === c.name || d === cand.replaceAll('.', '')) score = 0
    } else if (names.includes(c.name)) score = osaDistance(d, cand)
    if (score === undefined && Math.abs(d.length - cand.length) <= MAX_EDITS) {
      const dist = osaDistance(d, cand)
      const nameDist = Math.min(...names.map((n) => osaDistance(n, c.name)))
      if (dist <= MAX_EDITS && nameDist * 2 < c.name.length) score = dist
    }
    if (score === undefined) continue
    if (score < bestScore) {
      best = cand
      bestScore = score
      tie = false
    } else if (score === bestScore) tie = true
  }
  return tie ? undefined : best
}

const EDGE_KINDS: ReadonlySet<CharKind> = new Set(['space', 'ideographic-space', 'nbsp', 'tab', 'line-break', 'invisible'])

/**
 * Check a recovery email address. Findings come in EMAIL_CODES order. Positions are 1-based
 * characters of the input as typed. The structure (@, local part, domain) is checked on the address
 * as the one-tap fix would make it, so a full-width ＠ gives one 'char' finding, not also 'missing-at'.
 *
 * Errors with the screen's 「入力書式が正しくありません。」: 'leading-trailing-space' (chars, fix = trimmed),
 * 'char' (every full-width, look-alike, invisible, inner blank or other non-ASCII character, with
 * replacement where one exists — '' means delete; fix = the whole address trimmed and converted),
 * 'missing-at', 'multiple-at' (chars = the @s), 'missing-local', 'local-char' (ASCII characters an
 * address cannot have), 'missing-domain', 'domain-trailing-dot' (fix without it), 'missing-tld' (no dot),
 * 'domain-label' (data.label, data.reason: LabelProblem), 'bad-tld' (the last label is not 2+ letters).
 * Error with 「3文字以上、30文字以内で入力してください。」: 'local-length' (data.length, min, max).
 * Errors without a screen message: 'empty'; 'omu-domain' (an OMU address cannot be read once the
 * password is forgotten, so the FAQ says not to register one; the screen may still accept it).
 * Warnings: 'legacy-dots' ('..' or '.' first/last before @: valid for old docomo/au addresses, rejected by
 * many systems; data.consecutive / beforeAt / leading = 1 or 0), 'predecessor-domain', 'did-you-mean'
 * (data.domain, fix = the address with that domain). Info: 'carrier-filter' (data.carrier, data.domain).
 * Structure checks stop at the first of missing-at / multiple-at / missing-domain.
 */
/** Whether nothing but blanks and invisible characters was typed (what checkEmail calls 'empty'). */
export function isBlankAddress(input: string): boolean {
  return checkEmail(input)[0]?.code === 'empty'
}

export function checkEmail(input: string): Finding<EmailCode>[] {
  const chars = graphemes(input)
  const kinds = chars.map((g) => classifyChar(g))
  let start = 0
  while (start < chars.length && EDGE_KINDS.has(kinds[start] as CharKind)) start++
  let end = chars.length
  while (end > start && EDGE_KINDS.has(kinds[end - 1] as CharKind)) end--
  if (start === end) return [{ code: 'empty', severity: 'error' }]

  const findings: Finding<EmailCode>[] = []
  if (start > 0 || end < chars.length) {
    const edge: CharIssue[] = []
    for (let i = 0; i < chars.length; i++) {
      if (i === start) i = end
      if (i < chars.length) edge.push(charIssue(chars[i] as string, i + 1, kinds[i], ''))
    }
    findings.push({
      code: 'leading-trailing-space',
      severity: 'error',
      screenMessage: screenMessages['email-format'],
      chars: edge,
      data: { leading: start, trailing: chars.length - end },
      fix: { code: 'trim', value: chars.slice(start, end).join('') },
    })
  }

  const units: Unit[] = []
  const issues: CharIssue[] = []
  let replaced = false
  for (let i = start; i < end; i++) {
    const g = chars[i] as string
    const kind = kinds[i] as CharKind
    if (kind === 'ascii-letter' || kind === 'ascii-digit' || kind === 'ascii-symbol') {
      units.push({ ch: g, pos: i + 1, bad: false })
      continue
    }
    // Blanks never belong inside an address, so their fix is deletion (not a half-width space).
    const r = isBlankKind(kind) ? '' : replacementFor(g, kind)
    issues.push(charIssue(g, i + 1, kind, r))
    if (r === undefined) units.push({ ch: g, pos: i + 1, bad: true })
    else {
      replaced = true
      for (const c of r) units.push({ ch: c, pos: i + 1, bad: false })
    }
  }
  const cleaned = domainOf(units)
  if (issues.length > 0) {
    const f: Finding<EmailCode> = { code: 'char', severity: 'error', screenMessage: screenMessages['email-format'], chars: issues }
    if (replaced) f.fix = { code: 'halfwidth', value: cleaned }
    findings.push(f)
  }

  const ats = units.filter((u) => u.ch === '@')
  if (ats.length === 0) {
    findings.push({ code: 'missing-at', severity: 'error', screenMessage: screenMessages['email-format'] })
    return findings
  }
  if (ats.length > 1) {
    findings.push({
      code: 'multiple-at',
      severity: 'error',
      screenMessage: screenMessages['email-format'],
      chars: ats.map((u) => charIssue(u.ch, u.pos, 'ascii-symbol')),
      data: { count: ats.length },
    })
    return findings
  }
  const at = units.indexOf(ats[0] as Unit)
  const local = units.slice(0, at)
  const domainUnits = units.slice(at + 1)
  const localStr = domainOf(local)

  if (local.length === 0) {
    findings.push({ code: 'missing-local', severity: 'error', screenMessage: screenMessages['email-format'] })
  } else {
    const wrong = local.filter((u) => !u.bad && !LOCAL_OK.test(u.ch))
    if (wrong.length > 0) {
      findings.push({
        code: 'local-char',
        severity: 'error',
        screenMessage: screenMessages['email-format'],
        chars: wrong.map((u) => charIssue(u.ch, u.pos, classifyChar(u.ch))),
      })
    }
    if (local.length < EMAIL_LOCAL_MIN || local.length > EMAIL_LOCAL_MAX) {
      findings.push({
        code: 'local-length',
        severity: 'error',
        screenMessage: screenMessages['email-local-length'],
        data: { length: local.length, min: EMAIL_LOCAL_MIN, max: EMAIL_LOCAL_MAX },
      })
    }
    const leading = localStr.startsWith('.')
    const beforeAt = localStr.endsWith('.')
    const consecutive = localStr.includes('..')
    if (leading || beforeAt || consecutive) {
      const dots = local.filter(
        (u, i) => u.ch === '.' && (i === 0 || i === local.length - 1 || local[i - 1]?.ch === '.' || local[i + 1]?.ch === '.'),
      )
      findings.push({
        code: 'legacy-dots',
        severity: 'warning',
        chars: dots.map((u) => charIssue(u.ch, u.pos, 'ascii-symbol')),
        data: { consecutive: consecutive ? 1 : 0, beforeAt: beforeAt ? 1 : 0, leading: leading ? 1 : 0 },
      })
    }
  }

  if (domainUnits.length === 0) {
    findings.push({ code: 'missing-domain', severity: 'error', screenMessage: screenMessages['email-format'] })
    return findings
  }
  const rawDomain = domainOf(domainUnits)
  const trailingDot = rawDomain.length > 1 && rawDomain.endsWith('.') && !rawDomain.endsWith('..')
  const body = trailingDot ? domainUnits.slice(0, -1) : domainUnits
  const domain = domainOf(body)
  const lower = domain.toLowerCase()
  if (trailingDot) {
    const dot = domainUnits[domainUnits.length - 1] as Unit
    findings.push({
      code: 'domain-trailing-dot',
      severity: 'error',
      screenMessage: screenMessages['email-format'],
      chars: [charIssue('.', dot.pos, 'ascii-symbol', '')],
      fix: { code: 'trailing-dot', value: `${localStr}@${domain}` },
    })
  }
  if (!domain.includes('.')) {
    findings.push({ code: 'missing-tld', severity: 'error', screenMessage: screenMessages['email-format'], data: { domain } })
  } else {
    const problem = firstLabelProblem(body)
    if (problem) findings.push({ code: 'domain-label', severity: 'error', screenMessage: screenMessages['email-format'], ...problem })
    else {
      const tld = domain.slice(domain.lastIndexOf('.') + 1)
      if (!/^[A-Za-z]{2,}$/.test(tld)) {
        findings.push({ code: 'bad-tld', severity: 'error', screenMessage: screenMessages['email-format'], data: { tld } })
      }
    }
  }

  if (isOmuDomain(lower)) {
    findings.push({ code: 'omu-domain', severity: 'error', data: { domain: lower } })
  } else if (isPredecessorDomain(lower)) {
    findings.push({ code: 'predecessor-domain', severity: 'warning', data: { domain: lower } })
  } else {
    const suggestion = suggestDomain(lower)
    if (suggestion) {
      findings.push({
        code: 'did-you-mean',
        severity: 'warning',
        data: { domain: suggestion },
        fix: { code: 'did-you-mean', value: `${localStr}@${suggestion}` },
      })
    }
    const carrier = carrierOf(lower)
    if (carrier) findings.push({ code: 'carrier-filter', severity: 'info', data: { carrier, domain: lower } })
  }
  return findings
}

function firstLabelProblem(body: readonly Unit[]): Pick<Finding, 'chars' | 'data'> | undefined {
  let label: Unit[] = []
  const labels: Unit[][] = []
  for (const u of body) {
    if (u.ch === '.') {
      labels.push(label)
      label = []
    } else label.push(u)
  }
  labels.push(label)
  for (const l of labels) {
    const text = domainOf(l)
    if (l.length === 0) return { data: { label: '', reason: 'empty' satisfies LabelProblem } }
    const wrong = l.filter((u) => !u.bad && !LABEL_OK.test(u.ch))
    if (wrong.length > 0) {
      return {
        chars: wrong.map((u) => charIssue(u.ch, u.pos, classifyChar(u.ch))),
        data: { label: text, reason: 'char' satisfies LabelProblem },
      }
    }
    if (text.startsWith('-') || text.endsWith('-')) {
      const ends = [l[0], l[l.length - 1]].filter((u): u is Unit => u !== undefined && u.ch === '-')
      return {
        chars: [...new Set(ends)].map((u) => charIssue(u.ch, u.pos, 'ascii-symbol')),
        data: { label: text, reason: 'hyphen' satisfies LabelProblem },
      }
    }
    if (l.length > MAX_LABEL) return { data: { label: text, reason: 'too-long' satisfies LabelProblem } }
  }
  return undefined
}
