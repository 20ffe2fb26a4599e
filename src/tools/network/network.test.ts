import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeConnection, type ConnectionInfo, type ConnectionKind } from './network'

describe('describeConnection', () => {
  const table: [string, ConnectionInfo | undefined, boolean, ConnectionKind][] = [
    ['no API (iPhone Safari, Firefox)', undefined, true, 'unknown'],
    ['no API and offline', undefined, false, 'offline'],
    ['Android Chrome on Wi-Fi', { type: 'wifi', effectiveType: '4g' }, true, 'wifi'],
    ['Android Chrome on mobile data', { type: 'cellular', effectiveType: '4g' }, true, 'cellular'],
    ['slow mobile data', { type: 'cellular', effectiveType: 'slow-2g' }, true, 'cellular'],
    ['wired (ChromeOS)', { type: 'ethernet' }, true, 'wired'],
    ['type none', { type: 'none' }, true, 'offline'],
    ['onLine false wins over a stale wifi type', { type: 'wifi' }, false, 'offline'],
    ['desktop Chrome: speed only, no type', { effectiveType: '4g' }, true, 'unknown'],
    ['type unknown', { type: 'unknown' }, true, 'unknown'],
    ['type other', { type: 'other' }, true, 'unknown'],
    ['type mixed', { type: 'mixed' }, true, 'unknown'],
    ['type bluetooth', { type: 'bluetooth' }, true, 'unknown'],
    ['type wimax', { type: 'wimax' }, true, 'unknown'],
    ['upper case from an odd browser', { type: 'WiFi' }, true, 'wifi'],
    ['empty object', {}, true, 'unknown'],
  ]
  it.each(table)('%s', (_name, connection, online, expected) => {
    expect(describeConnection(connection, online)).toBe(expected)
  })

  it('defaults to online when onLine is not given', () => {
    expect(describeConnection({ type: 'wifi' })).toBe('wifi')
  })

  it('never throws, whatever a browser puts in type', () => {
    const kinds: ConnectionKind[] = ['wifi', 'cellular', 'wired', 'offline', 'unknown']
    fc.assert(
      fc.property(fc.option(fc.record({ type: fc.option(fc.anything()), effectiveType: fc.option(fc.string()) })), fc.boolean(), (c, online) => {
        const kind = describeConnection((c ?? undefined) as ConnectionInfo | undefined, online)
        expect(kinds).toContain(kind)
        if (!online) expect(kind).toBe('offline')
      }),
    )
  })
})
