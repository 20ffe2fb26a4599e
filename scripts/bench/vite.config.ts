// Builds the benchmark harness (never shipped) with the same FAQ plugin as the app.
import { defineConfig } from 'vite'
import { faqPlugin } from '../../build/faq-plugin.ts'

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  resolve: { alias: { '@': new URL('../../src', import.meta.url).pathname } },
  plugins: [faqPlugin({ dir: new URL('../../faq', import.meta.url).pathname })],
  logLevel: 'warn',
  build: {
    outDir: new URL('../../.bench', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2020',
  },
})
