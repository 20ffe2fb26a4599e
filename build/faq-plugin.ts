/**
 * Vite plugin: compiles faq/ at build time and serves it to the app as virtual modules (their types:
 * src/virtual.d.ts).
 *  - virtual:faq              steps, question metadata (no bodies, keywords or messages), links
 *  - virtual:faq-bodies       every rendered body by question id, for the prerenderer and the tests (the
 *                             browser takes bodies from pages.json instead: src/content/bodies.ts)
 *  - virtual:search-index     the prebuilt search index (loaded lazily, precached)
 *  - virtual:faq-messages     each question's on-screen messages (text, where), for the inquiry page only
 *  - virtual:screen-messages  the catalogue texts the checkers quote (src/content/screenMessageKeys.ts)
 *  - virtual:faq-walk         the companion's walk (walk.yaml): its steps, the same in every edition
 *  - virtual:faq-walk-text    each walk step's wording and cited facts (src/locales/ja/companion.ts only)
 * The English edition (faq/en/), in the same shapes, for the English pages to import when they exist:
 *  - virtual:faq/en           steps, question metadata (with sourceChecked), links, in English
 *  - virtual:faq-bodies/en    every rendered English body (links point under /en)
 *  - virtual:faq-messages/en  each question's on-screen messages (Japanese text, where, English gloss)
 *  - virtual:search-index/en  the English search index (English word forms, faq/en/synonyms.yaml and
 *                             readings.yaml), for src/search/loadIndexEn.ts, the English search chunk
 *  - virtual:faq-walk-text/en  each walk step's English wording and facts (src/locales/en/companion.ts only)
 *  - virtual:screen-messages/en  the English gloss of each message the checkers quote, by its Japanese
 *                             text (src/content/editions/en/screenGlosses.ts, for the English wording)
 * The English edition is compiled (both editions, checked against each other) only when one of its modules
 * is loaded (the app's src/content/editions/en/ does, in the English chunk); the Japanese modules are the same
 * either way.
 * A content problem stops the build with the file name and the reason.
 *
 * The compiler knows no language: the wording it puts into pages (the external-link notes) comes from here,
 * from each language's wording (src/locales/<lang>/content.ts, through src/locales/linkNotes.ts).
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { APP_SCREEN_MESSAGES } from '../src/content/screenMessageKeys.ts'
import { defaultLanguage } from '../src/locales/index.ts'
import { linkNotes } from '../src/locales/linkNotes.ts'
import { compileEditions, compileFaq, FaqError, TRANSLATION_DIR, type CompiledEditions, type CompiledFaq, type CompiledTranslation, type CompileOptions, type EditionOptions } from './faq/compile.ts'
import { buildEnglishSearchPayload, buildSearchPayload, loadReadings } from './faq/search.ts'

/** What this app tells the compiler: its link-note wording and the messages its checkers quote. */
export const APP_COMPILE_OPTIONS: CompileOptions = {
  linkNotes: linkNotes(defaultLanguage),
  requiredMessages: APP_SCREEN_MESSAGES,
}

/** What this app tells the compiler for each edition: the English one is served under /en. */
export const APP_EDITION_OPTIONS: EditionOptions = {
  ja: APP_COMPILE_OPTIONS,
  en: { linkNotes: linkNotes('en'), pathPrefix: `/${TRANSLATION_DIR}` },
}

/** This repository's faq/ (a function: a test environment with a browser's URL, happy-dom, names its own folder). */
const faqDir = (): string => fileURLToPath(new URL('../faq', import.meta.url))

/** Compiles a faq/ folder (default: this repository's) as the app's build does; for tests and scripts. */
export function compileAppFaq(dir = faqDir()): CompiledFaq {
  return compileFaq(dir, APP_COMPILE_OPTIONS)
}

/** Compiles both editions of a faq/ folder (default: this repository's) as the app's build does: { ja, en }. */
export function compileAppEditions(dir = faqDir()): CompiledEditions {
  return compileEditions(dir, APP_EDITION_OPTIONS)
}

const FAQ = 'virtual:faq'
const IDS_MODULE = 'virtual:faq-ids'
const BODIES = 'virtual:faq-bodies'
const INDEX = 'virtual:search-index'
const MESSAGES = 'virtual:faq-messages'
const SCREEN = 'virtual:screen-messages'
const EN_FAQ = `${FAQ}/en`
const EN_BODIES = `${BODIES}/en`
const EN_MESSAGES = `${MESSAGES}/en`
const EN_INDEX = `${INDEX}/en`
const EN_SCREEN = `${SCREEN}/en`
const WALK = 'virtual:faq-walk'
const WALK_TEXT = 'virtual:faq-walk-text'
const EN_WALK_TEXT = `${WALK_TEXT}/en`
const EN_IDS = [EN_FAQ, EN_BODIES, EN_MESSAGES, EN_INDEX, EN_SCREEN, EN_WALK_TEXT]
const IDS = [FAQ, IDS_MODULE, INDEX, BODIES, MESSAGES, SCREEN, WALK, WALK_TEXT, ...EN_IDS]

