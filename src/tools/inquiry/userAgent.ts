/**
 * Turns a browser's user-agent string into the device and browser a person would name (「iPhone / Safari」),
 * for the help desk inquiry. It is a hint the user can edit, not a fingerprint: only the OS family and the
 * browser are kept, never versions or models.
 *
 * Pure: the caller passes in navigator.userAgent (and navigator.maxTouchPoints, see below).
 */

export type OsId = 'iphone' | 'ipad' | 'android' | 'windows' | 'mac' | 'chromeos' | 'linux'
export type BrowserId = 'safari' | 'chrome' | 'edge' | 'firefox' | 'samsung' | 'opera' | 'line' | 'instagram' | 'google-app'

export interface DeviceGuess {
  os?: OsId
  browser?: BrowserId
}

/** Words for each id (the locale supplies them). */
export interface DeviceNames {
  os: Record<OsId, string>
  browser: Record<BrowserId, string>
}

// Order matters: an Android UA also says "Linux", an iPad in desktop mode says "Macintosh".
const OS_RULES: [RegExp, OsId][] = [
  [/iPhone|iPod/, 'iphone'],
  [/iPad/, 'ipad'],
  [/Android/, 'android'],
  [/CrOS/, 'chromeos'],
  [/Windows/, 'windows'],
  [/Macintosh|Mac OS X/, 'mac'],
  [/Linux/, 'linux'],
]

// Order matters: in-app browsers and Chromium-based browsers also carry "Safari/" and "Chrome/".
const BROWSER_RULES: [RegExp, BrowserId][] = [
  [/\bLine\//, 'line'],
  [/Instagram/, 'instagram'],
  [/\bGSA\//, 'google-app'],
  [/EdgiOS|EdgA\/|Edg\//, 'edge'],
  [/SamsungBrowser/, 'samsung'],
  [/OPR\/|OPiOS|Opera/, 'opera'],
  [/FxiOS|Firefox\//, 'firefox'],
  [/CriOS|Chrome\//, 'chrome'],
  [/Version\/[\d.]+.*Safari\//, 'safari'],
]

/**
 * Guesses the OS family and browser. iPadOS 13+ Safari reports itself as a Mac; a Mac has no touch
 * screen, so `maxTouchPoints` > 1 with a Mac UA means an iPad.
 */
export function detectDevice(userAgent: string, maxTouchPoints = 0): DeviceGuess {
  const ua = typeof userAgent === 'string' ? userAgent : ''
  let os = OS_RULES.find(([re]) => re.test(ua))?.[1]
  if (os === 'mac' && maxTouchPoints > 1) os = 'ipad'
  const browser = BROWSER_RULES.find(([re]) => re.test(ua))?.[1]
  const guess: DeviceGuess = {}
  if (os) guess.os = os
  if (browser) guess.browser = browser
  return guess
}

/** 「iPhone / Safari」, or just the part that is known, or '' when nothing is. */
export function deviceLabel(guess: DeviceGuess, names: DeviceNames): string {
  return [guess.os ? names.os[guess.os] : '', guess.browser ? names.browser[guess.browser] : ''].filter(Boolean).join(' / ')
}
