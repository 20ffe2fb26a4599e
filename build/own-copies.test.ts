import { describe, expect, it } from 'vitest'
import { copyId, OWN_COPY, ownCopies } from './own-copies.ts'

const ROOT = /\/src\/search\/loadIndexEn\.ts$/

describe('copyId', () => {
  it('copies what the root imports, and what a copy imports', () => {
    expect(copyId('/app/src/lib/search/engine.ts', '/app/src/search/loadIndexEn.ts', ROOT)).toBe(`/app/src/lib/search/engine.ts${OWN_COPY}`)
    expect(copyId('/app/node_modules/minisearch/dist/es/index.js', `/app/src/lib/search/engine.ts${OWN_COPY}`, ROOT)).toBe(
      `/app/node_modules/minisearch/dist/es/index.js${OWN_COPY}`,
    )
  })

  it('leaves everything else shared: other importers, virtual modules, ids with a query', () => {
    expect(copyId('/app/src/lib/search/engine.ts', '/app/src/search/loadIndex.ts', ROOT)).toBeNull()
    expect(copyId('\0virtual:search-index/en', '/app/src/search/loadIndexEn.ts', ROOT)).toBeNull()
    expect(copyId('/app/src/x.svg?raw', '/app/src/search/loadIndexEn.ts', ROOT)).toBeNull()
  })
})

describe('ownCopies', () => {
  type Resolve = (source: string, importer: string | undefined, options: object) => Promise<unknown>
  const plugin = ownCopies(ROOT)
  const resolveId = plugin.resolveId as unknown as (this: { resolve: Resolve }, s: string, i: string | undefined, o: object) => Promise<unknown>
  const context = {
    // stands for Vite's own resolution: it must be asked with the original importer
    resolve: async (source: string, importer: string | undefined) => {
      expect(importer?.endsWith(OWN_COPY)).toBe(false)
      if (source.startsWith('virtual:')) return { id: `\0${source}` }
      if (source === 'ext') return { id: 'ext', external: true }
      return { id: `/app/src/lib/search/${source.replace(/^\.\//, '')}.ts`, moduleSideEffects: true }
    },
  }

  it('is for the build only, before the other resolvers', () => {
    expect(plugin.apply).toBe('build')
    expect(plugin.enforce).toBe('pre')
  })

  it('gives the root its own copies, resolved from the original module', async () => {
    expect(await resolveId.call(context, './engine', '/app/src/search/loadIndexEn.ts', {})).toEqual({ id: `/app/src/lib/search/engine.ts${OWN_COPY}`, moduleSideEffects: true })
    expect(await resolveId.call(context, './normalize', `/app/src/lib/search/engine.ts${OWN_COPY}`, {})).toEqual({
      id: `/app/src/lib/search/normalize.ts${OWN_COPY}`,
      moduleSideEffects: true,
    })
  })

  it('does nothing for other importers, and keeps virtual and external modules as they resolve', async () => {
    expect(await resolveId.call(context, './engine', '/app/src/search/loadIndex.ts', {})).toBeNull()
    expect(await resolveId.call(context, './engine', undefined, {})).toBeNull()
    expect(await resolveId.call(context, 'virtual:search-index/en', '/app/src/search/loadIndexEn.ts', {})).toEqual({ id: '\0virtual:search-index/en' })
    expect(await resolveId.call(context, 'ext', '/app/src/search/loadIndexEn.ts', {})).toEqual({ id: 'ext', external: true })
  })
})
