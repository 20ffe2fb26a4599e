/**
 * Service worker state shared by the entry (which registers the worker as early as possible) and the
 * shell's notices (which show it). Browser only; on the prerenderer everything stays false.
 */
import { ref } from 'vue'
import { readOfflineSavedAt, writeOfflineSavedAt } from '@/storage/offlineSaved'

/** true once an active worker holds the whole precache: the app works offline */
export const offlineReady = ref(false)
/**
 * How many times something was saved for offline use during this visit: the offline copy completed, or a
 * language added to it (the moments worth a notice; each one shows it again).
 */
export const justSaved = ref(0)
/** when the offline copy was saved on this device (epoch ms), when known */
export const savedAt = ref<number | null>(null)
/** true after saving for offline use failed, until it succeeds (it is tried again by itself) */
export const saveFailed = ref(false)
/** true while a new version is waiting for the user's go-ahead */
export const needRefresh = ref(false)

let updater: (reloadPage?: boolean) => Promise<void> = async () => {}

/** Called by the entry with the function that activates the waiting worker. */
export function setUpdater(fn: (reloadPage?: boolean) => Promise<void>): void {
  updater = fn
}

/** Called by the entry at start: a worker that is already active was installed on an earlier visit. */
export function markAlreadySaved(): void {
  offlineReady.value = true
  savedAt.value ??= readOfflineSavedAt()
}

/** Called by the entry when the worker has just finished saving everything for offline use. */
export function markSaved(now: number = Date.now()): void {
  saveFailed.value = false
  offlineReady.value = true
  justSaved.value++
  savedAt.value = now
  // In a task of its own: the first localStorage access of a page waits for the browser to load the
  // storage area, which, while the worker is writing its caches, has blocked this very task for ~100 ms.
  setTimeout(() => writeOfflineSavedAt(now), 0)
}

/** Called by the entry when saving for offline use failed; the entry tries again by itself. */
export function markSaveFailed(): void {
  if (!offlineReady.value) saveFailed.value = true
}

/** Activates the waiting version and reloads: only ever on the user's request. */
export function applyUpdate(): Promise<void> {
  // The new version's files are what will be saved once it is active.
  writeOfflineSavedAt(Date.now())
  return updater(true)
}
