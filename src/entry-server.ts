/** Prerender entry (Node): renders one path to HTML. */
import { renderToString } from 'vue/server-renderer'
import { createApp } from './main'
import { prerenderPaths } from './router'
import { titleFor } from './content/titles'
import { langOfPath, languageInfo, loadLanguage, setLanguage } from './i18n'
import { setBodySource } from './content/faq'
import { compiledBodies } from './content/compiledBodies'

// The prerenderer renders every answer from the compiled bodies.
setBodySource(compiledBodies)

export { prerenderPaths }

export interface Rendered {
  html: string
  title: string
  description: string
  /** the page's HTML lang and dir */
  lang: string
  dir: string
  status: number
}

/** Renders one path the way the browser would show it first. */
export async function render(path: string): Promise<Rendered> {
  // Before the app is built: wording read while setting up (titles, module-level text) is in this language,
  // and so is the FAQ edition (loaded with the wording).
  const lang = langOfPath(path)
  await loadLanguage(lang)
  setLanguage(lang)
  const { app, router } = createApp({ ssr: true })
  await router.push(path)
  await router.isReady()
  const html = await renderToString(app, {})
  const route = router.currentRoute.value
  const { title, description } = titleFor(route)
  const { htmlLang, dir } = languageInfo(lang)
  return { html, title, description, lang: htmlLang, dir, status: route.name === 'not-found' ? 404 : 200 }
}
