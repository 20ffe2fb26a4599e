/** Page title and description for a route: one function for the prerenderer and the browser. */
import type { RouteLocationNormalizedLoaded } from 'vue-router'
import { appText } from '@/locales/app'
import { questionById, stepById } from './faq'
import { pageTitles } from '@/locales/pages'

export interface PageTitle {
  title: string
  description: string
}

// Read per call: the site name is in the active language.
const titled = (page: string): string => appText.documentTitle(page, appText.siteName)

/** Title and description for the route. */
export function titleFor(route: Pick<RouteLocationNormalizedLoaded, 'name' | 'params'>): PageTitle {
  if (route.name === 'question') {
    const q = questionById(String(route.params.id))
    if (q) return { title: titled(q.title), description: q.summary }
  }
  if (route.name === 'step') {
    const s = stepById(String(route.params.stepId))
    if (s) return { title: titled(s.title), description: s.summary }
  }
  const page = typeof route.name === 'string' ? pageTitles[route.name] : undefined
  if (page) return { title: titled(page.title), description: page.description }
  if (route.name === 'home') return { title: appText.homeDocumentTitle(appText.siteName, appText.homeTitle), description: appText.homeLead }
  return { title: titled(appText.notFoundTitle), description: appText.notFoundLead }
}
