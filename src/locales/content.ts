/** Wording of the notes beside external links, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { ContentText } from '.'

export const contentText = defineText<ContentText>('content', import.meta.glob('./ja/content.ts'), 'contentText')
