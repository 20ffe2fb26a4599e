// Renders public/favicon.svg to the PNG icons the manifest names (run by hand when the icon changes;
// the PNGs are committed). Uses Debian's Chromium through Playwright.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const svg = readFileSync('public/favicon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
const shots = [
  // [file, size, inner scale, full bleed]: the maskable icon keeps its mark inside the 80% safe zone on a
  // full bleed. The home-screen icon on iOS is full bleed too and opaque: iOS rounds the corners itself and
  // fills transparent pixels with black (the icon's own rounded corners would show as a dark rim).
  ['public/icon-192.png', 192, 1, false],
  ['public/icon-512.png', 512, 1, false],
  ['public/apple-touch-icon.png', 180, 1, true],
  ['public/icon-maskable-512.png', 512, 0.7, true],
]
for (const [file, size, scale, bleed] of shots) {
  const inner = Math.round(size * scale)
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${bleed ? '#0b57a4' : 'transparent'}">` +
      svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
      '</body>',
  )
  await page.screenshot({ path: file, omitBackground: !bleed })
}
await browser.close()
