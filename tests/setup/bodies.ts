// The tests read answer bodies as the prerenderer does: from the compiled content (src/content/bodies.ts).
import { setBodySource } from '@/content/faq'
import { compiledBodies } from '@/content/compiledBodies'
import { loadLanguage } from '@/i18n'
import { defaultLanguage } from '@/locales'

setBodySource(compiledBodies)

// Every FAQ edition loads with its language, the default one too (src/content/faq.ts), and so does the
// default language's wording of the first view's areas (src/i18n): as the entry points' first navigation
// does, once every accessor is defined.
import.meta.glob(['/src/locales/*.ts', '!/src/locales/*.test.ts'], { eager: true })
await loadLanguage(defaultLanguage)
