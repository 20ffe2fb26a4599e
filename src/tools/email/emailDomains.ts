/**
 * Mail domains the recovery-email checker knows, as data. Only listed domains are ever suggested
 * ("did you mean …?"); a listed domain itself is never "corrected". Unlike the popular suggesters'
 * default lists, this one is Japan-aware: carrier domains under ne.jp, and ne.jp / or.jp / ac.jp /
 * co.jp / jp treated as public suffixes (src/lib/SOURCES.md "Email facts").
 */

/** Mobile carriers whose spam filters need omu.ac.jp allowed (src/lib/SOURCES.md "Email facts"). */
export type Carrier = 'docomo' | 'au' | 'softbank' | 'rakuten' | 'uq' | 'ymobile'

/** One known personal-mail domain. */
export interface MailDomain {
  domain: string
  /** set for carrier mail (キャリアメール) */
  carrier?: Carrier
}

/**
 * Domains a suggestion may point to, most used first (ties between equally close domains are not
 * broken by this order: the checker then suggests nothing).
 */
export const SUGGESTION_DOMAINS: readonly MailDomain[] = [
  // Carrier mail. Source: docomo's ahamo site, https://ahamo.com/column/column63/index.html (src/lib/SOURCES.md).
  { domain: 'docomo.ne.jp', carrier: 'docomo' }, // docomo
  { domain: 'ezweb.ne.jp', carrier: 'au' }, // au (older addresses)
  { domain: 'au.com', carrier: 'au' }, // au
  { domain: 'softbank.ne.jp', carrier: 'softbank' }, // SoftBank
  { domain: 'i.softbank.jp', carrier: 'softbank' }, // SoftBank (iPhone)
  { domain: 'yahoo.ne.jp', carrier: 'ymobile' }, // Y!mobile
  { domain: 'ymobile.ne.jp', carrier: 'ymobile' }, // Y!mobile (src/lib/SOURCES.md: "also ymobile.ne.jp")
  { domain: 'rakumail.jp', carrier: 'rakuten' }, // Rakuten Mobile
  { domain: 'uqmobile.jp', carrier: 'uq' }, // UQ mobile
  // Common webmail. Source: SOURCES.md "Email facts" (common webmail list).
  { domain: 'gmail.com' },
  { domain: 'icloud.com' },
  { domain: 'me.com' },
  { domain: 'yahoo.co.jp' },
  { domain: 'outlook.jp' },
  { domain: 'outlook.com' },
  { domain: 'hotmail.com' },
  { domain: 'hotmail.co.jp' },
  { domain: 'live.jp' },
]

/**
 * Real mail domains close to a listed one that must never be "corrected" into it (mail.com is one
 * edit from gmail.com, qq.com two from au.com, hotmail.co.uk two from hotmail.co.jp).
 * Source: the providers' own well-known domains (general knowledge, not a checked page). Adding a
 * domain here can only suppress a suggestion, never produce a wrong one.
 */
export const KNOWN_OTHER_DOMAINS: readonly string[] = [
  'mail.com',
  'email.com',
  'ymail.com',
  'gmx.com',
  'aol.com',
  'qq.com',
  'mac.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'hotmail.co.uk',
  'hotmail.fr',
  'outlook.de',
  'live.ca',
  'nifty.com',
  'biglobe.ne.jp',
  'ocn.ne.jp',
  'so-net.ne.jp',
  'softbank.co.jp',
  // Older carrier domains (EMOBILE, WILLCOM, Disney Mobile): emobile.ne.jp is one edit from ymobile.ne.jp.
  'emobile.ne.jp',
  'pdx.ne.jp',
  'wcm.ne.jp',
  'willcom.com',
  'disney.ne.jp',
]

/**
 * Suffixes under which a name is registered; used to split a domain into name and suffix so that a
 * short name (au, me) is not matched by edits to the name itself. ne.jp, or.jp, ac.jp, co.jp and jp
 * come from SOURCES.md "Email facts"; the other second-level .jp types (ad, ed, go, gr, lg) are
 * included for the same reason (JPRS's attribute-type domains), and co.uk so that a British
 * address splits the same way as a Japanese co.jp one.
 */
export const PUBLIC_SUFFIXES: readonly string[] = ['ne.jp', 'or.jp', 'ac.jp', 'co.jp', 'ad.jp', 'ed.jp', 'go.jp', 'gr.jp', 'lg.jp', 'co.uk', 'jp', 'com', 'net', 'org']
