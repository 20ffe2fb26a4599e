/** Wording of the notes beside external links, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { ContentArea } from '.'

const text = defineText<ContentArea>('content', import.meta.glob('./*/content.ts', { eager: true }))

export const { contentText } = text
