/**
 * WebKitGTK for the journeys: Debian's WebKitWebDriver (package webkit2gtk-driver) on a virtual display
 * (xvfb-run, package xvfb), driving MiniBrowser, WebKitGTK's own browser, in automation mode. Playwright
 * cannot drive this build; WebdriverIO speaks plain WebDriver to it.
 *
 * WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH and XVFB_RUN_PATH point elsewhere; WEBKIT_DRIVER_PORT chooses the
 * driver's port (by default the browser tests' port, derived from the checkout's path, plus 2).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { remote } from 'webdriverio'
import { e2ePort } from '../../playwright.config.ts'

export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'
export const webkitBrowserPath = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'
const xvfbRun = process.env.XVFB_RUN_PATH ?? '/usr/bin/xvfb-run'
export const webkitDriverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? e2ePort() + 2)

export interface WebKit {
  /** a new browser session: a fresh MiniBrowser window with its own website data; `proxy`: host:port of
   * the HTTP proxy every request goes through */
  session(proxy?: string): Promise<WebdriverIO.Browser>
  /** stops the driver, its browsers and the virtual display */
  stop(): Promise<void>
}

async function driverReady(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const end = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}):\n${log()}`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s:\n${log()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export async function startWebKit(port = webkitDriverPort): Promise<WebKit> {
  for (const [file, what] of [
    [webkitDriverPath, 'WebKitWebDriver (apt-get install -y webkit2gtk-driver; WEBKIT_DRIVER_PATH points elsewhere)'],
    [webkitBrowserPath, 'MiniBrowser (apt-get install -y webkit2gtk-driver; WEBKIT_BROWSER_PATH points elsewhere)'],
    [xvfbRun, 'xvfb-run (apt-get install -y xvfb; XVFB_RUN_PATH points elsewhere)'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} not found: ${what}`)
  }
  // A taken port is refused, never shared: a driver started elsewhere may belong to another checkout.
  const taken = await fetch(`http://127.0.0.1:${port}/status`).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`Port ${port} is already in use: stop what runs there, or set WEBKIT_DRIVER_PORT`)

  let output = ''
  // Its own process group, so that stopping it stops xvfb-run, Xvfb, the driver and its browsers together.
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', webkitDriverPath, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 5_000)
    await exited
    clearTimeout(timer)
  }
  // If this process ends before stop() (a failed hook, Ctrl+C, a CI timeout), the group goes with it: it is
  // detached, so no terminal signal reaches it.
  const killNow = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.once('exit', killNow)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killNow()
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1))
    })
  }
  try {
    await driverReady(port, child, () => output)
  } catch (e) {
    await stop()
    throw e
  }
  return {
    stop,
    session: (proxy) =>
      remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: (process.env.WDIO_LOG_LEVEL as 'warn' | undefined) ?? 'warn',
        connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitGTK's driver speaks WebDriver classic; WebdriverIO would try BiDi first.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: webkitBrowserPath, args: ['--automation'] },
          ...(proxy ? { proxy: { proxyType: 'manual', httpProxy: proxy, sslProxy: proxy } } : {}),
        } as WebdriverIO.Capabilities,
      }),
  }
}
