/**
 * Whether the offline copy is protected from the browser's automatic deletion (persistent storage), and
 * whether this is iOS/iPadOS Safari outside the home screen, where site data may be deleted after about
 * 7 days without use and the only protection is adding the app to the home screen. Browser only: the
 * footer (OfflineState.vue) starts it after mount; nothing here runs while prerendering.
 */
import { ref, watch, type Ref } from 'vue'
import { offlineReady } from './state'
import { readPersistAskedAt, writePersistAskedAt } from '@/storage/persistAsked'

/** protected: persistent storage granted; unprotected: the browser may delete it; unknown: no API or it failed. */
export type Protection = 'protected' | 'unprotected' | 'unknown'

/** The part of StorageManager used here (a fake in tests). */
export type PersistApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>

/**
 * Do not ask again within this time after asking: Firefox shows a prompt for persist(), and a prompt the user
 * dismissed must not come back at every visit. Chromium decides without a prompt, from how the site is used.
 */
export const ASK_AGAIN_AFTER_MS = 7 * 24 * 60 * 60 * 1000

/** What the footer shows; null until the browser has answered. */
export const protection = ref<Protection | null>(null)

/**
 * Checks persisted() first and asks with persist() only when not yet protected, at most once per call and
 * not again within ASK_AGAIN_AFTER_MS (`askedAt`/`remember` keep the time of the last ask).
 */
export async function checkProtection(
  api: PersistApi | null | undefined,
  options: { now?: number; askedAt?: number | null; remember?: (time: number) => void } = {},
): Promise<Protection> {
  if (!api || typeof api.persisted !== 'function') return 'unknown'
  try {
    if (await api.persisted()) return 'protected'
    const now = options.now ?? Date.now()
    const askedAt = options.askedAt ?? null
    const mayAsk = typeof api.persist === 'function' && (askedAt === null || askedAt > now || now - askedAt >= ASK_AGAIN_AFTER_MS)
    if (!mayAsk) return 'unprotected'
    options.remember?.(now)
    return (await api.persist!()) ? 'protected' : 'unprotected'
  } catch {
    return 'unknown'
  }
}

let started = false

/**
 * Once per page: as soon as the offline copy is complete, checks (and, if need be, asks for) protection and
 * puts the answer in `protection`. Later calls do nothing, so nothing can ask in a loop.
 */
export function startProtection(
  api: PersistApi | null | undefined = typeof navigator !== 'undefined' ? navigator.storage : undefined,
  ready: Ref<boolean> = offlineReady,
): void {
  if (started) return
  started = true
  const stop = watch(
    ready,
    (isReady) => {
      if (!isReady) return
      queueMicrotask(() => stop())
      void checkProtection(api, { askedAt: readPersistAskedAt(), remember: writePersistAskedAt }).then((p) => (protection.value = p))
    },
    { immediate: true },
  )
}

/** For tests: forget that the check ran on this page. */
export function resetProtection(): void {
  started = false
  protection.value = null
}

/** What the iOS home-screen hint needs to know about the browser. */
export interface BrowserFacts {
  userAgent: string
  /** navigator.standalone: a boolean only in iOS/iPadOS WebKit, undefined everywhere else */
  standalone: unknown
  maxTouchPoints: number
  /** matchMedia('(display-mode: standalone)').matches */
  displayStandalone: boolean
}

// Other browsers and in-app views on iOS are WebKit too (and have navigator.standalone), but their menus differ.
const NOT_SAFARI = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|YaBrowser|DuckDuckGo|Line\/|FBAN|FBAV|Instagram|Twitter|MicroMessenger|KAKAOTALK|NAVER/i

/**
 * true for iOS/iPadOS Safari not opened from the home screen. iPadOS Safari reports itself as a Mac, so a
 * "Macintosh" with touch points counts as an iPad; a real Mac has no navigator.standalone anyway.
 */
export function homeScreenHintApplies(b: BrowserFacts): boolean {
  if (typeof b.standalone !== 'boolean' || b.standalone || b.displayStandalone) return false
  const apple = /iPhone|iPad|iPod/.test(b.userAgent) || (/Macintosh/.test(b.userAgent) && b.maxTouchPoints > 1)
  return apple && /Safari\//.test(b.userAgent) && !NOT_SAFARI.test(b.userAgent)
}

/** The facts of this browser (after mount; never on the prerenderer). */
export function browserFacts(): BrowserFacts | null {
  if (typeof navigator === 'undefined') return null
  let displayStandalone = false
  try {
    displayStandalone = typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches
  } catch {
    // No matchMedia: navigator.standalone decides.
  }
  return {
    userAgent: navigator.userAgent,
    standalone: (navigator as Navigator & { standalone?: unknown }).standalone,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    displayStandalone,
  }
}
