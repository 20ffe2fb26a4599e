/**
 * Pinia, installed on the app by the first component that uses a store. No store is used in the first view,
 * so pinia is not installed when the app is made (src/main.ts): it travels with the lazy parts that use a
 * store (the timer banner, the tools) instead of in the first view. Every store is exported through it.
 */
import { createPinia } from 'pinia'
import { getCurrentInstance } from 'vue'

/** `useStore`, installing pinia first on the calling component's app when that app has none. */
export function withPinia<S>(useStore: () => S): () => S {
  return () => {
    const app = getCurrentInstance()?.appContext.app
    if (app && !app.config.globalProperties.$pinia) app.use(createPinia())
    return useStore()
  }
}
