/** Routes. Every path listed by prerenderPaths() is rendered to HTML at build time. */
import { createMemoryHistory, createRouter as createVueRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import { loadBody, questionIds, stepIds } from './content/faq'
import HomeView from './views/HomeView.vue'
import NotFoundView from './views/NotFoundView.vue'
import QuestionView from './views/QuestionView.vue'
import StepView from './views/StepView.vue'
import { routedTools } from './tools/registry'
import { toolComponent } from './tools/components'
import { defaultLanguage, languagePath } from './locales'
import { langOfPath, languageCodes, languageLoaded, loadLanguage, setLanguage } from './i18n'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/step/:stepId', name: 'step', component: StepView },
  // Its body loads before the view renders (createRouter), so prerendered HTML and hydration agree.
  { path: '/faq/:id', name: 'question', component: QuestionView },
  // Every tool page, from the registry.
  ...routedTools().map((t): RouteRecordRaw => ({ path: t.path, name: t.id, component: toolComponent(t.id, t.view) })),
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView },
]

/** Every path that gets its own prerendered HTML file, in every language (/en/faq/x…). */
export function prerenderPaths(): string[] {
  const paths = ['/', ...stepIds.map((id) => `/step/${id}`), ...questionIds.map((id) => `/faq/${id}`), ...routedTools().map((t) => t.path), '/404']
  return languageCodes().flatMap((lang) => paths.map((path) => languagePath(path, lang)))
}

/**
 * The route records for every language: each record also matches under /<lang> for every non-default
 * language (an optional `lang` param), so route names, and everything keyed by them, stay one set.
 */
export function localizedRoutes(records: RouteRecordRaw[] = routes): RouteRecordRaw[] {
  const others = languageCodes().filter((l) => l !== defaultLanguage)
  if (others.length === 0) return records
  const prefix = `/:lang(${others.join('|')})?`
  return records.map((r) => (r.name === 'not-found' ? r : { ...r, path: prefix + (r.path === '/' ? '' : r.path) }))
}

/**
 * Creates the router for the browser (web history) or the prerenderer (memory history). history: one made
 * beforehand (the browser makes it in a task of its own, see entry-client.ts).
 */
export function createRouter(ssr: boolean, history: RouterHistory = ssr ? createMemoryHistory() : createWebHistory()): Router {
  const router = createVueRouter({
    history,
    routes: localizedRoutes(),
    scrollBehavior(to, _from, saved) {
      if (saved) return saved
      if (to.hash) return { el: decodeURIComponent(to.hash), top: 16 }
      return { top: 0 }
    },
  })
  // The language's wording and FAQ edition, and a question's body in that language, load before the page
  // changes, together, on every navigation: also from one question to another, or to the same question in
  // another language, where the route record stays the same (a beforeEnter guard would not run).
  router.beforeEach(async (to) => {
    const wanted = langOfPath(to.path)
    const id = to.name === 'question' ? String(to.params.id) : undefined
    const [loaded] = await Promise.all([
      languageLoaded(wanted) || loadLanguage(wanted).then(() => true, () => false),
      id !== undefined && loadBody(id, wanted),
    ])
    // The language could not be loaded (offline before it was saved): show the page in the default
    // language rather than no page.
    const lang = loaded ? wanted : defaultLanguage
    if (lang !== wanted) await Promise.all([loadLanguage(lang), id !== undefined && loadBody(id, lang)])
    setLanguage(lang)
  })
  return router
}
