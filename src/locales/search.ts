/** Wording of the header's search box (first view), in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { SearchArea } from '.'

const text = defineText<SearchArea>('search', import.meta.glob('./*/search.ts', { eager: true }))

export const { searchText } = text
