/**
 * What a journey does with a browser, whatever drives it: Playwright (Chromium, tests/journeys/playwright.ts)
 * or WebdriverIO over WebDriver (WebKitGTK, tests/journeys/webdriver.ts). Only what both protocols can do the
 * same way: navigate, click and type like a user, and run a function in the page (its result, awaited, comes
 * back as JSON). Waiting is the journeys' own (`until`), so both engines wait the same way.
 */
export type Key = 'Enter' | 'ArrowDown' | 'Tab' | 'Escape'

export interface Driver {
  readonly engine: 'chromium' | 'webkit'
  /** a full navigation to an absolute URL; resolves once the page has loaded */
  goto(url: string): Promise<void>
  /** reloads the page; resolves once it has loaded */
  reload(): Promise<void>
  url(): Promise<string>
  /** runs `fn` in the page (self-contained: it is sent as source) and returns its awaited, JSON-able result */
  run<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>
  /** clicks the first element matching a CSS selector, once it is visible and enabled */
  click(selector: string): Promise<void>
  /** empties the field and types `text` into it, one key after another */
  type(selector: string, text: string): Promise<void>
  /** presses a key in the focused element */
  press(key: Key): Promise<void>
  /**
   * The URLs of another origin than `origin` the browser asked since the driver was made, the service
   * worker's requests included: Playwright sees them all; on WebKit every request goes through a recording
   * proxy (tests/webkit/proxy.ts).
   */
  foreign(origin: string): Promise<string[]>
}

/** Waits until `fn`, run in the page, returns something truthy, and returns it; fails saying `what`. */
export async function until<R, A = null>(
  d: Driver,
  what: string,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
  timeout = 15_000,
): Promise<NonNullable<Awaited<R>>> {
  const end = Date.now() + timeout
  let last: unknown
  for (;;) {
    try {
      const value = await d.run(fn, arg)
      if (value) return value as NonNullable<Awaited<R>>
      last = value
    } catch (e) {
      // a navigation under way, or a page not ready yet: try again
      last = e
    }
    if (Date.now() > end) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last)
      throw new Error(`${d.engine}: timed out after ${timeout} ms waiting until ${what} (last: ${detail})`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}
