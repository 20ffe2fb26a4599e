/**
 * Vite plugin: compiles faq/ at build time and serves it to the app as virtual modules.
 *  - virtual:faq            steps, question metadata (no bodies), links, and a loader for the bodies
 *  - virtual:faq-bodies     every rendered body, in one chunk: loaded on the first in-app move to a
 *                           question (a prerendered page brings its own body in its HTML) and precached;
 *                           one file instead of 25 matters when each request costs 2 s
 *  - virtual:search-index   the prebuilt search index (loaded lazily, precached)
 *  - virtual:faq-messages   each question's on-screen messages (text, where), for the inquiry page only
 * A content problem stops the build with the file name and the reason.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { compileFaq, FaqError, type CompiledFaq } from './faq/compile.ts'
import { buildSearchPayload, loadReadings } from './faq/search.ts'

const FAQ = 'virtual:faq'
const BODIES = 'virtual:faq-bodies'
const INDEX = 'virtual:search-index'
const MESSAGES = 'virtual:faq-messages'

export interface FaqPluginOptions {
  /** folder holding the content; default: <root>/faq */
  dir?: string
}

/** The FAQ compiler as a Vite plugin. */
export function faqPlugin(options: FaqPluginOptions = {}): Plugin {
  let dir = ''
  let cache: CompiledFaq | null = null

  const compile = (): CompiledFaq => {
    cache ??= compileFaq(dir)
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
        for (const id of [FAQ, INDEX, BODIES, MESSAGES]) {
          const mod = server.moduleGraph.getModuleById(`\0${id}`)
          if (mod) server.moduleGraph.invalidateModule(mod)
        }
        server.ws.send({ type: 'full-reload' })
      })
    },
    resolveId(id) {
      if (id === FAQ || id === INDEX || id === BODIES || id === MESSAGES) return `\0${id}`
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
          `export const loadBodies = () => import(${JSON.stringify(BODIES)})`,
        ].join('\n')
      }
      if (key === INDEX) {
        return `export default ${JSON.stringify(buildSearchPayload(faq, loadReadings(dir)))}`
      }
      if (key === MESSAGES) {
        const byQuestion = Object.fromEntries(
          faq.questions
            .filter((q) => q.messages.length > 0)
            .map((q) => [q.id, q.messages.map(({ text, where }) => (where ? { text, where } : { text }))]),
        )
        return `export default ${JSON.stringify(byQuestion)}`
      }
      if (key === BODIES) {
        return `export default ${JSON.stringify(faq.bodies)}`
      }
      return null
    },
  }
}
