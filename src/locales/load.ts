/**
 * The wording of every language but the default, as lazy imports for loadLanguage() (src/i18n): the
 * default language's is named by each accessor (src/locales/<area>.ts: bundled, or loaded in the default
 * language's chunks for the first view's and the tools' areas); another language's areas travel together in one chunk
 * per group (build/chunk-groups.ts, `locale-<lang>`, `locale-<lang>-tools`), loaded before the first page
 * in that language is shown. Imported once, for its effect, by src/main.ts.
 */
import { provideWordingLoaders } from '@/i18n'

provideWordingLoaders(import.meta.glob(['./*/*.ts', '!./ja/*.ts', '!./*/*.test.ts']))
