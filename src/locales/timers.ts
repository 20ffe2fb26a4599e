/** Wording of the countdowns, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { TimersArea } from '.'

const text = defineText<TimersArea>('timers', import.meta.glob('./*/timers.ts', { eager: true }))

export const { timersText } = text
