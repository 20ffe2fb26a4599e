/** Wording of the help desk inquiry builder and its prepared text, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { InquiryArea } from '.'

const text = defineText<InquiryArea>('inquiry', import.meta.glob('./ja/inquiry.ts', { eager: true }))

export const { inquiryWording, deviceNames, inquiryText } = text
