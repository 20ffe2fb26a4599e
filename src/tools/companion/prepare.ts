/**
 * The companion's "before you start" list: what to have at hand. Each item cites the questions whose
 * summaries say how (shown from the FAQ in the page's language, so a changed answer changes the list), and
 * may cite a fact the walk cites (`<question>.<key>`, its sentence from the walk's wording). Its own
 * wording: `prepare.items` in src/locales/<lang>/companion.ts, by id.
 */
export interface PrepItem {
  /** kept on the device when ticked; never renamed once published */
  id: string
  /** questions whose summaries this item shows, with a link to each */
  questions: readonly string[]
  /** facts cited by the walk (faq/walk.yaml) that this item shows too */
  facts?: readonly string[]
  /** a tool page (src/tools/registry.ts) that checks it, linked under the item */
  tool?: string
  /** not everyone needs it: left out of what is still missing */
  optional?: boolean
}

export const PREP_ITEMS: readonly PrepItem[] = [
  { id: 'number', questions: ['student-number-unknown', 'staff-number-unknown'] },
  { id: 'guide', questions: [], facts: ['student-number-unknown.guide-password'], optional: true },
  { id: 'email', questions: ['recovery-email-choice', 'no-email-address'], tool: 'email' },
  { id: 'authenticator', questions: ['no-smartphone'] },
  { id: 'second-screen', questions: ['invalid-key'] },
  { id: 'off-campus', questions: [], facts: ['two-factor-test-fails.campus'] },
]
