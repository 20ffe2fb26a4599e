import { describe, expect, it } from 'vitest'
import { APP_GROUPS, FIRST_VIEW, accessorOf, assignGroups, localeChunk, localeGroups } from './chunk-groups.ts'

const graph = (edges: Record<string, string[]>, entries: string[]) =>
  new Map(Object.entries(edges).map(([id, importedIds]) => [id, { isEntry: entries.includes(id), importedIds }]))

describe('assignGroups', () => {
  const modules = graph(
    {
      '/src/main.ts': ['/node_modules/vue/index.js', '/src/content/faq.ts'],
      '/node_modules/vue/index.js': [],
      '/src/content/faq.ts': [],
      '/src/shell/TimerBanner.vue': ['/src/stores/timers.ts', '/node_modules/vue/index.js'],
      '/src/stores/timers.ts': ['/src/lib/countdown.ts'],
      '/src/lib/countdown.ts': [],
      '/src/tools/timers/TimersView.vue': ['/src/stores/timers.ts', '/src/tools/timers/CountdownTimer.vue', '/src/content/faq.ts'],
      '/src/tools/timers/CountdownTimer.vue': ['/src/lib/chars.ts'],
      '/src/lib/chars.ts': [],
      '/src/lib/search/engine.ts': ['/node_modules/minisearch/index.js'],
      '/node_modules/minisearch/index.js': [],
    },
    ['/src/main.ts'],
  )
  const groups = [
    { name: 'late', roots: /\/src\/shell\// },
    { name: 'tools', roots: /\/src\/tools\/[^/]+\// },
  ]
  const assigned = assignGroups(modules, groups)

  it('puts a group folder and what only it imports into the group', () => {
    expect(assigned.get('/src/tools/timers/TimersView.vue')).toBe('tools')
    expect(assigned.get('/src/lib/chars.ts')).toBe('tools')
  })
  it('gives a module two groups use to the group listed first', () => {
    expect(assigned.get('/src/stores/timers.ts')).toBe('late')
    expect(assigned.get('/src/lib/countdown.ts')).toBe('late')
  })
  it('puts everything the first view imports into one group of its own, apart from the entry itself', () => {
    expect(assigned.get('/node_modules/vue/index.js')).toBe(FIRST_VIEW)
    expect(assigned.get('/src/content/faq.ts')).toBe(FIRST_VIEW)
    expect(assigned.has('/src/main.ts')).toBe(false)
  })
  it('leaves a module nobody in a group imports statically to its own chunk', () => {
    expect(assigned.has('/src/lib/search/engine.ts')).toBe(false)
  })
})

describe('localeGroups', () => {
  // The first view imports the content accessors, the ids and the default language's wording; every FAQ
  // edition, the default language's too, is loaded lazily (src/content/faq.ts), as is the English wording
  // (src/locales/load.ts), and imports its compiled edition.
  const modules = graph(
    {
      '/src/main.ts': ['/src/content/faq.ts', '/src/locales/ja/app.ts'],
      '/src/content/faq.ts': ['\0virtual:faq-ids'],
      '\0virtual:faq-ids': [],
      '/src/content/editions/ja/faq.ts': ['\0virtual:faq'],
      '\0virtual:faq': [],
      '/src/locales/ja/app.ts': [],
      '/src/locales/en/app.ts': [],
      '/src/content/editions/en/faq.ts': ['\0virtual:faq/en'],
      '\0virtual:faq/en': [],
    },
    ['/src/main.ts'],
  )
  const assigned = assignGroups(modules, localeGroups(['ja', 'en']))

  it("puts a language's wording and its FAQ edition, with what only they import, into one chunk", () => {
    expect(localeChunk('en')).toBe('locale-en')
    expect(assigned.get('/src/locales/en/app.ts')).toBe('locale-en')
    expect(assigned.get('/src/content/editions/en/faq.ts')).toBe('locale-en')
    expect(assigned.get('\0virtual:faq/en')).toBe('locale-en')
  })
  it("puts the default language's edition in its language chunk, and leaves its bundled wording and the ids in the first view", () => {
    expect(assigned.get('/src/content/editions/ja/faq.ts')).toBe('locale-ja')
    expect(assigned.get('\0virtual:faq')).toBe('locale-ja')
    expect(assigned.get('/src/locales/ja/app.ts')).toBe(FIRST_VIEW)
    expect(assigned.get('\0virtual:faq-ids')).toBe(FIRST_VIEW)
  })
})

describe("a language's tool wording", () => {
  // The tools' accessor (src/locales/checkers.ts) is in the tools chunk; the English checkers wording uses a
  // helper of the tools (src/lib/findings.ts); the English app wording does not.
  const modules = graph(
    {
      '/src/main.ts': ['/src/locales/app.ts'],
      '/src/locales/app.ts': ['/src/locales/ja/app.ts'],
      '/src/locales/ja/app.ts': [],
      '/src/tools/password/PasswordView.vue': ['/src/locales/checkers.ts', '/src/lib/findings.ts'],
      '/src/locales/checkers.ts': ['/src/locales/ja/checkers.ts'],
      '/src/locales/ja/checkers.ts': ['/src/lib/findings.ts'],
      '/src/lib/findings.ts': [],
      '/src/locales/en/app.ts': [],
      '/src/locales/en/checkers.ts': ['/src/lib/findings.ts', '/src/locales/en/plural.ts'],
      '/src/locales/en/plural.ts': [],
    },
    ['/src/main.ts'],
  )
  const assigned = assignGroups(modules, [...APP_GROUPS, ...localeGroups(['en'])])

  it('goes to a chunk of its own, so an English first view loads neither it nor the tools it uses', () => {
    expect(assigned.get('/src/locales/en/app.ts')).toBe('locale-en')
    expect(assigned.get('/src/locales/en/checkers.ts')).toBe('locale-en-tools')
    expect(assigned.get('/src/locales/en/plural.ts')).toBe('locale-en-tools')
    expect(assigned.get('/src/lib/findings.ts')).toBe('tools')
    expect(assigned.get('/src/locales/checkers.ts')).toBe('tools')
  })

  it("puts the page frame's areas of a language in a part of their own, and what its own chunk imports from a lazy group in the first view", () => {
    // The timers' accessor is in the page frame's lazy chunk; the procedure's rules are used by the timer
    // banner and quoted by every language's app wording.
    const frame = graph(
      {
        '/src/main.ts': ['/src/locales/app.ts'],
        '/src/locales/app.ts': [],
        '/src/shell/TimerBanner.vue': ['/src/locales/timers.ts', '/src/lib/rules.ts'],
        '/src/locales/timers.ts': ['/src/locales/ja/timers.ts'],
        '/src/locales/ja/timers.ts': [],
        '/src/lib/rules.ts': ['/src/lib/units.ts'],
        '/src/lib/units.ts': [],
        '/src/locales/ja/app.ts': ['/src/lib/rules.ts'],
        '/src/locales/en/app.ts': ['/src/lib/rules.ts'],
        '/src/locales/en/timers.ts': [],
      },
      ['/src/main.ts'],
    )
    const placed = assignGroups(frame, [...APP_GROUPS, ...localeGroups(['ja', 'en'])])
    expect(placed.get('/src/shell/TimerBanner.vue')).toBe('late')
    expect(placed.get('/src/locales/timers.ts')).toBe('late')
    expect(placed.get('/src/locales/ja/timers.ts')).toBe('late')
    expect(placed.get('/src/locales/en/timers.ts')).toBe('locale-en-late')
    expect(placed.get('/src/locales/ja/app.ts')).toBe('locale-ja')
    expect(placed.get('/src/locales/en/app.ts')).toBe('locale-en')
    expect(placed.get('/src/lib/rules.ts')).toBe(FIRST_VIEW)
    expect(placed.get('/src/lib/units.ts')).toBe(FIRST_VIEW)
  })

  it('finds the accessor of a wording file', () => {
    expect(accessorOf('/work/x/src/locales/en/checkers.ts')).toBe('/work/x/src/locales/checkers.ts')
    expect(accessorOf('/work/x/src/locales/checkers.ts')).toBeNull()
    expect(accessorOf('/work/x/src/content/editions/en/faq.ts')).toBeNull()
  })
})
