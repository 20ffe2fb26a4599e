/** Wording of the setup-key and OMUID checkers, in the active language (see src/i18n). */
import { defineText, onLanguageChange } from '@/i18n'
import type { KeycheckArea } from '.'

const text = defineText<KeycheckArea>('keycheck', import.meta.glob('./ja/keycheck.ts'))

// ES live bindings, set whenever the active language's wording for this area is there (its proxies need the
// area's shape): unset until the tools' chunk has loaded its wording (withWording, src/tools/components.ts).
// The default language's wording loads like another language's, so a page in another language never
// downloads it.
export let { keycheckCommon, setupKeyUi, omuidUi } = {} as KeycheckArea
onLanguageChange('keycheck', () => {
  ;({ keycheckCommon, setupKeyUi, omuidUi } = text)
})
