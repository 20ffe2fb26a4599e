/** Wording of the tool pages' titles and descriptions, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { PageTitles } from '.'

export const pageTitles = defineText<PageTitles>('pages', import.meta.glob('./ja/pages.ts'), 'pageTitles')
