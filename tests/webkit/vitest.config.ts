/**
 * The WebKit project: the shared journeys on WebKitGTK through WebDriver (`npm run test:webkit`). Node only;
 * none of the app's Vite plugins (the journeys drive the production build in dist/).
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/webkit/**/*.test.ts'],
    environment: 'node',
    // One WebKitWebDriver, one session at a time.
    fileParallelism: false,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
})
