/** Wording of the setup-key and OMUID checkers, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { KeycheckArea } from '.'

const text = defineText<KeycheckArea>('keycheck', import.meta.glob('./ja/keycheck.ts', { eager: true }))

export const { keycheckCommon, setupKeyUi, omuidUi } = text
