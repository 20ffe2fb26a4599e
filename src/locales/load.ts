/**
 * The wording of every language, as lazy imports for loadLanguage() and preloadWording() (src/i18n): the
 * default language's is named by each accessor too (src/locales/<area>.ts: bundled, or loaded in the default
 * language's chunks for the first view's and the tools' areas), and loadLanguage() takes it from there;
 * another language's areas travel together in one chunk per group (build/chunk-groups.ts, `locale-<lang>`,
 * `locale-<lang>-late`, `locale-<lang>-tools`), loaded before the first page in that language is shown.
 * The default language's are listed here for preloadWording(), which asks for a lazy chunk's wording before
 * that chunk's accessors have named it. Imported once, for its effect, by src/main.ts.
 */
import { provideWordingLoaders } from '@/i18n'

// Not the worker's wording (src/locales/worker.ts): only the service worker reads it, and bundles every language's.
provideWordingLoaders(import.meta.glob(['./*/*.ts', '!./*/*.test.ts', '!./*/worker.ts']))
