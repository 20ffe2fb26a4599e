import { defineConfig } from '@playwright/test'

/**
 * The port of this checkout's test server: E2E_PORT, or one derived from the checkout's path, so that two
 * checkouts on one machine never share a server. A port that is already taken is refused, never reused:
 * a server started elsewhere may serve another build.
 */
export function e2ePort(dir: string = import.meta.dirname, env: string | undefined = process.env.E2E_PORT): number {
  if (env) return Number(env)
  let h = 0
  for (const c of dir) h = (h * 31 + c.charCodeAt(0)) >>> 0
  return 20_000 + (h % 20_000)
}
const PORT = e2ePort()
/** The same build behind the shipped nginx configuration (deploy/nginx.conf, see tests/e2e/nginx.mjs). */
const NGINX_PORT = PORT + 1

/** Chromium comes from Debian (`apt-get install -y chromium`); CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ja-JP',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: [/nginx\.spec\.ts$/] },
    // What depends on the server (headers, clean URLs, caching, the worker's install and updates), once more
    // behind nginx with the shipped configuration.
    {
      name: 'nginx',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${NGINX_PORT}` },
      testMatch: [/offline\.spec\.ts$/, /csp\.spec\.ts$/, /nginx\.spec\.ts$/],
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port=${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Debian's nginx (`apt-get install -y nginx`; NGINX_PATH points elsewhere), as a child of this run.
      command: `node tests/e2e/nginx.mjs --port=${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      // SIGTERM, so that it stops nginx and removes its temporary folder (the default is SIGKILL).
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