/** virtual:faq's exports: keywords and messages stay out of the first-view bundle (only the search index needs them). */
function faqModule(faq: CompiledFaq): string {
  const questions = faq.questions.map(({ keywords: _k, messages: _m, facts: _f, ...q }) => q)
  return [
    `export const steps = ${JSON.stringify(faq.steps)}`,
    `export const questions = ${JSON.stringify(questions)}`,
    `export const links = ${JSON.stringify(faq.links)}`,
  ].join('\n')
}

/**
 * virtual:faq-ids: the ids of the steps and questions, in order; the same in every edition (the compiler
 * checks it), so the first view knows every route before any edition has loaded.
 */
function idsModule(faq: CompiledFaq): string {
  return [`export const stepIds = ${JSON.stringify(faq.steps.map((s) => s.id))}`, `export const questionIds = ${JSON.stringify(faq.questions.map((q) => q.id))}`].join('\n')
}

/** virtual:faq-messages: each question's on-screen messages (text, where and, in a translation, gloss), without anchors. */
function messagesModule(faq: CompiledFaq): string {
  const byQuestion = Object.fromEntries(
    faq.questions
      .filter((q) => q.messages.length > 0)
      .map((q) => [q.id, q.messages.map(({ anchor: _a, ...m }) => m)]),
  )
  return `export default ${JSON.stringify(byQuestion)}`
}

export interface FaqPluginOptions {
  /** folder holding the content; default: <root>/faq */
  dir?: string
}

/** The FAQ compiler as a Vite plugin. */
export function faqPlugin(options: FaqPluginOptions = {}): Plugin {
  let dir = ''
  let cache: CompiledFaq | null = null
  let editions: CompiledEditions | null = null

  const compile = (): CompiledFaq => {
    cache ??= compileFaq(dir, APP_COMPILE_OPTIONS)
    return cache
  }
  // Both editions, only when an English module is asked for.
  const compileBoth = (): CompiledEditions => {
    editions ??= compileEditions(dir, APP_EDITION_OPTIONS)
    return editions
  }

  return {
    name: 'omu-faq',
    enforce: 'pre',
    configResolved(config) {
      dir = options.dir ?? resolve(config.root, 'faq')
    },
    buildStart() {
      cache = null
      editions = null
      try {
        compile()
      } catch (e) {
        if (e instanceof FaqError) this.error(`FAQ content error in ${e.message}`)
        throw e
      }
      this.addWatchFile(dir)
    },
    configureServer(server) {
      server.watcher.add(dir)
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(dir)) return
        cache = null
        editions = null
        for (const id of IDS) {
          const mod = server.moduleGraph.getModuleById(`\0${id}`)
          if (mod) server.moduleGraph.invalidateModule(mod)
        }
        server.ws.send({ type: 'full-reload' })
      })
    },
    resolveId(id) {
      if (IDS.includes(id)) return `\0${id}`
      return null
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return null
      const key = id.slice(1)
      if (EN_IDS.includes(key)) {
        let en: CompiledTranslation
        let index = ''
        try {
          en = compileBoth().en
          // as virtual:search-index: a JSON string for JSON.parse
          if (key === EN_INDEX) index = JSON.stringify(buildEnglishSearchPayload(en, loadReadings(dir, `${TRANSLATION_DIR}/readings.yaml`)))
        } catch (e) {
          if (e instanceof FaqError) this.error(`FAQ content error in ${e.message}`)
          throw e
        }
        if (key === EN_INDEX) return `export default JSON.parse(${JSON.stringify(index)})`
        if (key === EN_FAQ) return faqModule(en)
        if (key === EN_WALK_TEXT) return `export default ${JSON.stringify(en.walk.text)}`
        if (key === EN_BODIES) return `export default ${JSON.stringify(en.bodies)}`
        if (key === EN_SCREEN) {
          const glosses = Object.fromEntries(APP_SCREEN_MESSAGES.map((k) => [en.screenMessages[k]?.text, en.screenMessages[k]?.gloss]))
          return `export default ${JSON.stringify(glosses)}`
        }
        return messagesModule(en)
      }
      const faq = compile()
      if (key === FAQ) return faqModule(faq)
      if (key === IDS_MODULE) return idsModule(faq)
      if (key === INDEX) {
        // A JSON string for JSON.parse, not an object literal: V8 parses JSON far faster than it
        // evaluates an equal literal, and this is on the path from the first keystroke to results.
        const json = JSON.stringify(buildSearchPayload(faq, loadReadings(dir)))
        return `export default JSON.parse(${JSON.stringify(json)})`
      }
      if (key === MESSAGES) return messagesModule(faq)
      if (key === WALK) return `export default ${JSON.stringify(faq.walk.steps)}`
      if (key === WALK_TEXT) return `export default ${JSON.stringify(faq.walk.text)}`
      if (key === SCREEN) {
        const texts = Object.fromEntries(APP_SCREEN_MESSAGES.map((k) => [k, faq.screenMessages[k]?.text]))
        return `export default ${JSON.stringify(texts)}`
      }
      if (key === BODIES) {
        return `export default ${JSON.stringify(faq.bodies)}`
      }
      return null
    },
  }
}
