/**
 * Countdown maths for the two waits in the procedure: the confirmation code's validity and the
 * reflection wait after 「未変更・反映待ち」. A countdown is an absolute deadline plus an injected clock;
 * remaining time is always derived from "now", never counted down, so a throttled background tab, a
 * reload or a killed page cannot make it drift. Pure functions only: no Vue, no DOM, no storage.
 */
import { CONFIRMATION_CODE_VALIDITY_MS, REFLECTION_WAIT_MS } from './rules'

/** Which wait a countdown measures. */
export type CountdownKind = 'code' | 'reflection'

/** Every kind, in the order the UI lists them. */
export const COUNTDOWN_KINDS: readonly CountdownKind[] = ['code', 'reflection']

/** A source of the current time in epoch ms (Date.now in the app, a fake in tests). */
export type Clock = () => number

/** One running or finished-but-not-dismissed countdown; times are epoch ms. */
export interface Countdown {
  readonly kind: CountdownKind
  readonly startedAt: number
  readonly deadline: number
}

/**
 * A restart counts as a fresh start (announced as such) while this close to the full duration.
 * Two seconds covers the gap between the tap and the first render on a slow phone.
 */
export const START_GRACE_MS = 2_000

/** The one intermediate announcement: time to hurry, but still time to act. */
export const ANNOUNCE_REMAINING_MS = 60_000

/**
 * How far a stored deadline may lie beyond "now + duration" before it is called absurd rather than a
 * small clock correction (NTP steps, a user fixing the time zone by hand are usually seconds).
 */
export const CLOCK_SKEW_TOLERANCE_MS = 60_000

/**
 * Countdowns that ended longer ago than this are dropped quietly when loaded: the next day, a
 * "code expired" notice would only be noise.
 */
export const STALE_AFTER_MS = 60 * 60 * 1000

/** Version tag of the stored JSON, so a later format can be told apart instead of misread. */
export const STORAGE_FORMAT_VERSION = 1

/** Full length of a kind's wait, from the rules module. */
export function durationOf(kind: CountdownKind): number {
  return kind === 'code' ? CONFIRMATION_CODE_VALIDITY_MS : REFLECTION_WAIT_MS
}

/** Whether an unknown value names a countdown kind. */
export function isCountdownKind(value: unknown): value is CountdownKind {
  return value === 'code' || value === 'reflection'
}

/** A new countdown of the kind's full duration, starting now. Restarting is starting again. */
export function startCountdown(kind: CountdownKind, now: number): Countdown {
  return { kind, startedAt: now, deadline: now + durationOf(kind) }
}

/** Remaining time, clamped, and whether the clock had to be distrusted to clamp it. */
export interface Remaining {
  /** ms left, always within [0, duration of the kind] */
  ms: number
  /** true when the clock is before the start (it went backwards) or the numbers made no sense */
  clockAdjusted: boolean
}

/** Time left on a countdown at `now`, never negative and never more than the kind's duration. */
export function remaining(cd: Countdown, now: number): Remaining {
  const total = durationOf(cd.kind)
  const raw = cd.deadline - now
  // An unusable clock could mean anything; showing "expired" is the safe side, because asking for a
  // new code is always allowed while trusting a dead code is not.
  if (Number.isNaN(raw)) return { ms: 0, clockAdjusted: true }
  const clockAdjusted = now < cd.startedAt || raw > total
  return { ms: Math.min(total, Math.max(0, raw)), clockAdjusted }
}

/** Everything the UI needs to draw a countdown at one instant. */
export interface CountdownStatus {
  kind: CountdownKind
  state: 'running' | 'expired'
  /** ms left, within [0, totalMs] */
  remainingMs: number
  totalMs: number
  /** whole seconds left, rounded up so 0:00 appears only once the time is really over */
  secondsLeft: number
  minutes: number
  seconds: number
  /** share of the time still left, 1 at the start and 0 at expiry (for a progress bar) */
  fraction: number
  clockAdjusted: boolean
}

/** The state of a countdown at `now`: running or expired, with m/s and the progress fraction. */
export function status(cd: Countdown, now: number): CountdownStatus {
  const totalMs = durationOf(cd.kind)
  const { ms, clockAdjusted } = remaining(cd, now)
  const secondsLeft = Math.ceil(ms / 1000)
  return {
    kind: cd.kind,
    state: ms > 0 ? 'running' : 'expired',
    remainingMs: ms,
    totalMs,
    secondsLeft,
    minutes: Math.floor(secondsLeft / 60),
    seconds: secondsLeft % 60,
    fraction: ms / totalMs,
    clockAdjusted,
  }
}

