/** Wording of the /search page (its lazy chunk), in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { SearchPageText } from '.'

export const searchPageText = defineText<SearchPageText>('searchPage', import.meta.glob('./ja/searchPage.ts'), 'searchPageText')
