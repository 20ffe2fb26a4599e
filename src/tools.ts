/** The in-app tools, in the order the home page lists them. */
import { toolText } from './locales/ja/tools'

export interface Tool {
  path: string
  title: string
  description: string
}

export const tools: Tool[] = [{ path: '/timers', ...toolText.timers }]
