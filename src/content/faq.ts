/**
 * Accessors over the compiled FAQ. Bodies load lazily (one chunk for all) and are kept once loaded; a
 * prerendered page hands its own body over from the HTML (seedBody), so the first view needs no body chunk.
 */
import { shallowReactive } from 'vue'
import * as compiled from 'virtual:faq'
import type { ExternalLink, QuestionMeta, Step } from './types'

/** What the first view ships of a question: no keywords, no messages (those live in the search index). */
export type Question = Omit<QuestionMeta, 'keywords' | 'messages'>

export const steps = compiled.steps as Step[]
export const questions = compiled.questions as Question[]
export const links = compiled.links as Record<string, ExternalLink>
const loadBodies = compiled.loadBodies as () => Promise<{ default: Record<string, string> }>

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
    const all = (await loadBodies()).default
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
