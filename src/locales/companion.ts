/** Wording of the companion (/start), in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { CompanionText } from '.'

export const companionText = defineText<CompanionText>('companion', import.meta.glob('./ja/companion.ts'), 'companionText')
