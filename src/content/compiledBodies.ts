/**
 * Answer bodies as the build compiled them, for the prerenderer and the tests: the default edition's
 * (virtual:faq-bodies) and every other edition's (src/content/editions/<lang>/bodies.ts).
 */
import bodies from 'virtual:faq-bodies'
import { defaultLanguage } from '@/locales'
import type { BodySource } from './bodies'

const editionBodies = import.meta.glob<Record<string, string>>('./editions/*/bodies.ts', { eager: true, import: 'default' })

export const compiledBodies: BodySource = {
  loadAll(lang) {
    const all = lang === defaultLanguage ? bodies : editionBodies[`./editions/${lang}/bodies.ts`]
    return all ? Promise.resolve({ ...all }) : Promise.reject(new Error(`no compiled bodies for the edition ${lang}`))
  },
}
