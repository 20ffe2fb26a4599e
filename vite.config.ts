import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { faqPlugin } from './build/faq-plugin.ts'
import { prerenderPlugin } from './build/prerender-plugin.ts'
import { appText } from './src/locales/ja/app.ts'

export const SSR_OUT_DIR = '.ssr'

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
              // The shell and pages.json instead of every prerendered page (see build/prerender-plugin.ts).
              globPatterns: ['**/*.{js,webmanifest}', 'shell.html', 'pages.json'],
              globIgnores: ['sw.js'],
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
