/**
 * Accessors over the compiled FAQ. A prerendered page hands its own body over from the HTML (seedBody), so
 * the first view downloads no body at all. Other bodies come, on the first move to another question, from
 * pages.json: the prerendered pages the service worker keeps anyway, so the precache holds no second copy
 * and the slow line carries one file fewer. The prerenderer (and the unit tests) read the compiled bodies.
 */
import { shallowReactive } from 'vue'
import * as compiled from 'virtual:faq'
import type { ExternalLink, QuestionMeta, Step } from './types'
import type { OfflinePages } from '@/lib/pageTemplate'

/** What the first view ships of a question: no keywords, no messages (those live in the search index). */
export type Question = Omit<QuestionMeta, 'keywords' | 'messages'>

export const steps = compiled.steps as Step[]
export const questions = compiled.questions as Question[]
export const links = compiled.links as Record<string, ExternalLink>
const loadCompiledBodies = compiled.loadBodies as () => Promise<{ default: Record<string, string> }>

/** Every body by question id, from the compiled content (Node) or the prerendered pages (browser). */
async function loadAllBodies(): Promise<Record<string, string>> {
  if (import.meta.env.SSR || import.meta.env.MODE === 'test') return (await loadCompiledBodies()).default
  const res = await fetch('/pages.json')
  if (!res.ok) throw new Error(`pages.json: ${res.status}`)
  const { pages } = (await res.json()) as OfflinePages
  const out: Record<string, string> = {}
  const parser = new DOMParser()
  for (const q of questions) {
    const html = pages[`/faq/${q.id}`]?.html
    const answer = html ? parser.parseFromString(html, 'text/html').querySelector('.answer[data-question]') : null
    if (answer) out[q.id] = answer.innerHTML
  }
  return out
}

const bodies = shallowReactive(new Map<string, string>())

/** The step with this id, if any. */
export function stepById(id: string): Step | undefined {
  return steps.find((s) => s.id === id)
}

/** The question with this id, if any. */
export function questionById(id: string): Question | undefined {
  return questions.find((q) => q.id === id)
}

/** Questions of one step, in the procedure's order. */
export function questionsOfStep(stepId: string): Question[] {
  return questions.filter((q) => q.step === stepId)
}

/** 1-based position of a step in the procedure. */
export function stepNumber(stepId: string): number {
  return steps.findIndex((s) => s.id === stepId) + 1
}

/** Loads a question's rendered body; resolves false when it cannot be loaded (e.g. offline and not cached). */
export async function loadBody(id: string): Promise<boolean> {
  if (bodies.has(id)) return true
  if (!questionById(id)) return false
  try {
    const all = await loadAllBodies()
    for (const [qid, html] of Object.entries(all)) if (!bodies.has(qid)) bodies.set(qid, html)
    return bodies.has(id)
  } catch {
    return false
  }
}

/** Takes a body that is already on the page (prerendered HTML), so hydration needs no download. */
export function seedBody(id: string, html: string): void {
  if (questionById(id) && !bodies.has(id)) bodies.set(id, html)
}

/** A loaded body, or undefined while it is not loaded. */
export function bodyOf(id: string): string | undefined {
  return bodies.get(id)
}

/** The official FAQ page every unknown address falls back to. */
export const officialFaq: ExternalLink = links['official-faq'] ?? { name: 'official-faq', label: '公式FAQ' }
