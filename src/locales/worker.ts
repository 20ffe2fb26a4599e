/**
 * Wording of the service worker's own page, by language. Not a defineText accessor: the worker has no
 * active language (and no Vue); it picks the language of the path it answers.
 */
import { defaultLanguage, languageOfPath } from '.'
import type { WorkerText } from '.'

const byLanguage = Object.fromEntries(
  Object.entries(import.meta.glob<WorkerText>('./*/worker.ts', { eager: true, import: 'workerText' })).map(([file, text]) => [
    /\.\/([^/]+)\//.exec(file)?.[1] ?? '',
    text,
  ]),
)

/** The worker's wording in `lang`, or in the default language when `lang` has none. */
export function workerTextFor(lang: string): WorkerText {
  return byLanguage[lang] ?? (byLanguage[defaultLanguage] as WorkerText)
}

const worded = Object.keys(byLanguage)

/** The language of a path (the rule of src/i18n's langOfPath), among the languages with wording here. */
export function workerLangOf(path: string): string {
  return languageOfPath(path, worded)
}
