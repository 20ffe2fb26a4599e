/** Wording of the password practice form and the recovery-email checker, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { PracticeText } from '.'

export const practiceText = defineText<PracticeText>('practice', import.meta.glob('./ja/practice.ts'), 'practiceText')
