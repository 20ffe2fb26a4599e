/** Wording of the /search page (its lazy chunk), in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { SearchPageArea } from '.'

const text = defineText<SearchPageArea>('searchPage', import.meta.glob('./*/searchPage.ts', { eager: true }))

export const { searchPageText } = text
