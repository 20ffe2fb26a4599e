/** Wording of the header's search box (first view), in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { SearchText } from '.'

export const searchText = defineText<SearchText>('search', import.meta.glob('./ja/search.ts', { eager: true, import: 'searchText' }), 'searchText')
