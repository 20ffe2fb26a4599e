import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  ANNOUNCE_REMAINING_MS,
  CLOCK_SKEW_TOLERANCE_MS,
  type Countdown,
  type CountdownKind,
  STALE_AFTER_MS,
  START_GRACE_MS,
  announcementFor,
  durationOf,
  formatMmSs,
  formatRemaining,
  parseStored,
  remaining,
  serializeCountdowns,
  startCountdown,
  status,
} from './countdown'
import { CONFIRMATION_CODE_VALIDITY_MS, REFLECTION_WAIT_MS } from './rules'

const T0 = Date.UTC(2026, 3, 1, 0, 0, 0) // an arbitrary, realistic epoch
const CODE = CONFIRMATION_CODE_VALIDITY_MS
const REFL = REFLECTION_WAIT_MS
const code = startCountdown('code', T0)

describe('durations come from the rules module', () => {
  it.each([
    ['code', CONFIRMATION_CODE_VALIDITY_MS],
    ['reflection', REFLECTION_WAIT_MS],
  ] as const)('%s lasts the rules value', (kind, ms) => {
    expect(durationOf(kind)).toBe(ms)
    expect(startCountdown(kind, T0)).toEqual({ kind, startedAt: T0, deadline: T0 + ms })
  })
})

describe('remaining', () => {
  it.each([
    // [label, now, expected ms, clockAdjusted]
    ['at start', T0, CODE, false],
    ['one tick later', T0 + 1_000, CODE - 1_000, false],
    ['half-way', T0 + CODE / 2, CODE / 2, false],
    ['1 ms before the deadline', T0 + CODE - 1, 1, false],
    ['exactly at the deadline', T0 + CODE, 0, false],
    ['long after the deadline (never negative)', T0 + CODE + 3_600_000, 0, false],
    ['clock went back 1 s (never above the duration)', T0 - 1_000, CODE, true],
    ['clock went back a year', T0 - 365 * 86_400_000, CODE, true],
    ['clock is NaN: treat as expired and say so', Number.NaN, 0, true],
  ] as const)('%s', (_label, now, ms, clockAdjusted) => {
    expect(remaining(code, now)).toEqual({ ms, clockAdjusted })
  })

  it('clamps a countdown whose numbers are longer than the duration, and flags it', () => {
    const bogus: Countdown = { kind: 'code', startedAt: T0, deadline: T0 + 10 * CODE }
    expect(remaining(bogus, T0)).toEqual({ ms: CODE, clockAdjusted: true })
  })

  it('property: remaining is always a number within [0, duration], whatever the numbers', () => {
    const anyNumber = fc.oneof(
      fc.double(), // includes NaN, ±Infinity, -0
      fc.integer({ min: T0 - 10 * CODE, max: T0 + 10 * CODE }),
    )
    fc.assert(
      fc.property(fc.constantFrom<CountdownKind>('code', 'reflection'), anyNumber, anyNumber, anyNumber, (kind, startedAt, deadline, now) => {
        const { ms, clockAdjusted } = remaining({ kind, startedAt, deadline }, now)
        expect(Number.isNaN(ms)).toBe(false)
        expect(ms).toBeGreaterThanOrEqual(0)
        expect(ms).toBeLessThanOrEqual(durationOf(kind))
        expect(typeof clockAdjusted).toBe('boolean')
      }),
      { numRuns: 2_000 },
    )
  })

  it('property: for a well-formed countdown and a clock not before its start, nothing is flagged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 10 * CODE }), (start, elapsed) => {
        const r = remaining(startCountdown('code', start), start + elapsed)
        expect(r).toEqual({ ms: Math.max(0, CODE - elapsed), clockAdjusted: false })
      }),
    )
  })
})

