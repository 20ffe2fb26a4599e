import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deviceNames } from '@/locales/inquiry'
import { detectDevice, deviceLabel } from './userAgent'

// Real user-agent strings of current browsers (versions do not matter, only the tokens).
const UA = {
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
  iphoneFirefox: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15',
  iphoneEdge: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/124.2478.71 Mobile/15E148 Safari/605.1.15',
  iphoneLine: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.6.0',
  iphoneGoogleApp: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/314.0.630404384 Mobile/15E148 Safari/604.1',
  iphoneInstagram: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 329.0.3.29.120',
  iphoneWebView: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  ipadOld: 'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  androidSamsung: 'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0',
  androidEdge: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 EdgA/124.0.2478.64',
  androidLine: 'Mozilla/5.0 (Linux; Android 13; SO-51C Build/64.1.C.0.286; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 Line/14.6.1/IAB',
  androidOpera: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 OPR/81.1.4292.78547',
  windowsEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
  windowsChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  windowsFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  chromebook: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
}

describe('detectDevice + deviceLabel: plain words for the help desk', () => {
  const table: [keyof typeof UA, number, string][] = [
    ['iphoneSafari', 5, 'iPhone / Safari'],
    ['iphoneChrome', 5, 'iPhone / Chrome'],
    ['iphoneFirefox', 5, 'iPhone / Firefox'],
    ['iphoneEdge', 5, 'iPhone / Edge'],
    ['iphoneLine', 5, 'iPhone / LINEアプリ内のブラウザ'],
    ['iphoneGoogleApp', 5, 'iPhone / Googleアプリ'],
    ['iphoneInstagram', 5, 'iPhone / Instagramアプリ内のブラウザ'],
    ['iphoneWebView', 5, 'iPhone'],
    ['ipadOld', 5, 'iPad / Safari'],
    // iPadOS 13+ says "Macintosh"; only the touch screen tells it from a Mac.
    ['macSafari', 5, 'iPad / Safari'],
    ['macSafari', 0, 'Mac / Safari'],
    ['macChrome', 0, 'Mac / Chrome'],
    ['androidChrome', 5, 'Android / Chrome'],
    ['androidSamsung', 5, 'Android / Samsung Internet'],
    ['androidFirefox', 5, 'Android / Firefox'],
    ['androidEdge', 5, 'Android / Edge'],
    ['androidLine', 5, 'Android / LINEアプリ内のブラウザ'],
    ['androidOpera', 5, 'Android / Opera'],
    ['windowsEdge', 0, 'Windows / Edge'],
    // A touch-screen Windows laptop stays Windows.
    ['windowsChrome', 10, 'Windows / Chrome'],
    ['windowsFirefox', 0, 'Windows / Firefox'],
    ['chromebook', 0, 'Chromebook / Chrome'],
    ['linuxFirefox', 0, 'Linux / Firefox'],
  ]
  it.each(table)('%s (touch points %i) → %s', (key, touch, expected) => {
    expect(deviceLabel(detectDevice(UA[key], touch), deviceNames)).toBe(expected)
  })

  it('returns nothing it cannot tell', () => {
    expect(detectDevice('')).toEqual({})
    expect(deviceLabel(detectDevice(''), deviceNames)).toBe('')
    expect(deviceLabel(detectDevice('curl/8.5.0'), deviceNames)).toBe('')
    expect(detectDevice(undefined as unknown as string)).toEqual({})
  })

  it('gives only the OS family and browser, never a version or model', () => {
    for (const ua of Object.values(UA)) {
      const label = deviceLabel(detectDevice(ua, 5), deviceNames)
      expect(label).not.toMatch(/\d/)
    }
  })

  it('never throws and always gives a label made of known words', () => {
    const words = new Set([...Object.values(deviceNames.os), ...Object.values(deviceNames.browser)])
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 20 }), (ua, touch) => {
        const label = deviceLabel(detectDevice(ua, touch), deviceNames)
        for (const part of label ? label.split(' / ') : []) expect(words.has(part)).toBe(true)
      }),
    )
  })
})
