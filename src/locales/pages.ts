/** Wording of the tool pages' titles and descriptions, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { PagesArea } from '.'

const text = defineText<PagesArea>('pages', import.meta.glob('./*/pages.ts', { eager: true }))

export const { pageTitles } = text