describe('status', () => {
  it('start: running, full bar', () => {
    expect(status(code, T0)).toEqual({
      kind: 'code',
      state: 'running',
      remainingMs: CODE,
      totalMs: CODE,
      secondsLeft: CODE / 1000,
      minutes: Math.floor(CODE / 60_000),
      seconds: (CODE / 1000) % 60,
      fraction: 1,
      clockAdjusted: false,
    })
  })

  it('tick: 192.5 s left shows 3:13 (rounded up) and the matching fraction', () => {
    const st = status(code, T0 + CODE - 192_500)
    expect(st).toMatchObject({ state: 'running', remainingMs: 192_500, secondsLeft: 193, minutes: 3, seconds: 13 })
    expect(st.fraction).toBeCloseTo(192_500 / CODE, 12)
  })

  it('the last millisecond still counts as running and shows 0:01', () => {
    expect(status(code, T0 + CODE - 1)).toMatchObject({ state: 'running', secondsLeft: 1, minutes: 0, seconds: 1 })
  })

  it('expiry: expired, 0:00, empty bar', () => {
    expect(status(code, T0 + CODE)).toMatchObject({ state: 'expired', remainingMs: 0, secondsLeft: 0, minutes: 0, seconds: 0, fraction: 0 })
  })

  it('restart: a new countdown from a later now is full again', () => {
    const later = T0 + CODE + 42_000
    const restarted = startCountdown('code', later)
    expect(status(code, later).state).toBe('expired')
    expect(status(restarted, later)).toMatchObject({ state: 'running', remainingMs: CODE, fraction: 1 })
  })

  it('clock going backwards: shows the full duration, flagged, still running', () => {
    expect(status(code, T0 - 30_000)).toMatchObject({ state: 'running', remainingMs: CODE, fraction: 1, clockAdjusted: true })
  })

  it('reflection uses its own duration', () => {
    const r = startCountdown('reflection', T0)
    expect(status(r, T0 + 1_000)).toMatchObject({ kind: 'reflection', totalMs: REFL, remainingMs: REFL - 1_000 })
  })
})

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [59, '0:59'],
    [60, '1:00'],
    [192, '3:12'],
    [300, '5:00'],
    [600, '10:00'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
    [12.9, '0:12'],
  ])('formatMmSs(%s) = %s', (s, out) => {
    expect(formatMmSs(s)).toBe(out)
  })

  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1_000, '0:01'],
    [1_001, '0:02'],
    [192_000, '3:12'],
  ])('formatRemaining(%s ms) = %s', (ms, out) => {
    expect(formatRemaining(ms)).toBe(out)
  })
})

describe('announcementFor', () => {
  const min = ANNOUNCE_REMAINING_MS
  it.each([
    // [label, prev, current, expected]
    ['fresh start seen first', null, CODE, 'start'],
    ['fresh start seen a moment late', null, CODE - START_GRACE_MS, 'start'],
    ['reload mid-way is not news', null, CODE - START_GRACE_MS - 1, null],
    ['reload after expiry is not news', null, 0, null],
    ['ordinary tick', CODE - 1_000, CODE - 2_000, null],
    ['tick just above one minute', min + 2_000, min + 1_000, null],
    ['crossing one minute', min + 1_000, min, 'one-minute'],
    ['crossing one minute in a big jump (back from the mail app)', 4 * min, 30_000, 'one-minute'],
    ['tick below one minute', min - 1_000, min - 2_000, null],
    ['expiry', 1_000, 0, 'expired'],
    ['expiry after a long absence skips the one-minute one', 4 * min, 0, 'expired'],
    ['still expired', 0, 0, null],
    ['restart from expired', 0, CODE, 'start'],
    ['restart while running', 3 * min, CODE, 'start'],
    ['clock jumped back a little (not a restart)', 3 * min, 3 * min + 5_000, null],
  ] as const)('%s', (_label, prev, current, expected) => {
    expect(announcementFor(prev, current, CODE)).toBe(expected)
  })

  it('over a whole countdown ticked every second it speaks exactly three times', () => {
    const said: string[] = []
    let prev: number | null = null
    for (let t = T0; t <= T0 + CODE + 5_000; t += 1_000) {
      const cur = remaining(code, t).ms
      const a = announcementFor(prev, cur, CODE)
      if (a) said.push(a)
      prev = cur
    }
    expect(said).toEqual(['start', 'one-minute', 'expired'])
  })
})

