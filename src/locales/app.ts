/** Wording of the app frame and the FAQ pages, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { AppText } from '.'

export const appText = defineText<AppText>('app', import.meta.glob('./ja/app.ts'), 'appText')
