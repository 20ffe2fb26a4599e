/** Wording of the connection check, in the active language (see src/i18n). */
import { defineText } from '@/i18n'
import type { NetworkText } from '.'

export const networkText = defineText<NetworkText>('network', import.meta.glob('./ja/network.ts'), 'networkText')
