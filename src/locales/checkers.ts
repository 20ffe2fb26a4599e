/** Wording of every checker finding, the character names, the password rules and the email help, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { CheckersArea } from '.'

// Read through the proxy when used (`checkersText.SEVERITY_LABELS`), not destructured when this module loads:
// the default language's wording loads lazily too (so a page in another language never downloads it), and
// until the tools' chunk has loaded it (withWording, src/tools/components.ts) the area's shape is unknown.
export const checkersText = defineText<CheckersArea>('checkers', import.meta.glob('./ja/checkers.ts'))
