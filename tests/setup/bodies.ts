// The tests read answer bodies as the prerenderer does: from the compiled content (src/content/bodies.ts).
import { setBodySource } from '@/content/faq'
import { compiledBodies } from '@/content/compiledBodies'

setBodySource(compiledBodies)
