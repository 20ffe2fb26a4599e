/** Wording of the connection check, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { NetworkArea } from '.'

const text = defineText<NetworkArea>('network', import.meta.glob('./*/network.ts', { eager: true }))

export const { networkText } = text
