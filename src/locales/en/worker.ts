/**
 * Wording of the page the service worker shows by itself (English): when a page cannot be had, neither
 * from the offline copy (damaged or deleted by the browser) nor from the network. Plain text; the worker
 * escapes it and builds the page (src/lib/fallbackPage.ts).
 */
import type { WorkerText } from '..'

export const workerText = {
  title: 'The page could not be opened',
  what: 'The offline data saved on this device could not be read, and there is no internet connection.',
  why: 'The browser may delete saved data, for example when the device is low on storage space.',
  next: 'Open this page again where you have a connection. The data will be saved again, and the app will work without a connection again.',
  retry: 'Open again',
  official: 'The procedure screens themselves do not work offline.',
} as const satisfies WorkerText
