/**
 * Registers the service worker and follows what it does, for the notices (pwa/state.ts).
 *
 * Each prerendered page registers the worker itself, right after its first paint (an inline script, see
 * build/prerender-plugin.ts): on a 2-second-latency line that starts the offline copy about 4 s sooner
 * than registering after hydration. That script leaves `window.__omuWorker`: the registration, and
 * whether a worker was already active before it (an offline copy from an earlier visit).
 *
 * By the time the app runs, the first install may be under way or finished, and an update may already
 * be installing: events that fired before anyone listened. So the state is read from the registration as
 * it is now, and each worker is followed from there. workbox-window registers (again: a no-op when the
 * page already did) where the page did not, and sends the waiting version its go-ahead.
 *
 * No Vue here: this module travels in the small 'sw' chunk that loads beside the first view.
 */
import { Workbox } from 'workbox-window'

export interface EarlyRegistration {
  registration: ServiceWorkerRegistration
  /** an active worker existed before this page registered: the offline copy is from an earlier visit */
  hadActive: boolean
}

declare global {
  interface Window {
    __omuWorker?: Promise<EarlyRegistration | null>
  }
}

/** What the app is told. Each may be called more than once; each call means the same thing. */
export interface WorkerReports {
  /** the offline copy was completed during this visit */
  saved(): void
  /** the offline copy was already on the device when this page opened */
  alreadySaved(): void
  /** a new version has installed and waits for the user's go-ahead */
  updateWaiting(): void
  /** saving for offline use failed (no offline copy yet); it is tried again by itself */
  failed(): void
}

/** The parts of a registration this module reads (a real ServiceWorkerRegistration, or a test's fake). */
export type RegistrationLike = Pick<ServiceWorkerRegistration, 'installing' | 'waiting' | 'active' | 'addEventListener'>

/**
 * Reports the registration's state now, and follows every worker it has or will have. `hadActive`: an
 * active worker existed before this page registered.
 */
export function followRegistration(registration: RegistrationLike, hadActive: boolean, reports: WorkerReports): void {
  if (hadActive) reports.alreadySaved()
  let saved = hadActive
  const followed = new WeakSet<ServiceWorker>()
  const check = (worker: ServiceWorker): void => {
    // A worker that reaches 'activated' has installed its whole precache (install fails otherwise). Only
    // the first one of this visit is news: with an earlier copy active, a newer one waits for the user.
    if (worker.state === 'activated' && !saved) {
      saved = true
      reports.saved()
    } else if (worker.state === 'installed' && registration.waiting === worker && registration.active) reports.updateWaiting()
    // A first install that failed leaves no offline copy at all. (A failed update leaves the current one;
    // the browser looks for the update again on a later visit.)
    else if (worker.state === 'redundant' && !saved && !registration.active) reports.failed()
  }
  const follow = (worker: ServiceWorker | null): void => {
    if (!worker || followed.has(worker)) return
    followed.add(worker)
    worker.addEventListener('statechange', () => check(worker))
    check(worker)
  }
  follow(registration.active)
  follow(registration.waiting)
  follow(registration.installing)
  registration.addEventListener('updatefound', () => follow(registration.installing))
}

/** Pauses before the next attempt after a failed first install: 30 s, then twice as long each time, up to 8 min. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000 * 2 ** (failures - 1), 8 * 60_000)
}

/**
 * Reports that, after a failed first install, try again by themselves: after a pause (retryDelayMs), or
 * as soon as the device is back online, whichever comes first. A failed first install removes the
 * registration, so trying again is registering again; what the failed attempt already checked and kept
 * is not downloaded again (see src/sw.ts).
 */
export function withRetry(
  reports: WorkerReports,
  register: () => Promise<RegistrationLike>,
  env: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout; addEventListener: (type: 'online', fn: () => void, options: { once: true }) => void } = window,
): WorkerReports {
  let failures = 0
  const self: WorkerReports = {
    ...reports,
    failed() {
      reports.failed()
      failures++
      let started = false
      const again = (): void => {
        if (started) return
        started = true
        env.clearTimeout(timer)
        void register()
          .then((registration) => followRegistration(registration, false, self))
          .catch(() => self.failed())
      }
      const timer = env.setTimeout(again, retryDelayMs(failures))
      env.addEventListener('online', again, { once: true })
    },
  }
  return self
}

/**
 * Registers (or takes the page's early registration) and follows it. Returns the function that
 * activates a waiting version and reloads once it controls the page; it does nothing when none waits.
 */
export async function startWorker(scriptUrl: string, reports: WorkerReports): Promise<(reload?: boolean) => Promise<void>> {
  const container = navigator.serviceWorker
  const early = await (window.__omuWorker ?? Promise.resolve(null))
  const hadActive = early ? early.hadActive : Boolean((await container.getRegistration())?.active)
  const wb = new Workbox(scriptUrl, { scope: '/' })
  const registration = early?.registration ?? (await wb.register({ immediate: true }))
  if (!registration) return async () => {}
  // workbox-window is told of the registration either way, so that messageSkipWaiting reaches it.
  if (early) await wb.register({ immediate: true })
  followRegistration(registration, hadActive, withRetry(reports, () => container.register(scriptUrl, { scope: '/' })))
  return async (reload = true) => {
    if (!registration.waiting) return
    if (reload) container.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    wb.messageSkipWaiting()
  }
}

/** How a language was saved for offline use: just now, or already before. */
export type LanguageSaved = 'saved' | 'already'

/**
 * Asks the active service worker to save language `lang` for offline use (src/sw.ts, SAVE_LANGUAGE): its
 * pages, search and wording, which an install saves only for the languages of the pages open then. Waits
 * for an active worker; rejects when the worker could not get every file (offline, a server error).
 */
export async function saveLanguageOffline(lang: string, container: Pick<ServiceWorkerContainer, 'ready'> = navigator.serviceWorker): Promise<LanguageSaved> {
  const worker = (await container.ready).active
  if (!worker) throw new Error('no active service worker')
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = (event: MessageEvent<{ saved?: LanguageSaved; error?: string }>) => {
      channel.port1.close()
      if (event.data?.saved) resolve(event.data.saved)
      else reject(new Error(event.data?.error ?? 'the language could not be saved'))
    }
    worker.postMessage({ type: 'SAVE_LANGUAGE', lang }, [channel.port2])
  })
}
