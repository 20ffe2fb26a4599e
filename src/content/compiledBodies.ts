/** Answer bodies as the build compiled them (virtual:faq-bodies): for the prerenderer and the tests. */
import bodies from 'virtual:faq-bodies'
import type { BodySource } from './bodies'

export const compiledBodies: BodySource = {
  loadAll: () => Promise.resolve({ ...bodies }),
}
