/**
 * The walk (faq/walk.yaml) as the companion reads it: its steps, the same in every edition, and each step's
 * wording and facts in the page's language (the companion wording's `walkText`, from the FAQ).
 */
import walk from 'virtual:faq-walk'
import type { WalkStep } from '@/content/types'
import { companionText as t } from '@/locales/companion'

export const walkSteps: readonly WalkStep[] = walk

/** A fact the walk cites (`<question id>.<key>`), in the page's language; undefined when no step cites it. */
export function walkFact(ref: string): string | undefined {
  for (const step of walkSteps) {
    const i = step.facts.findIndex((f) => `${f.question}.${f.key}` === ref)
    if (i >= 0) return t.walkText[step.id]?.facts[i]
  }
  return undefined
}
