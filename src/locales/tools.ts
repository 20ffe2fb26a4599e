/** Wording of the home page's tool list, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { ToolsArea } from '.'

const text = defineText<ToolsArea>('tools', import.meta.glob('./*/tools.ts', { eager: true }))

export const { toolText } = text
