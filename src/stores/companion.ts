/**
 * The companion's progress: the current walk step, the steps done, the ticked preparation items. Kept in
 * localStorage (src/storage/companionProgress.ts) as ids only; read only by hydrate(), which the page calls
 * once it has mounted, so the prerendered page and hydration always render the empty state. A damaged
 * stored value is cleaned, written back and reported (`damage`). Without usable storage it keeps working in
 * memory and says so through `persistence`.
 */
import { defineStore } from 'pinia'
import { hasInjectionContext, inject, ref, type InjectionKey } from 'vue'
import walk from 'virtual:faq-walk'
import { emptyProgress, hasProgress, parseProgress, serializeProgress, type Progress, type ProgressDamage, type ProgressIds } from '@/lib/companionProgress'
import { browserProgressStorage, type ProgressStorage } from '@/storage/companionProgress'
import { PREP_ITEMS } from '@/tools/companion/prepare'
import { withPinia } from './install'

export interface CompanionStoreOptions {
  /** null forces memory only; undefined means the browser's localStorage when there is one */
  storage?: ProgressStorage | null
  ids?: ProgressIds
}

/** Provide this on the app to give the store a fake storage or other ids (tests). */
export const COMPANION_STORE_OPTIONS: InjectionKey<CompanionStoreOptions> = Symbol('companion-store-options')

const useStore = defineStore('companion', () => {
  const options: CompanionStoreOptions = (hasInjectionContext() ? inject(COMPANION_STORE_OPTIONS, null) : null) ?? {}
  const ids: ProgressIds = options.ids ?? { steps: walk.map((s) => s.id), ticks: PREP_ITEMS.map((p) => p.id) }
  const storage = (): ProgressStorage | null => (options.storage !== undefined ? options.storage : browserProgressStorage())

  const progress = ref<Progress>(emptyProgress(ids))
  const damage = ref<ProgressDamage[]>([])
  const persistence = ref<'local' | 'memory'>('local')
  const hydrated = ref(false)
  // The current step's title in the page's language, kept for the home page's 「前回の続き」.
  let labelOf: (step: string) => Progress['label'] = () => undefined

  function save(): void {
    const s = storage()
    if (!s) {
      persistence.value = 'memory'
      return
    }
    try {
      if (hasProgress(progress.value, ids)) s.write(serializeProgress({ ...progress.value, label: labelOf(progress.value.step) }))
      else s.remove()
      persistence.value = 'local'
    } catch {
      persistence.value = 'memory'
    }
  }

  /** Reads what this browser kept (call after mounting); a damaged value is cleaned and written back. */
  function hydrate(label?: (step: string) => Progress['label']): void {
    if (label) labelOf = label
    if (hydrated.value) return
    hydrated.value = true
    const s = storage()
    if (!s) {
      persistence.value = 'memory'
      return
    }
    try {
      const parsed = parseProgress(s.read(), ids)
      if (parsed.progress) progress.value = parsed.progress
      damage.value = parsed.damage
      if (parsed.damage.length > 0) save()
    } catch {
      persistence.value = 'memory'
    }
  }

  function set(next: Partial<Progress>): void {
    progress.value = { ...progress.value, ...next }
    save()
  }

  /** Shows a step (from the step list, or back and forth). */
  function goTo(step: string): void {
    if (ids.steps.includes(step)) set({ step })
  }

  /** Marks a step done and moves to the next one; the last one finishes the walk. */
  function complete(step: string): void {
    const i = ids.steps.indexOf(step)
    if (i < 0) return
    const done = ids.steps.filter((id) => id === step || progress.value.done.includes(id))
    const next = ids.steps[i + 1]
    set(next === undefined ? { done, finished: true } : { done, step: next })
  }

  /** Ticks or unticks a preparation item. */
  function tick(item: string, on: boolean): void {
    if (!ids.ticks.includes(item)) return
    set({ ticks: ids.ticks.filter((id) => (id === item ? on : progress.value.ticks.includes(id))) })
  }

  /** Forgets everything; returns what was there, for restore() (undo). */
  function startOver(): Progress {
    const before = progress.value
    progress.value = emptyProgress(ids)
    save()
    return before
  }

  /** Puts back what startOver() returned. */
  function restore(p: Progress): void {
    set(p)
  }

  function clearDamage(): void {
    damage.value = []
  }

  return { ids, progress, damage, persistence, hydrated, hydrate, goTo, complete, tick, startOver, restore, clearDamage }
})

/** The companion's store (see src/stores/install.ts). */
export const useCompanionStore = withPinia(useStore)
