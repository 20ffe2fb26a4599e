/**
 * The running countdowns, shared by the timers page, the question pages and the banner.
 * Only kind/startedAt/deadline are persisted; remaining time is always derived from the clock.
 * Without usable storage it keeps working in memory and says so through `persistence`.
 */
import { defineStore } from 'pinia'
import { computed, hasInjectionContext, inject, onScopeDispose, ref, type InjectionKey } from 'vue'
import {
  COUNTDOWN_KINDS,
  type Clock,
  type Countdown,
  type CountdownKind,
  type Damage,
  parseStored,
  serializeCountdowns,
  startCountdown,
} from '@/lib/countdown'
import { browserTimerStorage, type TimerStorage } from '@/storage/timerStorage'
import { withPinia } from './install'

/** 'local': survives a reload; 'memory': lost on reload or when the page is closed. */
export type TimerPersistence = 'local' | 'memory'

/** What the store may be given instead of the browser defaults (tests, prerender). */
export interface TimersStoreOptions {
  /** null forces memory-only; undefined means the browser's localStorage when there is one */
  storage?: TimerStorage | null
  clock?: Clock
}

/** Provide this on the app (app.provide or mount's global.provide) to inject storage/clock. */
export const TIMERS_STORE_OPTIONS: InjectionKey<TimersStoreOptions> = Symbol('timers-store-options')

/**
 * One notice per reason and kind (the first entry's): a stored list of thousands of broken entries would
 * otherwise become thousands of identical lines.
 */
export function distinctDamage(found: readonly Damage[]): Damage[] {
  const seen = new Set<string>()
  return found.filter((d) => {
    const key = `${d.reason} ${d.kind ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The timers store: start/restart/finish countdowns, hide them from the banner, and persistence state. */
const useStore = defineStore('timers', () => {
  // hasInjectionContext: a bare setActivePinia(createPinia()) has no app to inject from.
  const options: TimersStoreOptions = (hasInjectionContext() ? inject(TIMERS_STORE_OPTIONS, null) : null) ?? {}
  const clock: Clock = options.clock ?? (() => Date.now())
  const storage: TimerStorage | null = options.storage !== undefined ? options.storage : browserTimerStorage()

  const list = ref<Countdown[]>([])
  const persistence = ref<TimerPersistence>(storage ? 'local' : 'memory')
  const damage = ref<Damage[]>([])
  // Hiding from the banner is a view preference, deliberately not persisted.
  const hiddenInBanner = ref<CountdownKind[]>([])

  function save(): void {
    if (!storage) return
    try {
      // An empty list removes the key so nothing lingers once every countdown is done.
      if (list.value.length > 0) storage.write(serializeCountdowns(list.value))
      else storage.remove()
      persistence.value = 'local'
    } catch {
      persistence.value = 'memory'
    }
  }

  function load(raw: unknown): void {
    const parsed = parseStored(raw, clock())
    list.value = parsed.countdowns
    if (!parsed.ok) damage.value = distinctDamage(parsed.damage)
  }

  if (storage) {
    try {
      const raw = storage.read()
      load(raw)
      // Write back the cleaned list so a damaged or stale value is not met again on the next load.
      if (damage.value.length > 0 || (raw !== null && list.value.length === 0)) save()
    } catch {
      persistence.value = 'memory'
    }
    const unsubscribe = storage.subscribe?.((raw) => load(raw))
    if (unsubscribe) onScopeDispose(unsubscribe)
  }

  function put(cd: Countdown | null, kind: CountdownKind): void {
    const others = list.value.filter((c) => c.kind !== kind)
    const next = cd ? [...others, cd] : others
    list.value = COUNTDOWN_KINDS.flatMap((k) => next.filter((c) => c.kind === k))
    hiddenInBanner.value = hiddenInBanner.value.filter((k) => k !== kind)
    // Starting or ending a countdown answers a damage notice about it (or about the whole value).
    damage.value = damage.value.filter((d) => d.kind !== undefined && d.kind !== kind)
    save()
  }

  /** Starts (or starts over) the countdown of this kind from now, or from the moment given (ms since epoch). */
  function start(kind: CountdownKind, at: number = clock()): void {
    put(startCountdown(kind, at), kind)
  }

  /** "I requested a new code" / "wait again": the same as start, named for the intent. */
  function restart(kind: CountdownKind): void {
    start(kind)
  }

  /** Ends the countdown ("I entered the code", 「変更済み」 appeared, or the user closes it). */
  function finish(kind: CountdownKind): void {
    put(null, kind)
  }

  /** Hides the countdown from the banner only; it keeps running on its page. */
  function dismiss(kind: CountdownKind): void {
    if (!hiddenInBanner.value.includes(kind)) hiddenInBanner.value = [...hiddenInBanner.value, kind]
  }

  /** Forgets the "stored value was damaged" notices once the user has read them. */
  function clearDamage(): void {
    damage.value = []
  }

  /** The countdown of this kind, if one exists (running or expired). */
  function byKind(kind: CountdownKind): Countdown | undefined {
    return list.value.find((c) => c.kind === kind)
  }

  return {
    countdowns: computed<readonly Countdown[]>(() => list.value),
    bannerCountdowns: computed<readonly Countdown[]>(() => list.value.filter((c) => !hiddenInBanner.value.includes(c.kind))),
    persistence: computed(() => persistence.value),
    damage: computed<readonly Damage[]>(() => damage.value),
    byKind,
    start,
    restart,
    finish,
    dismiss,
    clearDamage,
  }
})

/** The timers store, shared by the timers page, the question pages and the banner (see src/stores/install.ts). */
export const useTimersStore = withPinia(useStore)
