/** Accessors over the compiled FAQ. Bodies load lazily (one small chunk each) and are kept once loaded. */
import { shallowReactive } from 'vue'
import * as compiled from 'virtual:faq'
import type { ExternalLink, QuestionMeta, Step } from './types'

/** What the first view ships of a question: no keywords, no messages (those live in the search index). */
export type Question = Omit<QuestionMeta, 'keywords' | 'messages'>

export const steps = compiled.steps as Step[]
export const questions = compiled.questions as Question[]
export const links = compiled.links as Record<string, ExternalLink>
const bodyLoaders = compiled.bodyLoaders as Record<string, () => Promise<{ default: string }>>

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
  const loader = bodyLoaders[id]
  if (!loader) return false
  try {
    bodies.set(id, (await loader()).default)
    return true
  } catch {
    return false
  }
}

/** A loaded body, or undefined while it is not loaded. */
export function bodyOf(id: string): string | undefined {
  return bodies.get(id)
}

/** The official FAQ page every unknown address falls back to. */
export const officialFaq: ExternalLink = links['official-faq'] ?? { name: 'official-faq', label: '公式FAQ' }
