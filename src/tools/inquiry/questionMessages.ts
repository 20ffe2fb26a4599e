/**
 * Each question's on-screen messages, from faq/ (their `messages` frontmatter). Kept out of the first-view
 * FAQ data; only the inquiry page imports this, so it travels in that page's lazy chunk.
 */
import byQuestion from 'virtual:faq-messages'

export const questionMessages = byQuestion
