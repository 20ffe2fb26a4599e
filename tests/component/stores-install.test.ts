// Runs in Node (no window), like the prerenderer: pinia is not installed when the app is made (src/main.ts),
// so every store must install it on its app itself (src/stores/install.ts), or the page that uses it first
// throws in the browser, and in the prerenderer reads another page's pinia.
import { describe, expect, it } from 'vitest'
import { createSSRApp, h, type InjectionKey } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { setActivePinia } from 'pinia'
import { TIMERS_STORE_OPTIONS, useTimersStore } from '@/stores/timers'
import { COMPANION_STORE_OPTIONS, useCompanionStore } from '@/stores/companion'

const stores: [name: string, use: () => object, options: InjectionKey<object>][] = [
  ['timers', useTimersStore, TIMERS_STORE_OPTIONS as InjectionKey<object>],
  ['companion', useCompanionStore, COMPANION_STORE_OPTIONS as InjectionKey<object>],
]

describe('every store installs pinia on an app that has none', () => {
  for (const [name, use, options] of stores) {
    it(`${name}: a component of an app made without pinia gets the store, from its own app's pinia`, async () => {
      // No pinia left active by an earlier test: the store must not fall back to one.
      setActivePinia(undefined)
      const seen: object[] = []
      const User = { setup: () => (seen.push(use()), () => h('p', 'x')) }
      const apps = [0, 1].map(() => {
        const app = createSSRApp({ render: () => [h(User), h(User)] })
        app.provide(options, { storage: null })
        return app
      })
      for (const app of apps) await renderToString(app)
      expect(apps.map((a) => a.config.globalProperties.$pinia)).toEqual([expect.anything(), expect.anything()])
      expect(apps[0]!.config.globalProperties.$pinia).not.toBe(apps[1]!.config.globalProperties.$pinia)
      expect(seen).toHaveLength(4)
      expect(seen[1]).toBe(seen[0])
      expect(seen[2]).not.toBe(seen[0])
      // Each app's store has its own state.
      expect((seen[0] as { $state: unknown }).$state).not.toBe((seen[2] as { $state: unknown }).$state)
    })
  }
})
