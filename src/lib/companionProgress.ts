/**
 * The companion's progress as it is kept on the device: which walk step is current, which steps are done,
 * which preparation items are ticked, whether the walk is finished, and the current step's title in the
 * language it was shown in (for the home page's 「前回の続き」). Ids and that title only: never a password, a
 * key, a code or an address. Pure functions: no Vue, no DOM, no storage.
 */
import { MAX_LABEL, PROGRESS_VERSION } from './companionFormat'

export { MAX_LABEL, PROGRESS_VERSION }

/** The most ids a stored list may hold before it is called damaged (the walk has a dozen steps). */
const MAX_IDS = 64

export interface Progress {
  /** the current walk step */
  step: string
  /** walk steps marked done */
  done: string[]
  /** ticked preparation items */
  ticks: string[]
  /** the last step was marked done */
  finished: boolean
  /** the current step's title, in the language it was shown in */
  label?: { lang: string; text: string }
}

/** Why a stored value was not used, in full or in part. */
export type ProgressDamage = 'unreadable' | 'version' | 'unknown-step' | 'unknown-ids'

/** What the walk knows: its step ids (in order) and the preparation items' ids. */
export interface ProgressIds {
  steps: readonly string[]
  ticks: readonly string[]
}

/** No progress: the first step, nothing done or ticked. */
export function emptyProgress(ids: ProgressIds): Progress {
  return { step: ids.steps[0] ?? '', done: [], ticks: [], finished: false }
}

/** Whether a progress is worth keeping (anything moved, ticked or done). */
export function hasProgress(p: Progress, ids: ProgressIds): boolean {
  return p.step !== ids.steps[0] || p.done.length > 0 || p.ticks.length > 0 || p.finished
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads a stored value (null: nothing stored). What cannot be trusted is dropped and reported: a value that
 * is not JSON or not an object, another version, an unknown current step (back to the first), unknown or
 * repeated ids in the lists (dropped). Never throws.
 */
export function parseProgress(raw: string | null, ids: ProgressIds): { progress: Progress | null; damage: ProgressDamage[] } {
  if (raw === null) return { progress: null, damage: [] }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { progress: null, damage: ['unreadable'] }
  }
  if (!isObj(value)) return { progress: null, damage: ['unreadable'] }
  if (value.v !== PROGRESS_VERSION) return { progress: null, damage: ['version'] }
  const damage: ProgressDamage[] = []
  const known = (list: unknown, from: readonly string[]): string[] => {
    if (!Array.isArray(list) || list.length > MAX_IDS) {
      if (list !== undefined) damage.push('unknown-ids')
      return []
    }
    const kept = from.filter((id) => list.includes(id))
    if (kept.length !== list.length) damage.push('unknown-ids')
    return kept
  }
  let step = typeof value.step === 'string' && ids.steps.includes(value.step) ? value.step : undefined
  if (step === undefined) {
    damage.push('unknown-step')
    step = ids.steps[0] ?? ''
  }
  const progress: Progress = { step, done: known(value.done, ids.steps), ticks: known(value.ticks, ids.ticks), finished: value.finished === true }
  const label = value.label
  if (isObj(label) && typeof label.lang === 'string' && typeof label.text === 'string' && label.text.length <= MAX_LABEL) {
    progress.label = { lang: label.lang, text: label.text }
  }
  return { progress, damage: [...new Set(damage)] }
}

/** The stored form of a progress. */
export function serializeProgress(p: Progress): string {
  return JSON.stringify({ v: PROGRESS_VERSION, step: p.step, done: p.done, ticks: p.ticks, finished: p.finished, ...(p.label ? { label: p.label } : {}) })
}