describe('parseStored', () => {
  const refl = startCountdown('reflection', T0 + 10_000)
  const stored = (countdowns: unknown[]) => JSON.stringify({ v: 1, countdowns })

  it('round-trips what serializeCountdowns writes, keeping only the three fields', () => {
    const withExtra = { ...code, label: 'x' } as Countdown
    const raw = serializeCountdowns([withExtra, refl])
    expect(JSON.parse(raw)).toEqual({ v: 1, countdowns: [code, refl] })
    expect(parseStored(raw, T0 + 20_000)).toEqual({ ok: true, countdowns: [code, refl] })
  })

  it.each([
    ['nothing stored (null)', null],
    ['nothing stored (undefined)', undefined],
    ['nothing stored (empty string)', ''],
  ])('%s is a clean empty list', (_label, raw) => {
    expect(parseStored(raw, T0)).toEqual({ ok: true, countdowns: [] })
  })

  it('accepts already-parsed JSON too', () => {
    expect(parseStored({ v: 1, countdowns: [code] }, T0)).toEqual({ ok: true, countdowns: [code] })
  })

  it('orders by kind whatever the stored order', () => {
    expect(parseStored(stored([refl, code]), T0 + 20_000)).toEqual({ ok: true, countdowns: [code, refl] })
  })

  it('keeps an expired countdown so the user still sees what to do', () => {
    expect(parseStored(stored([code]), T0 + CODE + 10 * 60_000)).toEqual({ ok: true, countdowns: [code] })
  })

  it('drops a long-stale countdown without calling it damage', () => {
    expect(parseStored(stored([code]), T0 + CODE + STALE_AFTER_MS + 1)).toEqual({ ok: true, countdowns: [] })
  })

  it('keeps a countdown whose start is slightly in the future (small clock correction)', () => {
    expect(parseStored(stored([code]), T0 - 30_000)).toEqual({ ok: true, countdowns: [code] })
  })

  it.each([
    ['not JSON', '{v:1', [{ reason: 'unreadable' }]],
    ['JSON but a number', '42', [{ reason: 'wrong-shape' }]],
    ['an array, not our object', '[]', [{ reason: 'wrong-shape' }]],
    ['unknown version', JSON.stringify({ v: 2, countdowns: [] }), [{ reason: 'wrong-shape' }]],
    ['countdowns not a list', JSON.stringify({ v: 1, countdowns: {} }), [{ reason: 'wrong-shape' }]],
    ['entry not an object', stored(['code']), [{ reason: 'wrong-shape', index: 0 }]],
    ['unknown kind', stored([{ kind: 'otp', startedAt: T0, deadline: T0 + 1 }]), [{ reason: 'unknown-kind', index: 0 }]],
    ['deadline a string', stored([{ kind: 'code', startedAt: T0, deadline: String(T0 + CODE) }]), [{ reason: 'not-a-number', kind: 'code', index: 0 }]],
    ['startedAt missing', stored([{ kind: 'code', deadline: T0 + CODE }]), [{ reason: 'not-a-number', kind: 'code', index: 0 }]],
    // JSON turns NaN and Infinity into null, so test the parsed-object path for them
    ['NaN deadline', { v: 1, countdowns: [{ kind: 'code', startedAt: T0, deadline: Number.NaN }] }, [{ reason: 'not-a-number', kind: 'code', index: 0 }]],
    ['infinite deadline', { v: 1, countdowns: [{ kind: 'code', startedAt: T0, deadline: Number.POSITIVE_INFINITY }] }, [{ reason: 'not-a-number', kind: 'code', index: 0 }]],
    ['startedAt after deadline', stored([{ kind: 'code', startedAt: T0 + 1, deadline: T0 }]), [{ reason: 'start-after-deadline', kind: 'code', index: 0 }]],
    ['longer than the duration', stored([{ kind: 'code', startedAt: T0, deadline: T0 + CODE + 1 }]), [{ reason: 'longer-than-duration', kind: 'code', index: 0 }]],
    [
      'deadline absurdly far in the future',
      stored([startCountdown('code', T0 + 86_400_000)]),
      [{ reason: 'deadline-too-far', kind: 'code', index: 0 }],
    ],
  ] as const)('damaged: %s', (_label, raw, damage) => {
    expect(parseStored(raw, T0)).toEqual({ ok: false, countdowns: [], damage })
  })

  it('the too-far limit is exactly duration + tolerance', () => {
    const edge = startCountdown('code', T0 + CLOCK_SKEW_TOLERANCE_MS)
    expect(parseStored(stored([edge]), T0)).toEqual({ ok: true, countdowns: [edge] })
    const past = startCountdown('code', T0 + CLOCK_SKEW_TOLERANCE_MS + 1)
    expect(parseStored(stored([past]), T0)).toMatchObject({ ok: false, damage: [{ reason: 'deadline-too-far' }] })
  })

  it('salvages the good entries next to a bad one', () => {
    const raw = stored([{ kind: 'code', startedAt: 'x', deadline: 1 }, refl])
    expect(parseStored(raw, T0 + 20_000)).toEqual({
      ok: false,
      countdowns: [refl],
      damage: [{ reason: 'not-a-number', kind: 'code', index: 0 }],
    })
  })

  it('two of one kind: keeps the later-started one and reports it', () => {
    const later = startCountdown('code', T0 + 60_000)
    const expected = { ok: false, countdowns: [later], damage: [{ reason: 'duplicate', kind: 'code', index: 1 }] }
    expect(parseStored(stored([code, later]), T0 + 70_000)).toEqual(expected)
    expect(parseStored(stored([later, code]), T0 + 70_000)).toEqual(expected)
  })

  it('property: whatever is stored, parsing never throws and every kept countdown is sane at now', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.anything()), fc.integer({ min: 0, max: 2 ** 45 }), (raw, now) => {
        const r = parseStored(raw, now)
        for (const cd of r.countdowns) {
          const total = durationOf(cd.kind)
          expect(cd.deadline - cd.startedAt).toBeGreaterThanOrEqual(0)
          expect(cd.deadline - cd.startedAt).toBeLessThanOrEqual(total)
          expect(cd.deadline - now).toBeLessThanOrEqual(total + CLOCK_SKEW_TOLERANCE_MS)
        }
        expect(new Set(r.countdowns.map((c) => c.kind)).size).toBe(r.countdowns.length)
      }),
    )
  })
})
