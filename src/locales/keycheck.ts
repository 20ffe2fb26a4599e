/** Wording of the setup-key and OMUID checkers, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { KeycheckArea } from '.'

// Read through the proxy when used (`keycheckText.setupKeyUi`), not destructured when this module loads: the
// default language's wording loads lazily too (so a page in another language never downloads it), and until
// the tools' chunk has loaded it (withWording, src/tools/components.ts) the area's shape is unknown.
export const keycheckText = defineText<KeycheckArea>('keycheck', import.meta.glob('./ja/keycheck.ts'))