/** Whole seconds as m:ss (e.g. 192 → "3:12"); negative or non-finite input shows as 0:00. */
export function formatMmSs(totalSeconds: number): string {
  const s = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.floor(totalSeconds) : 0
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** Remaining ms as m:ss, rounding up to the next whole second like the status does. */
export function formatRemaining(ms: number): string {
  return formatMmSs(Math.ceil(ms / 1000))
}

/** The three moments worth interrupting a screen-reader user for. */
export type Announcement = 'start' | 'one-minute' | 'expired'

/**
 * Which polite announcement, if any, the change from `prev` to `current` remaining ms deserves.
 * `prev` is null when nothing was observed yet (first render, after a reload): a reload mid-way is not
 * news, so only a countdown that is at (almost) its full length is announced as started.
 */
export function announcementFor(prev: number | null, current: number, totalMs: number): Announcement | null {
  if (!(current > 0)) return prev !== null && prev > 0 ? 'expired' : null
  // A jump up is a restart; a countdown observed first at full length was just started.
  if ((prev === null || current > prev) && current >= totalMs - START_GRACE_MS) return 'start'
  if (prev !== null && prev > ANNOUNCE_REMAINING_MS && current <= ANNOUNCE_REMAINING_MS) return 'one-minute'
  return null
}

/** Why a stored value (or one entry of it) could not be trusted. */
export type DamageReason =
  | 'unreadable' // not JSON at all
  | 'wrong-shape' // JSON, but not our format (or an entry is not an object)
  | 'unknown-kind'
  | 'not-a-number' // startedAt or deadline missing, not a number, NaN or infinite
  | 'start-after-deadline'
  | 'longer-than-duration' // deadline - startedAt is more than the kind's duration
  | 'deadline-too-far' // the deadline lies absurdly far beyond now + duration
  | 'duplicate' // two countdowns of one kind; the later-started one is kept

/** One problem found while reading stored countdowns. */
export interface Damage {
  reason: DamageReason
  /** the kind the damaged entry claimed, when it named a valid one */
  kind?: CountdownKind
  /** position of the entry in the stored list, when the problem is with one entry */
  index?: number
}

/** Result of reading stored countdowns: clean, or damaged with whatever could be saved. */
export type ParsedCountdowns =
  | { ok: true; countdowns: Countdown[] }
  | { ok: false; countdowns: Countdown[]; damage: Damage[] }

/** The stored JSON for a list of countdowns (only kind, startedAt and deadline are kept). */
export function serializeCountdowns(countdowns: readonly Countdown[]): string {
  return JSON.stringify({
    v: STORAGE_FORMAT_VERSION,
    countdowns: countdowns.map(({ kind, startedAt, deadline }) => ({ kind, startedAt, deadline })),
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * Validates a stored value (the raw string from storage, or already-parsed JSON) at `now`.
 * Nothing stored (null/undefined/empty string) is a clean empty list. Stale countdowns are dropped
 * without complaint; every other untrustworthy entry is dropped and reported.
 */
export function parseStored(raw: unknown, now: number): ParsedCountdowns {
  if (raw === null || raw === undefined || raw === '') return { ok: true, countdowns: [] }
  let data: unknown = raw
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw)
    } catch {
      return { ok: false, countdowns: [], damage: [{ reason: 'unreadable' }] }
    }
  }
  if (!isRecord(data) || data.v !== STORAGE_FORMAT_VERSION || !Array.isArray(data.countdowns)) {
    return { ok: false, countdowns: [], damage: [{ reason: 'wrong-shape' }] }
  }

  const damage: Damage[] = []
  const byKind = new Map<CountdownKind, Countdown>()
  data.countdowns.forEach((entry: unknown, index: number) => {
    if (!isRecord(entry)) return void damage.push({ reason: 'wrong-shape', index })
    const { kind, startedAt, deadline } = entry
    if (!isCountdownKind(kind)) return void damage.push({ reason: 'unknown-kind', index })
    const bad = (reason: DamageReason) => void damage.push({ reason, kind, index })
    if (!isFiniteNumber(startedAt) || !isFiniteNumber(deadline)) return bad('not-a-number')
    if (startedAt > deadline) return bad('start-after-deadline')
    const total = durationOf(kind)
    if (deadline - startedAt > total) return bad('longer-than-duration')
    if (deadline - now > total + CLOCK_SKEW_TOLERANCE_MS) return bad('deadline-too-far')
    if (now - deadline > STALE_AFTER_MS) return
    const earlier = byKind.get(kind)
    if (earlier) {
      bad('duplicate')
      if (earlier.startedAt >= startedAt) return
    }
    byKind.set(kind, { kind, startedAt, deadline })
  })

  const countdowns = COUNTDOWN_KINDS.flatMap((k) => {
    const cd = byKind.get(k)
    return cd ? [cd] : []
  })
  return damage.length === 0 ? { ok: true, countdowns } : { ok: false, countdowns, damage }
}
