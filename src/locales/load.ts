/**
 * The wording of every language but the default, as lazy imports for loadLanguage() (src/i18n): the
 * default language's is bundled with each accessor (src/locales/<area>.ts); another language's areas
 * travel together in one chunk (build/chunk-groups.ts, `locale-<lang>`), loaded before the first page in
 * that language is shown. Imported once, for its effect, by src/main.ts.
 */
import { provideWordingLoaders } from '@/i18n'

provideWordingLoaders(import.meta.glob(['./*/*.ts', '!./ja/*.ts', '!./*/*.test.ts']))
