/**
 * Vite plugin: compiles faq/ at build time and serves it to the app as virtual modules (their types:
 * src/virtual.d.ts).
 *  - virtual:faq              steps, question metadata (no bodies, keywords or messages), links
 *  - virtual:faq-bodies       every rendered body by question id, for the prerenderer and the tests (the
 *                             browser takes bodies from pages.json instead: src/content/bodies.ts)
 *  - virtual:search-index     the prebuilt search index (loaded lazily, precached)
 *  - virtual:faq-messages     each question's on-screen messages (text, where), for the inquiry page only
 *  - virtual:screen-messages  the catalogue texts the checkers quote (src/content/screenMessageKeys.ts)
 * A content problem stops the build with the file name and the reason.
 *
 * The compiler knows no language: the wording it puts into pages (the external-link notes) comes from here.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { APP_SCREEN_MESSAGES } from '../src/content/screenMessageKeys.ts'
import { defaultLanguage, linkNotes } from '../src/locales/index.ts'
import { compileFaq, FaqError, type CompiledFaq, type CompileOptions } from './faq/compile.ts'
import { buildSearchPayload, loadReadings } from './faq/search.ts'

/** What this app tells the compiler: its link-note wording and the messages its checkers quote. */
export const APP_COMPILE_OPTIONS: CompileOptions = {
  linkNotes: linkNotes(defaultLanguage),
  requiredMessages: APP_SCREEN_MESSAGES,
}

/** Compiles a faq/ folder (default: this repository's) as the app's build does; for tests and scripts. */
export function compileAppFaq(dir = fileURLToPath(new URL('../faq', import.meta.url))): CompiledFaq {
  return compileFaq(dir, APP_COMPILE_OPTIONS)
}

const FAQ = 'virtual:faq'
const BODIES = 'virtual:faq-bodies'
const INDEX = 'virtual:search-index'
const MESSAGES = 'virtual:faq-messages'
const SCREEN = 'virtual:screen-messages'
const IDS = [FAQ, INDEX, BODIES, MESSAGES, SCREEN]

export interface FaqPluginOptions {
  /** folder holding the content; default: <root>/faq */
  dir?: string
}

/** The FAQ compiler as a Vite plugin. */
export function faqPlugin(options: FaqPluginOptions = {}): Plugin {
  let dir = ''
  let cache: CompiledFaq | null = null

  const compile = (): CompiledFaq => {
    cache ??= compileFaq(dir, APP_COMPILE_OPTIONS)
    return cache
  }

  return {
    name: 'omu-faq',
    enforce: 'pre',
    configResolved(config) {
      dir = options.dir ?? resolve(config.root, 'faq')
    },
    buildStart() {
      cache = null
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
      const faq = compile()
      const key = id.slice(1)
      if (key === FAQ) {
        // Keywords and messages stay out of the first-view bundle: only the search index needs them.
        const questions = faq.questions.map(({ keywords: _k, messages: _m, ...q }) => q)
        return [
          `export const steps = ${JSON.stringify(faq.steps)}`,
          `export const questions = ${JSON.stringify(questions)}`,
          `export const links = ${JSON.stringify(faq.links)}`,
        ].join('\n')
      }
      if (key === INDEX) {
        // A JSON string for JSON.parse, not an object literal: V8 parses JSON far faster than it
        // evaluates an equal literal, and this is on the path from the first keystroke to results.
        const json = JSON.stringify(buildSearchPayload(faq, loadReadings(dir)))
        return `export default JSON.parse(${JSON.stringify(json)})`
      }
      if (key === MESSAGES) {
        const byQuestion = Object.fromEntries(
          faq.questions
            .filter((q) => q.messages.length > 0)
            .map((q) => [q.id, q.messages.map(({ text, where }) => (where ? { text, where } : { text }))]),
        )
        return `export default ${JSON.stringify(byQuestion)}`
      }
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
