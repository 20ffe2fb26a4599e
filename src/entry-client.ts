import './styles.css'
import { createApp } from './main'
import { createRouter } from './router'
import { createWebHistory } from 'vue-router'
import { questionIds, seedBody, setBodySource } from './content/faq'
import { ANSWER_ID_ATTR, ANSWER_SELECTOR } from './content/bodies'
import { pagesJsonBodies } from './content/pagesBodies'
import { routeKey } from './lib/pageTemplate'
import { markAlreadySaved, markSaveFailed, markSaved, needRefresh, setUpdater } from '@/pwa/state'
import { nextTask } from '@/lib/nextTask'
import { activeLanguage, langOfPath, languageCodes } from '@/i18n'
import { launchTarget } from '@/lib/languageOffer'
import { readLanguageChoice } from '@/storage/languageChoice'
import { watch } from 'vue'
import { adoptBootTap } from '@/components/earlyTaps'
import type { LanguageSaved } from '@/pwa/register'

// Bodies of other questions come from the prerendered pages the service worker keeps (pages.json).
setBodySource(pagesJsonBodies(questionIds))

// Opened from the home screen on a language's home page (the manifest's start page): the language chosen
// last, if it is another one.
const launch = launchTarget(
  location.pathname,
  matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true,
  languageCodes(),
  readLanguageChoice,
)
const el = launch === null ? document.getElementById('app') : (location.replace(launch), null)
if (el) {
  // A prerendered question already holds its answer, in the page's language: hydrate with it instead of
  // downloading it again.
  const answer = el.querySelector(ANSWER_SELECTOR)
  const answerOf = answer?.getAttribute(ANSWER_ID_ATTR)
  if (answer && answerOf) seedBody(answerOf, answer.innerHTML, langOfPath(location.pathname))
  // A page prerendered for this very route is hydrated. Anything else is rendered from scratch: the empty
  // shell, a 404 page served for another path, or a page whose URL has a query (/search?q=…,
  // /inquiry?from=…), since it was prerendered without one.
  const hydrate = el.getAttribute('data-prerendered') === routeKey(location.pathname) && location.search === ''
  void start(el, hydrate)
}

/**
 * Creates the router's history, the router, then the app (which makes the router's first navigation), then
 * mounts (hydrates), each in a task of its own. Evaluating the first-view script, the first navigation and hydration chain through promises: without
 * the yields they run as one main-thread task (150+ ms at 4x CPU) that no tap can cut into.
 */
async function start(el: Element, hydrate: boolean): Promise<void> {
  await nextTask()
  // Web history writes its state into the browser's history entry (slow at 4x CPU); compiling every route's
  // path (in every language) is the next task; the first navigation, which app.use() starts, the next.
  const history = createWebHistory()
  await nextTask()
  const router = createRouter(false, history)
  await nextTask()
  const { app } = createApp({ ssr: false, hydrate, router })
  await router.isReady()
  await nextTask()
  // Marks for the benchmark: the JavaScript the first view needs is what loaded before hydration starts.
  performance.mark('app-hydrating')
  app.mount(el)
  performance.mark('app-mounted')
  // A tap on a button before the app had started goes on now (src/components/earlyTaps.ts).
  void adoptBootTap()
  registerWorker()
}

/**
 * Follows the service worker the page registered after its first paint (see src/pwa/register.ts), or
 * registers it now. Its module is preloaded beside the first view, so this waits for nothing.
 */
function registerWorker(): void {
  if (!('serviceWorker' in navigator)) return
  void import('@/pwa/register')
    .then(async ({ startWorker, saveLanguageOffline }) => {
      const updater = await startWorker('/sw.js', {
        saved: () => markSaved(),
        alreadySaved: () => markAlreadySaved(),
        updateWaiting: () => (needRefresh.value = true),
        failed: () => markSaveFailed(),
      })
      saveEachLanguage(saveLanguageOffline)
      return updater
    })
    .then(setUpdater)
    // No worker (a private window, storage turned off): the app still works online; the footer says it
    // is not saved for offline use.
    .catch(() => {})
}

/**
 * The language of every page shown is saved for offline use too (the install saves only the languages of
 * the pages open then): the first English page of a Japanese reader saves the English pages, with the
 * same notice as the first save. A save that fails is asked again once the device is back online.
 */
function saveEachLanguage(save: (lang: string) => Promise<LanguageSaved>): void {
  const ask = (lang: string): void => {
    save(lang).then(
      (how) => how === 'saved' && markSaved(),
      () => window.addEventListener('online', () => activeLanguage.value === lang && ask(lang), { once: true }),
    )
  }
  watch(activeLanguage, ask, { immediate: true })
}
