import './styles.css'
import { createApp } from './main'
import { seedBody } from './content/faq'
import { registerSW } from 'virtual:pwa-register'
import { needRefresh, offlineReady, setUpdater } from './composables/pwaState'

const el = document.getElementById('app')
if (el) {
  // A prerendered question already holds its answer: hydrate with it instead of downloading it again.
  const answer = el.querySelector<HTMLElement>('.answer[data-question]')
  if (answer?.dataset.question) seedBody(answer.dataset.question, answer.innerHTML)
  // Prerendered pages are hydrated; the offline app shell (empty) is rendered from scratch.
  const { app, router } = createApp({ ssr: false, hydrate: el.hasAttribute('data-prerendered') })
  void router.isReady().then(() => app.mount(el))
}

// Register at once rather than after a lazy chunk: on a slow line every extra round trip delays offline use.
setUpdater(
  registerSW({
    immediate: true,
    onNeedRefresh: () => (needRefresh.value = true),
    onOfflineReady: () => (offlineReady.value = true),
  }),
)
