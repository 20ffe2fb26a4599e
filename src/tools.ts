/** The in-app tools, in the order the home page lists them. */
import { toolText } from './locales/ja/tools'

export interface Tool {
  path: string
  title: string
  description: string
}

export const tools: Tool[] = [{ path: '/tools/omuid', ...toolText.omuid }, { path: '/tools/password', ...toolText.password }, { path: '/tools/email', ...toolText.email }, { path: '/timers', ...toolText.timers }, { path: '/tools/setup-key', ...toolText.setupKey }, { path: '/inquiry', ...toolText.inquiry }]
