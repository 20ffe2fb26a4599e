import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageTitles } from '@/locales/pages'
import { toolText } from '@/locales/tools'
import { TOOLS, registryProblems, routedTools, toolRoutes, widgetIndex, type ToolSpec } from './registry'
import { toolComponent, widgets } from './components'

const here = import.meta.dirname
const files = readdirSync(here, { recursive: true, encoding: 'utf8' }).map((f) => relative(here, join(here, f)).replaceAll('\\', '/'))
const wording = {
  listed: Object.keys(toolText).filter((k) => toolText[k]?.title && toolText[k]?.description),
  pages: Object.keys(pageTitles).filter((k) => pageTitles[k]?.title && pageTitles[k]?.description),
}

describe('the tool registry', () => {
  it('matches the folders, views, widgets and wording that exist', () => {
    expect(registryProblems(TOOLS, files, wording)).toEqual([])
  })

  const password = TOOLS.find((t) => t.id === 'password') as ToolSpec
  const cases: [string, ToolSpec[], typeof files, typeof wording, string][] = [
    ['a missing view', [{ ...password, view: 'NoSuchView' }], files, wording, 'password: view NoSuchView.vue is missing'],
    ['a missing page title', [password], files, { ...wording, pages: [] }, 'password: no page title in the wording'],
    ['missing home-page wording', [password], files, { ...wording, listed: [] }, 'password: no title and description for the home page in the wording'],
    ['a missing widget component', [{ ...password, widgets: { 'password-check': { component: 'Gone' } } }], files, wording, "password: widget password-check's component Gone.vue is missing"],
    ['a missing folder', [{ id: 'nowhere', listed: false, widgets: {} }], files, wording, 'nowhere: no folder src/tools/nowhere/'],
    ['a path without a view', [{ ...password, view: undefined }], files, wording, 'password: a page needs both path and view'],
    ['a widget id used twice', [password, { ...password, id: 'email', path: '/x', view: 'EmailView' }], files, wording, 'email: widget password-check is provided twice'],
  ]
  it.each(cases)('reports %s', (_what, tools, f, w, problem) => {
    expect(registryProblems(tools, f, w)).toContain(problem)
  })

  it('reports a tool folder the registry does not list', () => {
    expect(registryProblems(TOOLS, [...files, 'stray/StrayView.vue'], wording)).toEqual(['stray: a folder in src/tools/ that the registry does not list'])
  })

  it('derives routes, tool links and widgets from the one list', () => {
    expect(toolRoutes()).toEqual({
      omuid: '/tools/omuid',
      password: '/tools/password',
      email: '/tools/email',
      timers: '/timers',
      'setup-key': '/tools/setup-key',
      inquiry: '/inquiry',
      companion: '/start',
      search: '/search',
    })
    expect(routedTools().map((t) => t.id)).not.toContain('network')
    expect([...widgetIndex().keys()].sort()).toEqual(['code-timer', 'email-check', 'inquiry', 'network-check', 'omuid-check', 'password-check', 'reflection-timer', 'setup-key-check'])
    expect([...widgets.keys()].sort()).toEqual([...widgetIndex().keys()].sort())
  })

  it('loads every view and widget component it names', async () => {
    for (const t of routedTools()) expect((await toolComponent(t.id, t.view)()).default).toBeTruthy()
    for (const [, w] of widgets) expect((await w.load()).default).toBeTruthy()
    expect(() => toolComponent('password', 'Missing')).toThrow('src/tools/password/Missing.vue does not exist')
  })
})
