/**
 * Turns parsed FAQ entries (frontmatter + Markdown body) into the documents the search index is built
 * from. Node-free, so the build plugin, the tests and (if ever needed) the browser share it.
 */
import type { SearchDoc } from './engine.ts'

/** One on-screen message as written in the frontmatter (a bare string is accepted too). */
export interface FaqMessageInput {
  text: string
  where?: string
  anchor?: string
}

/** The fields of a parsed FAQ file that search needs; other frontmatter keys are ignored. */
export interface FaqEntryInput {
  id: string
  step: string
  title: string
  summary?: string
  messages?: readonly (FaqMessageInput | string)[]
  keywords?: readonly string[]
  /** the Markdown body (plain text works too: it passes through unchanged apart from Markdown marks) */
  body?: string
}

/**
 * Markdown → plain text for indexing and snippets: keeps link and image text, drops link targets
 * (`faq:`, `link:`, `tool:`, URLs), heading marks and `{#anchor}` attributes, list/quote markers,
 * emphasis, code fences and backticks, table pipes, HTML tags. Lines are kept, blank lines dropped.
 */
export function markdownToPlain(md: string): string {
  if (typeof md !== 'string' || md === '') return ''
  const lines = md.replace(/\r\n?/g, '\n').split('\n')
  const out: string[] = []
  for (const raw of lines) {
    let line = raw
    if (/^\s*(```|~~~)/.test(line)) continue // fence line; its content stays as text
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue // reference definition
    if (/^\s*([-*_]\s*){3,}$/.test(line)) continue // horizontal rule
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) continue // table separator
    line = line
      // escaped marks are set aside (as private-use characters) so no rule below touches them
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
      .replace(/^\s{0,3}#{1,6}\s+/, '') // heading
      .replace(/\s+#+\s*$/, '') // closing heading hashes
      .replace(/\s*\{#[^}]*\}\s*$/, '') // {#anchor} attribute
      .replace(/^\s*(>\s*)+/, '') // blockquote
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '') // list item
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image → alt
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // link → text
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference link → text
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolink
      .replace(/<\/?[A-Za-z][^>]*>/g, '') // HTML tag
      .replace(/`+([^`]*)`+/g, '$1') // inline code
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2') // strong
      .replace(/\*(?=\S)([\s\S]*?\S)\*/g, '$1') // emphasis with *
      .replace(/(?<![\p{L}\p{N}])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}])/gu, '$1') // _emphasis_ (not snake_case)
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1') // strikethrough
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .replace(/\s*\|\s*/g, ' ')
      .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000)) // escaped marks back
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/[ \t]+/g, ' ')
      .trim()
    if (line !== '') out.push(line)
  }
  return out.join('\n')
}

/** One FAQ entry → one search document. `where` (the field or screen) is searchable as a keyword. */
export function toSearchDoc(entry: FaqEntryInput): SearchDoc {
  const messages: SearchDoc['messages'] = []
  const wheres: string[] = []
  for (const m of entry.messages ?? []) {
    if (typeof m === 'string') {
      messages.push({ text: m })
      continue
    }
    messages.push(m.anchor ? { text: m.text, anchor: m.anchor } : { text: m.text })
    if (m.where && !wheres.includes(m.where)) wheres.push(m.where)
  }
  return {
    id: entry.id,
    step: entry.step,
    title: entry.title,
    summary: entry.summary ?? '',
    messages,
    keywords: [...(entry.keywords ?? []), ...wheres],
    body: markdownToPlain(entry.body ?? ''),
  }
}

/** Many entries → documents, in the given order. */
export function toSearchDocs(entries: readonly FaqEntryInput[]): SearchDoc[] {
  return entries.map(toSearchDoc)
}
