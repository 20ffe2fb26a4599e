/**
 * Accessors over the compiled FAQ, in the active language (src/i18n), read at call time like the wording: a
 * component or computed that calls them re-renders when the language changes. Each takes an explicit
 * language too. Every edition, the Japanese one (src/content/editions/ja/faq.ts, over virtual:faq) included,
 * loads with its language's wording, in the same chunk, by loadLanguage(lang), so a page downloads only
 * the edition it shows; a language without an edition shows the Japanese one. Every edition has the same
 * steps, questions and links, by the same ids and in the same order (the compiler checks it), so ids
 * (questionIds, stepIds, from virtual:faq-ids) are one list for all, known before any edition has loaded.
 *
 * A prerendered page hands its own body over from the HTML (seedBody), so the first view downloads no body
 * at all. Other bodies come, on the first move to another question, from the body source the entry point
 * chose (setBodySource, ./bodies.ts): pages.json in the browser, the compiled bodies in the prerenderer and
 * the tests.
 */
import { shallowReactive } from 'vue'
import { questionIds as allQuestionIds, stepIds as allStepIds } from 'virtual:faq-ids'
import { activeLanguage, addLanguagePart } from '@/i18n'
import { defaultLanguage } from '@/locales'
import { contentText } from '@/locales/content'
import type { BodySource } from './bodies'
import type { ExternalLink, Question, Step } from './types'

export type { Question }

/** One language's FAQ without its bodies. */
export interface FaqEdition {
  readonly steps: readonly Step[]
  readonly questions: readonly Question[]
  readonly links: Readonly<Record<string, ExternalLink>>
}

const editionLoaders = import.meta.glob<FaqEdition>('./editions/*/faq.ts')
const loaderOf = (lang: string): (() => Promise<FaqEdition>) | undefined => editionLoaders[`./editions/${lang}/faq.ts`]
const editions = new Map<string, FaqEdition>()

/** The language whose edition `lang` shows: itself when it has one, the default language otherwise. */
export function editionLanguage(lang: string): string {
  return loaderOf(lang) ? lang : defaultLanguage
}

// loadLanguage(lang) brings the edition with the wording (the default language's, for a language without one).
addLanguagePart(async (lang) => {
  const edition = editionLanguage(lang)
  if (!editions.has(edition)) editions.set(edition, await loaderOf(edition)!())
})

/** The FAQ in `lang` (default: the active language). Throws when that edition is not loaded (see loadLanguage). */
export function faqEdition(lang: string = activeLanguage.value): FaqEdition {
  const edition = editions.get(editionLanguage(lang))
  if (!edition) throw new Error(`FAQ edition ${lang} is not loaded: loadLanguage('${lang}') first`)
  return edition
}

/** The procedure's steps, in order. */
export const steps = (lang?: string): readonly Step[] => faqEdition(lang).steps
/** Every question, by step and order. */
export const questions = (lang?: string): readonly Question[] => faqEdition(lang).questions
/** External links by name. */
export const links = (lang?: string): Readonly<Record<string, ExternalLink>> => faqEdition(lang).links

/** Every question's id, the same in every edition. */
export const questionIds: readonly string[] = allQuestionIds
/** Every step's id, the same in every edition. */
export const stepIds: readonly string[] = allStepIds

/** The step with this id, if any. */
export function stepById(id: string, lang?: string): Step | undefined {
  return steps(lang).find((s) => s.id === id)
}

/** The question with this id, if any. */
export function questionById(id: string, lang?: string): Question | undefined {
  return questions(lang).find((q) => q.id === id)
}

/** Questions of one step, in the procedure's order. */
export function questionsOfStep(stepId: string, lang?: string): Question[] {
  return questions(lang).filter((q) => q.step === stepId)
}

/** 1-based position of a step in the procedure. */
export function stepNumber(stepId: string): number {
  return stepIds.indexOf(stepId) + 1
}

/** The official FAQ page every unknown address falls back to. */
export function officialFaq(lang?: string): ExternalLink {
  return links(lang)['official-faq'] ?? { name: 'official-faq', label: contentText.officialFaqLabel }
}

let source: BodySource | undefined

/** Chooses where bodies are loaded from; each entry point calls it once, before the app starts. */
export function setBodySource(s: BodySource): void {
  source = s
}

// Bodies by edition language and question id; reactive, so a view shows a body as soon as it arrives.
const bodies = shallowReactive(new Map<string, string>())
const bodyKey = (id: string, lang: string): string => `${editionLanguage(lang)}/${id}`

/**
 * Loads a question's rendered body in `lang` (default: the active language; its edition need not be loaded
 * yet); resolves false when it cannot be loaded (e.g. offline and not cached).
 */
export async function loadBody(id: string, lang: string = activeLanguage.value): Promise<boolean> {
  const key = bodyKey(id, lang)
  if (bodies.has(key)) return true
  if (!questionIds.includes(id)) return false
  const edition = editionLanguage(lang)
  try {
    if (!source) throw new Error('no body source: the entry point must call setBodySource')
    const all = await source.loadAll(edition)
    for (const [qid, html] of Object.entries(all)) if (!bodies.has(bodyKey(qid, edition))) bodies.set(bodyKey(qid, edition), html)
    return bodies.has(key)
  } catch {
    return false
  }
}

/** Takes a body that is already on the page (prerendered HTML in `lang`), so hydration needs no download. */
export function seedBody(id: string, html: string, lang: string = activeLanguage.value): void {
  const key = bodyKey(id, lang)
  if (questionIds.includes(id) && !bodies.has(key)) bodies.set(key, html)
}

/** A loaded body in `lang` (default: the active language), or undefined while it is not loaded. */
export function bodyOf(id: string, lang: string = activeLanguage.value): string | undefined {
  return bodies.get(bodyKey(id, lang))
}
