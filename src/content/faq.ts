/**
 * Accessors over the compiled FAQ. A prerendered page hands its own body over from the HTML (seedBody), so
 * the first view downloads no body at all. Other bodies come, on the first move to another question, from
 * the body source the entry point chose (setBodySource, ./bodies.ts): pages.json in the browser, the
 * compiled bodies in the prerenderer and the tests.
 */
import { shallowReactive } from 'vue'
import { links as compiledLinks, questions as compiledQuestions, steps as compiledSteps } from 'virtual:faq'
import { contentText } from '@/locales/content'
import type { BodySource } from './bodies'
import type { ExternalLink, Question, Step } from './types'

export type { Question }

export const steps: Step[] = compiledSteps
export const questions: Question[] = compiledQuestions
export const links: Record<string, ExternalLink> = compiledLinks

let source: BodySource | undefined

/** Chooses where bodies are loaded from; each entry point calls it once, before the app starts. */
export function setBodySource(s: BodySource): void {
  source = s
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
    if (!source) throw new Error('no body source: the entry point must call setBodySource')
    const all = await source.loadAll()
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
export const officialFaq: ExternalLink = links['official-faq'] ?? { name: 'official-faq', label: contentText.officialFaqLabel }
