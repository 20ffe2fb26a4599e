/**
 * Wording of the service worker's own page, by language. Not a defineText accessor: the worker has no
 * active language (and no Vue); it picks the language of the path it answers.
 */
import { defaultLanguage } from '.'
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

/** The language of a path: its first segment when that names a language with wording, else the default. */
export function workerLangOf(path: string): string {
  const first = /^\/([^/?#]+)/.exec(path)?.[1]
  return first && first in byLanguage ? first : defaultLanguage
}
