import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { faqPlugin } from './build/faq-plugin.ts'
import { prerenderPlugin } from './build/prerender-plugin.ts'
import { appText } from './src/locales/ja/app.ts'

export const SSR_OUT_DIR = '.ssr'

/** The prerenderer never runs service worker code: give it an inert stand-in for the PWA module. */
function pwaStubForSsr(): Plugin {
  return {
    name: 'omu-pwa-ssr-stub',
    resolveId: (id) => (id === 'virtual:pwa-register/vue' ? '\0pwa-stub' : null),
    load: (id) =>
      id === '\0pwa-stub'
        ? "import { ref } from 'vue'\nexport function useRegisterSW() { return { offlineReady: ref(false), needRefresh: ref(false), updateServiceWorker: async () => {} } }"
        : null,
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    vue(),
    faqPlugin(),
    ...(isSsrBuild
      ? [pwaStubForSsr()]
      : [
          VitePWA({
            registerType: 'prompt',
            injectRegister: false,
            includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
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
            workbox: {
              // One app shell instead of every prerendered page: each page carries the CSS inline, and 30+ of
              // them would take most of the offline budget. Offline, the shell renders any route from the
              // precached JavaScript and content chunks.
              globPatterns: ['**/*.{js,svg,webmanifest}', 'shell.html', 'icon-192.png'],
              globIgnores: ['**/node_modules/**'],
              navigateFallback: '/shell.html',
              navigateFallbackDenylist: [/\/sw\.js$/, /\/workbox-[^/]+\.js$/],
              cleanupOutdatedCaches: true,
              dontCacheBustURLsMatching: /^assets\//,
            },
          }),
          prerenderPlugin({ serverEntry: `${SSR_OUT_DIR}/entry-server.js` }),
        ]),
  ],
  build: {
    cssCodeSplit: false,
    target: 'es2020',
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
  },
}))
