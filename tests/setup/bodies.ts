// The tests read answer bodies as the prerenderer does: from the compiled content (src/content/bodies.ts).
import { setBodySource } from '@/content/faq'
import { compiledBodies } from '@/content/compiledBodies'
import { loadLanguage } from '@/i18n'
import { defaultLanguage } from '@/locales'

setBodySource(compiledBodies)

// Every FAQ edition loads with its language, the default one too (src/content/faq.ts), as the entry points'
// first navigation does.
await loadLanguage(defaultLanguage)
