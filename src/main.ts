/** Builds the app; shared by the browser entry and the prerenderer. */
import { createApp as createClientApp, createSSRApp, type App as VueApp } from 'vue'
import type { Router } from 'vue-router'
import App from './App.vue'
import { createRouter } from './router'
import './locales/load'
import { titleFor } from './content/titles'
import { activeLanguage, languageInfo } from './i18n'

export interface AppBundle {
  app: VueApp
  router: Router
}

/**
 * ssr: build for prerendering or for hydrating prerendered HTML; otherwise a plain client render. router:
 * one made beforehand with createRouter (the browser makes it in a task of its own, see entry-client.ts).
 */
export function createApp(options: { ssr: boolean; hydrate?: boolean; router?: Router }): AppBundle {
  const app = options.ssr || options.hydrate ? createSSRApp(App) : createClientApp(App)
  const router = options.router ?? createRouter(options.ssr)
  app.use(router)
  if (!options.ssr) {
    router.afterEach((to) => {
      document.title = titleFor(to).title
      const { htmlLang: lang, dir } = languageInfo(activeLanguage.value)
      Object.assign(document.documentElement, { lang, dir })
    })
  }
  return { app, router }
}
