/**
 * The link notes the FAQ compiler puts into answers come from each language's wording: the English answers
 * carry the same notes as the English page frame (ExternalLink.vue, through the content accessor), and the
 * Japanese ones are the Japanese wording, as before.
 */
import { describe, expect, it } from 'vitest'
import enBodies from 'virtual:faq-bodies/en'
import jaBodies from 'virtual:faq-bodies'
import { loadLanguage, setLanguage } from '@/i18n'
import '@/locales/load'
import { contentText } from './content'
import { linkNotes } from './linkNotes'
import { APP_EDITION_OPTIONS } from '../../build/faq-plugin'

describe('linkNotes', () => {
  it('is each language’s content wording: the English as the English page frame shows it', async () => {
    await loadLanguage('en')
    setLanguage('en')
    const en = { external: contentText.externalNote, unknown: contentText.unknownLinkNote, unknownAgain: contentText.unknownLinkNoteAgain }
    setLanguage('ja')
    const ja = { external: contentText.externalNote, unknown: contentText.unknownLinkNote, unknownAgain: contentText.unknownLinkNoteAgain }
    expect(linkNotes('en')).toEqual(en)
    expect(linkNotes('en').external).toMatch(/^ \([\x20-\x7e]+\)$/)
    expect(linkNotes('ja')).toEqual(ja)
    expect(linkNotes('ja')).not.toEqual(linkNotes('en'))
    // A language without wording of its own gets the default language's.
    expect(linkNotes('xx')).toEqual(linkNotes('ja'))
  })

  it('is what the compiler puts beside external links in each edition', () => {
    expect(APP_EDITION_OPTIONS.en?.linkNotes).toEqual(linkNotes('en'))
    expect(APP_EDITION_OPTIONS.ja?.linkNotes).toEqual(linkNotes('ja'))
    const en = Object.values(enBodies).join('\n')
    const ja = Object.values(jaBodies).join('\n')
    expect(en).toContain(linkNotes('en').external)
    expect(en).toContain(linkNotes('en').unknown)
    expect(en).not.toContain(linkNotes('ja').external)
    expect(ja).toContain(linkNotes('ja').external)
    expect(ja).not.toContain(linkNotes('en').external)
  })
})
