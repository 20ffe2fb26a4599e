/**
 * What the browser can say about the current connection, for the "is the one-time password screen not
 * showing?" check. The source FAQ: on the campus network (OMUNET-1X など) the one-time password screen does
 * not appear. A browser can never tell *which* Wi-Fi it is on, only (sometimes) that it is on Wi-Fi.
 *
 * Pure: the caller passes in the values of `navigator.connection` and `navigator.onLine`.
 */

/**
 * wifi / cellular / wired: the Network Information API said so (Chrome on Android, ChromeOS);
 * offline: no connection at all; unknown: the browser does not say (iPhone Safari, Firefox, desktop Chrome).
 */
export type ConnectionKind = 'wifi' | 'cellular' | 'wired' | 'offline' | 'unknown'

/** The fields of the Network Information API's NetworkInformation that matter here. */
export interface ConnectionInfo {
  /** 'wifi', 'cellular', 'ethernet', 'none', 'bluetooth', 'wimax', 'mixed', 'other', 'unknown' (Chrome on Android) */
  type?: string
  /** '4g', '3g', '2g', 'slow-2g': a speed estimate only; it never tells Wi-Fi from mobile data */
  effectiveType?: string
}

/** Classifies the connection; `connection` is undefined where the browser has no Network Information API. */
export function describeConnection(connection: ConnectionInfo | undefined, online = true): ConnectionKind {
  // onLine false is reliable (no network at all); true only means "some network", so check type next.
  if (!online) return 'offline'
  // effectiveType is deliberately ignored: desktop Chrome reports '4g' on any fast line, Wi-Fi or not.
  switch (typeof connection?.type === 'string' ? connection.type.toLowerCase() : undefined) {
    case 'wifi':
      return 'wifi'
    case 'cellular':
      return 'cellular'
    case 'ethernet':
      return 'wired'
    case 'none':
      return 'offline'
    default:
      return 'unknown'
  }
}
