// Production build: the prerender entry for Node first, then the browser build, which prerenders every
// route from it and generates the service worker over the final files.
import { rmSync } from 'node:fs'
import { build } from 'vite'
import { precompress } from './precompress.mjs'


const SSR_OUT_DIR = '.ssr'
rmSync(SSR_OUT_DIR, { recursive: true, force: true })
await build({
  mode: 'production',
  logLevel: 'warn',
  // One file: the prerenderer imports it afresh for every build (build/prerender-plugin.ts, with a query),
  // and a lazy chunk importing it back by its plain name would be a second copy of the app, with its own
  // language and FAQ state.
  build: {
    ssr: 'src/entry-server.ts',
    outDir: SSR_OUT_DIR,
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
})
await build({ mode: 'production' })
// Brotli copies of the hashed files, for the servers to send as they are (build/precompress.mjs).
precompress('dist')
