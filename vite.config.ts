import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { faqPlugin } from './build/faq-plugin.ts'
import { prerenderPlugin } from './build/prerender-plugin.ts'
import { appText } from './src/locales/ja/app.ts'

export const SSR_OUT_DIR = '.ssr'

/**
 * Groups modules that are only ever loaded lazily into few chunks: the tools (checkers, timers, inquiry,
 * search page, their views and wording), what loads right after the first view, and workbox-window.
 * Anything the first view imports stays unassigned, so it remains in the entry chunk.
 */
function chunkGroup(id: string): string | undefined {
  // The search engine, MiniSearch and the index need no group: they are one lazy chunk of their own.
  if (
    id.includes('virtual:faq-messages') ||
    /\/src\/(views\/(Password|Email|SetupKey|Omuid|Inquiry|Timers|Search)View\.vue|locales\/ja\/searchPage\.ts|content\/messages\.ts|components\/(PasswordPractice|EmailField|FieldFindings|findingView|CharMarkers|FindingList|KeycheckFaqLinks|SetupKeyChecker|OmuidChecker|EmailCheckWidget|PasswordCheckLink|InquiryCard|NetworkCheck|CountdownTimer|TimerStarter)|lib\/(chars|password|email|emailDomains|setupKey|omuid|inquiry|userAgent|network|screenMessages|findings)\.ts|locales\/ja\/(checkers|practice|keycheck|inquiry|network)\.ts|composables\/(useCheckedInput|useClearOnLeave|usePoliteAnnouncer|useConnection)\.ts)/.test(id)
  ) {
    return 'tools'
  }
  if (/node_modules\/workbox-window\//.test(id)) {
    // Preloaded with the entry (see build/prerender-plugin.ts): registering the worker waits for nothing.
    return 'sw'
  }
  if (/\/src\/(components\/(TimerBanner|PwaStatus|SearchBox|HighlightText)\.vue|lib\/search\/highlight\.ts|composables\/useSearch\.ts|locales\/ja\/search\.ts|stores\/timers\.ts|lib\/countdown\.ts|locales\/ja\/timers\.ts|composables\/(useNow|timerStorage)\.ts)/.test(id)) {
    // Loaded just after the first view: the search box's code, the timer banner, the worker's notices.
    return 'late'
  }
  return undefined
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    vue(),
    faqPlugin(),
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
              name: `${appText.siteName}（大阪公立大学 利用開始手続き・${appText.unofficial}）`,
              short_name: appText.siteNameShort,
              description: appText.homeLead,
              lang: 'ja',
              dir: 'ltr',
              start_url: '/',
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
              // pages.json instead of every prerendered page (see build/prerender-plugin.ts). The plugin adds
              // the web app manifest to the list; src/sw.ts skips it.
              globPatterns: ['**/*.js', 'pages.json'],
              globIgnores: ['sw.js'],
            },
          }),
          prerenderPlugin({ serverEntry: `${SSR_OUT_DIR}/entry-server.js` }),
        ]),
  ],
  build: {
    // Few, larger lazy chunks: on a 2-second-latency line the service worker's install time grows with
    // the number of files far more than with their size (see chunkGroup).
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            codeSplitting: {
              // Only the matched modules themselves: shared code (Vue, the content) stays where it is.
              includeDependenciesRecursively: false,
              groups: [
                { name: 'sw', test: (id: string) => chunkGroup(id) === 'sw' },
                { name: 'tools', test: (id: string) => chunkGroup(id) === 'tools' },
                { name: 'late', test: (id: string) => chunkGroup(id) === 'late' },
              ],
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
    // Property tests run thousands of cases; a busy CI machine must not turn them into timeouts.
    testTimeout: 30_000,
  },
}))
