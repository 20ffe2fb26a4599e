/** Wording of the password practice form and the recovery-email checker, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { PracticeArea } from '.'

const text = defineText<PracticeArea>('practice', import.meta.glob('./*/practice.ts', { eager: true }))

export const { practiceText } = text
