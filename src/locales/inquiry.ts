/** Wording of the help desk inquiry builder and its prepared text, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { InquiryArea } from '.'

const modules = import.meta.glob('./ja/inquiry.ts', { eager: true })
const text = defineText<InquiryArea>('inquiry', modules)

export const { inquiryWording, deviceNames, inquiryText } = text

/**
 * The prepared text's wording and the device names in the default language, whatever language the page is
 * in: the help desk reads Japanese, so a page in another language offers the text in Japanese too. Always
 * bundled (it is the accessor's own file).
 */
export const helpDeskInquiry = Object.values(modules)[0] as Pick<InquiryArea, 'inquiryWording' | 'deviceNames'>
