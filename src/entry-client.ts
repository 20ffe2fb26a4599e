import './styles.css'
import { createApp } from './main'

const el = document.getElementById('app')
if (el) {
  // Prerendered pages are hydrated; the offline app shell (empty) is rendered from scratch.
  const { app, router } = createApp({ ssr: false, hydrate: el.hasAttribute('data-prerendered') })
  void router.isReady().then(() => app.mount(el))
}
