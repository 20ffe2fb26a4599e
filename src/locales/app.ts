/** Wording of the app frame and the FAQ pages, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { AppArea } from '.'

const text = defineText<AppArea>('app', import.meta.glob('./*/app.ts', { eager: true }))

export const { appText } = text
