/**
 * The English edition's rendered bodies, for the prerenderer and the tests (src/content/compiledBodies.ts).
 * The browser takes bodies from the offline pages file instead (src/content/pagesBodies.ts).
 */
export { default } from 'virtual:faq-bodies/en'
