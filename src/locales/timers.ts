/** Wording of the countdowns, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { TimersText } from '.'

export const timersText = defineText<TimersText>('timers', import.meta.glob('./ja/timers.ts', { eager: true, import: 'timersText' }), 'timersText')
