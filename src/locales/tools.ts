/** Wording of the home page's tool list, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { ToolText } from '.'

export const toolText = defineText<ToolText>('tools', import.meta.glob('./ja/tools.ts'), 'toolText')
