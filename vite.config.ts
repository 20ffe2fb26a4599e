import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { faqPlugin } from './build/faq-plugin.ts'
import { prerenderPlugin } from './build/prerender-plugin.ts'
import { APP_GROUPS, FIRST_VIEW, LATE, WORKER_FOLLOWER, chunkGroups, localeChunk, localeGroups } from './build/chunk-groups.ts'
import { compileHints } from './build/compile-hints.ts'
import { ownCopies } from './build/own-copies.ts'
import { ENGLISH_SEARCH_CHUNK, precacheOrder, unplacedFiles, withIntegrity } from './build/precache-manifest.ts'
import { defaultLanguage, languages } from './src/locales/index.ts'
import { manifests } from './src/locales/manifests.ts'

export const SSR_OUT_DIR = '.ssr'

// The default language's manifest; the prerenderer writes one per other language beside it (same id: one app).
const manifestLanguage = languages[defaultLanguage]!
const manifestText = manifests[defaultLanguage]!

// Lazy code travels in few chunks (see build/chunk-groups.ts, APP_GROUPS): the worker's follower is
// preloaded with the entry; the page shell's lazy parts load right after the first view; the tools load on demand.
// Each language is a chunk of its own (its FAQ edition and, but for the default language, whose wording is
// bundled, its wording); only the shipped languages' are precached (a folder not yet listed in
// src/locales/index.ts is built but never loaded).
const localeFolders = readdirSync(fileURLToPath(new URL('./src/locales', import.meta.url)), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const allGroups = [...APP_GROUPS, ...localeGroups(localeFolders)]
const groups = chunkGroups(allGroups)

// The build's output folder, for the precache list's checksums (the folder can be changed on the command line).
const outDir = { current: fileURLToPath(new URL('./dist', import.meta.url)) }
const outDirPlugin: Plugin = {
  name: 'omu:out-dir',
  configResolved(config) {
    outDir.current = resolve(config.root, config.build.outDir)
  },
}

export default defineConfig(({ isSsrBuild }) => ({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Every component uses <script setup> or setup(): Vue's Options API support (1.6 KB gzip of the first
  // view) is left out. A component written with data()/methods would render nothing.
  define: { __VUE_OPTIONS_API__: 'false' },
  plugins: [
    outDirPlugin,
    vue(),
    faqPlugin(),
    // The English search chunk keeps its own copy of the engine: the Japanese one stays one file (build/own-copies.ts).
    ownCopies(new RegExp(`/src/search/${ENGLISH_SEARCH_CHUNK}\\.ts$`)),
    groups.plugin,
    ...(isSsrBuild
      ? []
      : [
          VitePWA({
            registerType: 'prompt',
            injectRegister: false,
            strategies: 'injectManifest',
            srcDir: 'src',
            filename: 'sw.ts',
            // The icons are for installing; the browser fetches them itself. Nothing else needs them offline.
            includeAssets: [],
            includeManifestIcons: false,
            manifest: {
              name: manifestText.name,
              short_name: manifestText.shortName,
              description: manifestText.description,
              lang: manifestLanguage.htmlLang,
              dir: manifestLanguage.dir,
              start_url: manifestLanguage.startUrl,
              scope: '/',
              id: '/',
              display: 'standalone',
              background_color: '#ffffff',
              theme_color: '#0b57a4',
              icons: [
                { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
                { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
                { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
              ],
            },
            injectManifest: {
              // The offline pages file instead of every prerendered page (see build/prerender-plugin.ts), and the
              // whole stylesheet (pages inline only their first paint's rules). The plugin adds the web app
              // manifest to the list; src/sw.ts skips it.
              globPatterns: ['**/*.js', 'assets/pages*.json', 'assets/*.css'],
              // A language not yet shipped: its wording and its search chunk are built but not precached.
              globIgnores: [
                'sw.js',
                ...localeFolders.filter((code) => !languages[code]).map((code) => `assets/${localeChunk(code)}-*.js`),
                ...(languages.en ? [] : [`assets/${ENGLISH_SEARCH_CHUNK}-*.js`]),
              ],
              // The worker requests the files in this order, and Chromium lets an installing worker have
              // only 3 requests out at a time: what the page has not asked for comes first; what it is
              // already loading (the first view, the pages file it prefetches) comes from its HTTP cache
              // at the end instead of holding a slot while it waits.
              // Each entry also carries its file's SHA-256 and size, which the worker checks every download against.
              // A file the order names but the list lacks (a chunk renamed) stops the build rather than moving silently.
              manifestTransforms: [
                async (entries) => {
                  const unplaced = unplacedFiles(entries)
                  if (unplaced.length > 0) throw new Error(`precache order: no file for ${unplaced.join(', ')} (see build/precache-manifest.ts)`)
                  return { manifest: precacheOrder(withIntegrity(entries, outDir.current)) }
                },
              ],
            },
          }),
          prerenderPlugin({ serverEntry: `${SSR_OUT_DIR}/entry-server.js`, worker: '/sw.js' }),
          // What runs at once after load: the first view, the page shell's lazy parts, workbox-window.
          compileHints([FIRST_VIEW, LATE, WORKER_FOLLOWER]),
        ]),
  ],
  build: {
    // Few, larger lazy chunks: on a 2-second-latency line the service worker's install time grows with
    // the number of files far more than with their size (see build/chunk-groups.ts).
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            codeSplitting: {
              // Only the matched modules themselves: shared code (Vue, the content) stays where it is.
              includeDependenciesRecursively: false,
              groups: [FIRST_VIEW, ...allGroups.map((g) => g.name)].map((name) => ({ name, test: groups.test(name) })),
            },
          },
        },
    cssCodeSplit: false,
    target: 'es2020',
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
    // Answer bodies come from the compiled content, as in the prerenderer (the browser reads pages.json).
    setupFiles: ['tests/setup/bodies.ts'],
    // Property tests run thousands of cases; a busy CI machine must not turn them into timeouts.
    testTimeout: 30_000,
  },
}))
