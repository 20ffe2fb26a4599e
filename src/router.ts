/** Routes. Every path listed by prerenderPaths() is rendered to HTML at build time. */
import { createMemoryHistory, createRouter as createVueRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router'
import { loadBody, questionById, questions, steps } from './content/faq'
import HomeView from './views/HomeView.vue'
import NotFoundView from './views/NotFoundView.vue'
import QuestionView from './views/QuestionView.vue'
import StepView from './views/StepView.vue'
import { routedTools } from './tools/registry'
import { toolComponent } from './tools/components'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/step/:stepId', name: 'step', component: StepView },
  {
    path: '/faq/:id',
    name: 'question',
    component: QuestionView,
    // Load the body before the view renders, so prerendered HTML and hydration agree.
    beforeEnter: async (to) => {
      const id = String(to.params.id)
      if (questionById(id)) await loadBody(id)
    },
  },
  // Every tool page, from the registry.
  ...routedTools().map((t): RouteRecordRaw => ({ path: t.path, name: t.id, component: toolComponent(t.id, t.view) })),
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView },
]

/** Every path that gets its own prerendered HTML file. */
export function prerenderPaths(): string[] {
  return ['/', ...steps.map((s) => `/step/${s.id}`), ...questions.map((q) => `/faq/${q.id}`), ...routedTools().map((t) => t.path), '/404']
}

/** Creates the router for the browser (web history) or the prerenderer (memory history). */
export function createRouter(ssr: boolean): Router {
  return createVueRouter({
    history: ssr ? createMemoryHistory() : createWebHistory(),
    routes,
    scrollBehavior(to, _from, saved) {
      if (saved) return saved
      if (to.hash) return { el: decodeURIComponent(to.hash), top: 16 }
      return { top: 0 }
    },
  })
}
