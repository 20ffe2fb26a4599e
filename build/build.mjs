// Production build: the prerender entry for Node first, then the browser build, which prerenders every
// route from it and generates the service worker over the final files.
import { rmSync } from 'node:fs'
import { build } from 'vite'


const SSR_OUT_DIR = '.ssr'
rmSync(SSR_OUT_DIR, { recursive: true, force: true })
await build({
  mode: 'production',
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.ts', outDir: SSR_OUT_DIR, emptyOutDir: true, minify: false },
})
await build({ mode: 'production' })
