/**
 * Chromium compiles a script's functions lazily, each on the main thread the first time it is called. For
 * the first view that is nearly all of Vue's renderer and router plus the app's components, all called at
 * once while hydrating: at 4x CPU, compiling them made up most of hydration's long tasks. V8's explicit
 * compile hint (the magic comment below, Chrome 136+) has the whole file compiled eagerly instead, on the
 * background thread that streams the script in, before the main thread needs it. It only counts as the
 * file's very first line, so it is added after every other plugin has changed the code. Other browsers
 * read a comment.
 *
 * Only for chunks whose code mostly runs at once: eager compiling code that never runs costs memory.
 */
import type { Plugin } from 'vite'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** The chunk's code with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`
}

/** Vite plugin (client build): the hint on the chunks named (by their codeSplitting group name). */
export function compileHints(chunkNames: readonly string[]): Plugin {
  return {
    name: 'omu:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunkNames.includes(chunk.name)) chunk.code = withCompileHint(chunk.code)
        }
      },
    },
  }
}
