/**
 * The FAQ compiler: reads faq/ (steps.yaml, links.yaml, synonyms.yaml, one Markdown file per question),
 * validates every file and renders the bodies to HTML. Node only; runs at build time and in tests.
 * The first problem stops the build with the file name and the reason: bad content never ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import MarkdownIt, { type Token } from 'markdown-it'
import cjkFriendly from 'markdown-it-cjk-friendly'
import { parse as parseYaml } from 'yaml'
import type { Audience, ExternalLink, FaqData, QuestionMeta, ScreenMessage, ScreenMessageEntry, Step } from '../../src/content/types.ts'
import { toolRoutes, widgetIndex } from '../../src/tools/registry.ts'
import { audienceSchema, frontmatterSchema, ID_RE, parseWith, screenMessageSchema, type FrontmatterContext } from './schema.ts'

export class FaqError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`faq/${file}: ${reason}`)
    this.name = 'FaqError'
  }
}

/** In-app tools a body may link to as [text](tool:id): every tool with a page (src/tools/registry.ts). */
export const TOOL_ROUTES: Record<string, string> = toolRoutes()

/** Interactive blocks a question can show after its answer ([widgets] in frontmatter): the registry's widgets. */
export const WIDGETS: readonly string[] = [...widgetIndex().keys()]

const ANCHOR_SUFFIX_RE = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/
const NON_QUESTION_FILES = new Set(['README.md'])

/** What the compiler is told rather than assuming (it knows no language). */
export interface CompileOptions {
  /**
   * the note shown after an external link: with a published address, and without one (the official FAQ
   * instead) — the whole explanation beside a page's first such link, `unknownAgain` (short) beside the others
   */
  linkNotes: { external: string; unknown: string; unknownAgain?: string }
  /** keys of screen-messages.yaml that the app's code quotes (the checkers): the build fails if one is missing */
  requiredMessages?: readonly string[]
}

export interface CompiledQuestion extends QuestionMeta {
  /** rendered body */
  html: string
  /** the Markdown body as written, for the search index */
  markdown: string
}

export interface CompiledFaq extends FaqData {
  bodies: Record<string, string>
  compiled: CompiledQuestion[]
  synonyms: string[][]
  /** the whole on-screen message catalogue (screen-messages.yaml) by key */
  screenMessages: Record<string, ScreenMessageEntry>
  audiences: Audience[]
}

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function str(file: string, v: unknown, what: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new FaqError(file, `${what} must be a non-empty string`)
  return v.trim()
}

function strList(file: string, v: unknown, what: string, optional = false): string[] {
  if (v === undefined && optional) return []
  if (!Array.isArray(v)) throw new FaqError(file, `${what} must be a list`)
  return v.map((x, i) => str(file, typeof x === 'number' ? String(x) : x, `${what}[${i}]`))
}

function readYaml(dir: string, file: string): unknown {
  const path = join(dir, file)
  if (!existsSync(path)) throw new FaqError(file, 'file is missing')
  try {
    return parseYaml(readFileSync(path, 'utf8'))
  } catch (e) {
    throw new FaqError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`)
  }
}

/** Parses and validates faq/steps.yaml. */
export function parseSteps(raw: unknown): Step[] {
  const file = 'steps.yaml'
  if (!Array.isArray(raw) || raw.length === 0) throw new FaqError(file, 'must be a non-empty list of steps')
  const seen = new Set<string>()
  return raw.map((s, i) => {
    if (!isObj(s)) throw new FaqError(file, `step ${i + 1} must be a mapping`)
    const id = str(file, s.id, `step ${i + 1} id`)
    if (!ID_RE.test(id)) throw new FaqError(file, `step id "${id}" must be lower-case words joined by hyphens`)
    if (seen.has(id)) throw new FaqError(file, `duplicate step id "${id}"`)
    seen.add(id)
    return { id, title: str(file, s.title, `${id}.title`), short: str(file, s.short, `${id}.short`), summary: str(file, s.summary, `${id}.summary`) }
  })
}

/** Parses and validates faq/links.yaml. */
export function parseLinks(raw: unknown): Record<string, ExternalLink> {
  const file = 'links.yaml'
  if (!isObj(raw)) throw new FaqError(file, 'must be a mapping of link names')
  const links: Record<string, ExternalLink> = {}
  for (const [name, v] of Object.entries(raw)) {
    if (!ID_RE.test(name)) throw new FaqError(file, `link name "${name}" must be lower-case words joined by hyphens`)
    if (!isObj(v)) throw new FaqError(file, `${name} must be a mapping with label and url`)
    const label = str(file, v.label, `${name}.label`)
    if (v.url === undefined || v.url === null) {
      links[name] = { name, label }
      continue
    }
    const url = str(file, v.url, `${name}.url`)
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new FaqError(file, `${name}.url must be an http(s) address`)
    links[name] = { name, label, url }
  }
  if (!links['official-faq']?.url) throw new FaqError(file, 'official-faq with a url is required (unknown addresses point to it)')
  return links
}

/** Parses and validates faq/synonyms.yaml (optional): a list of groups of equivalent terms. */
export function parseSynonyms(raw: unknown): string[][] {
  const file = 'synonyms.yaml'
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) throw new FaqError(file, 'must be a list of groups')
  return raw.map((g, i) => {
    const group = strList(file, g, `group ${i + 1}`)
    if (group.length < 2) throw new FaqError(file, `group ${i + 1} needs at least two terms`)
    return group
  })
}

/** Parses and validates faq/audiences.yaml: who an answer can be for (the source FAQ names these groups). */
export function parseAudiences(raw: unknown): Audience[] {
  const file = 'audiences.yaml'
  if (!Array.isArray(raw) || raw.length === 0) throw new FaqError(file, 'must be a non-empty list of audiences (id, label)')
  const seen = new Set<string>()
  return raw.map((a, i) => {
    const audience = parseWith(audienceSchema, a, (reason) => {
      throw new FaqError(file, `audience ${i + 1}: ${reason}`)
    })
    for (const v of [audience.id, audience.label]) {
      if (seen.has(v)) throw new FaqError(file, `"${v}" is listed twice`)
      seen.add(v)
    }
    return audience
  })
}

/** Parses and validates faq/screen-messages.yaml: every on-screen message, by key, exactly as the screen shows it. */
export function parseScreenMessages(raw: unknown, required: readonly string[] = []): Record<string, ScreenMessageEntry> {
  const file = 'screen-messages.yaml'
  if (!isObj(raw)) throw new FaqError(file, 'must be a mapping of message keys to text (and where)')
  const out: Record<string, ScreenMessageEntry> = {}
  const texts = new Map<string, string>()
  for (const [key, entry] of Object.entries(raw)) {
    if (!ID_RE.test(key)) throw new FaqError(file, `message key "${key}" must be lower-case words joined by hyphens`)
    const m = parseWith(screenMessageSchema, entry, (reason) => {
      throw new FaqError(file, `${key}: ${reason}`)
    })
    const other = texts.get(m.text)
    if (other) throw new FaqError(file, `${key} has the same text as ${other}`)
    texts.set(m.text, key)
    out[key] = m.where === undefined ? { text: m.text } : { text: m.text, where: m.where }
  }
  for (const key of required) {
    if (!out[key]) throw new FaqError(file, `message "${key}" is missing (the app's checkers quote it)`)
  }
  return out
}

/** Splits a question file into its frontmatter (one parser: gray-matter, with the same YAML parser as the data files) and body. */
function splitFrontmatter(file: string, source: string): { data: unknown; body: string } {
  const text = source.replace(/\r\n?/g, '\n')
  if (!/^---\n/.test(text)) throw new FaqError(file, 'must start with YAML frontmatter between --- lines')
  try {
    const parsed = matter(text, { engines: { yaml: (s: string) => parseYaml(s) as object } })
    return { data: parsed.data, body: parsed.content }
  } catch (e) {
    throw new FaqError(file, `invalid frontmatter YAML: ${(e as Error).message.split('\n')[0]}`)
  }
}

/** What a question's frontmatter refers to in the other files. */
export interface QuestionContext extends FrontmatterContext {
  audiences: readonly Audience[]
  screenMessages: Readonly<Record<string, ScreenMessageEntry>>
}

/** Validates one question's frontmatter (everything that does not need the other questions) and resolves its references. */
export function parseQuestionMeta(file: string, data: unknown, ctx: QuestionContext): QuestionMeta {
  if (!isObj(data)) throw new FaqError(file, 'frontmatter must be a mapping')
  const fm = parseWith(frontmatterSchema(ctx), data, (reason) => {
    throw new FaqError(file, reason)
  })
  if (`${fm.id}.md` !== file) throw new FaqError(file, `id "${fm.id}" must match the file name`)
  const labels = new Map(ctx.audiences.map((a) => [a.id, a.label]))
  const messages = fm.messages.map(({ key, anchor }): ScreenMessage => {
    const entry = ctx.screenMessages[key] as ScreenMessageEntry
    return anchor === undefined ? { ...entry } : { ...entry, anchor }
  })
  return { ...fm, audience: fm.audience.map((id) => labels.get(id) ?? id), messages }
}

// html: true only so raw HTML shows up as tokens and can be refused. The CJK plugin lets **強調** end
// next to Japanese punctuation (plain CommonMark leaves the asterisks in, e.g. **空白（スペース）**が).
const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(cjkFriendly)

// The same parser without markdown-it's link check, only to find the links `md` refuses: `md` turns
// [x](javascript:alert(1)) (also vbscript:, file: and non-image data: addresses) into literal text, which
// the checks below would never see as a link.
const probe = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(cjkFriendly)
probe.validateLink = () => true

/** Fails on a link markdown-it would not render (it would show as literal text). */
function refusedLinks(file: string, body: string): void {
  const walk = (list: Token[]): void => {
    for (const t of list) {
      if (t.type === 'link_open') {
        const href = String(t.attrGet('href') ?? '')
        if (!md.validateLink(href)) {
          throw new FaqError(file, `link "${href}" is refused by markdown-it and would show as literal text (javascript:, vbscript:, file: and data: addresses are not links)`)
        }
      }
      if (t.children) walk(t.children)
    }
  }
  walk(probe.parse(body, {}))
}

interface LinkContext {
  file: string
  links: Record<string, ExternalLink>
  anchorsById: Map<string, Set<string>>
  linkNotes: CompileOptions['linkNotes']
}

/** Finds the {#anchor} suffixes of headings, in order; fails on duplicates. */
function headingAnchors(file: string, tokens: Token[]): string[] {
  const anchors: string[] = []
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return
    const inline = tokens[i + 1]
    const m = inline ? ANCHOR_SUFFIX_RE.exec(inline.content) : null
    if (!m?.[1]) return
    if (anchors.includes(m[1])) throw new FaqError(file, `heading anchor {#${m[1]}} is used twice`)
    anchors.push(m[1])
  })
  return anchors
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
}

/** Checks every token of a body and rewrites links and heading anchors; returns the HTML. */
function renderBody(body: string, ctx: LinkContext): string {
  const { file, links, anchorsById, linkNotes } = ctx
  const tokens = md.parse(body, {})
  if (!body.trim()) throw new FaqError(file, 'the body is empty')
  refusedLinks(file, body)
  const notes: string[] = []
  let unknownSeen = 0
  const walk = (list: Token[]): void => {
    list.forEach((t, i) => {
      if (t.type === 'html_block' || t.type === 'html_inline') {
        throw new FaqError(file, `raw HTML is not allowed: ${t.content.trim().slice(0, 40)}`)
      }
      if (t.type === 'image') throw new FaqError(file, 'images are not allowed (the screenshots are not available)')
      if (t.type === 'heading_open' && t.tag === 'h1') throw new FaqError(file, 'the body must not have a # heading (the page shows the title)')
      if (t.type === 'heading_open') {
        const inline = list[i + 1]
        const m = inline ? ANCHOR_SUFFIX_RE.exec(inline.content) : null
        if (inline && m?.[1]) {
          t.attrSet('id', m[1])
          // Strip the suffix from the visible heading text.
          inline.content = inline.content.replace(ANCHOR_SUFFIX_RE, '')
          const last = inline.children?.[inline.children.length - 1]
          if (last && last.type === 'text') last.content = last.content.replace(ANCHOR_SUFFIX_RE, '')
        }
      }
      if (t.type === 'link_open') {
        const href = String(t.attrGet('href') ?? '')
        const [scheme, rest = ''] = href.includes(':') ? [href.slice(0, href.indexOf(':')), href.slice(href.indexOf(':') + 1)] : ['', href]
        if (scheme === 'faq') {
          const [id = '', anchor] = rest.split('#')
          const anchors = anchorsById.get(id)
          if (!anchors) throw new FaqError(file, `link to unknown question "faq:${rest}"`)
          if (anchor !== undefined && !anchors.has(anchor)) throw new FaqError(file, `link to unknown anchor "faq:${rest}"`)
          t.attrSet('href', `/faq/${id}${anchor ? `#${anchor}` : ''}`)
          t.attrSet('data-internal', '')
        } else if (scheme === 'tool') {
          const route = TOOL_ROUTES[rest]
          if (!route) throw new FaqError(file, `link to unknown tool "tool:${rest}" (known: ${Object.keys(TOOL_ROUTES).join(', ')})`)
          t.attrSet('href', route)
          t.attrSet('data-internal', '')
        } else if (scheme === 'link') {
          const link = links[rest]
          if (!link) throw new FaqError(file, `link to unknown name "link:${rest}" (add it to links.yaml)`)
          const official = links['official-faq']?.url ?? ''
          t.attrSet('href', link.url ?? official)
          t.attrSet('rel', 'noopener noreferrer')
          t.attrSet('target', '_blank')
          t.attrSet('data-external', link.url ? '' : 'unknown')
          // The explanation once per page; every later link without an address gets the short form.
          notes.push(link.url ? linkNotes.external : unknownSeen++ === 0 ? linkNotes.unknown : (linkNotes.unknownAgain ?? linkNotes.unknown))
        } else {
          throw new FaqError(file, `link "${href}" must be faq:<id>, tool:<name> or link:<name> (no raw addresses)`)
        }
      }
      if (t.type === 'link_close') {
        const note = notes.shift()
        if (note) t.meta = { note }
      }
      if (t.children) walk(t.children)
    })
  }
  walk(tokens)
  const html = md.renderer.render(tokens, md.options, {})
  const leftover = /\*\*|__|~~/.exec(html.replace(/<code>[\s\S]*?<\/code>/g, ''))
  if (leftover) throw new FaqError(file, `emphasis marker "${leftover[0]}" was not rendered (check the ** pairs)`)
  return html
}

// Put the connection note after each external link, outside the link text.
md.renderer.rules.link_close = (tokens, idx, options, _env, self) => {
  const note = (tokens[idx]?.meta as { note?: string } | null)?.note
  return self.renderToken(tokens, idx, options) + (note ? `<span class="ext-note">${escapeHtml(note)}</span>` : '')
}

/** Compiles the whole faq/ folder; throws FaqError on the first problem. */
export function compileFaq(dir: string, options: CompileOptions): CompiledFaq {
  const steps = parseSteps(readYaml(dir, 'steps.yaml'))
  const links = parseLinks(readYaml(dir, 'links.yaml'))
  const audiences = parseAudiences(readYaml(dir, 'audiences.yaml'))
  const screenMessages = parseScreenMessages(readYaml(dir, 'screen-messages.yaml'), options.requiredMessages)
  const synonyms = existsSync(join(dir, 'synonyms.yaml')) ? parseSynonyms(readYaml(dir, 'synonyms.yaml')) : []
  const ctx: QuestionContext = {
    stepIds: steps.map((s) => s.id),
    audienceIds: audiences.map((a) => a.id),
    widgets: WIDGETS,
    messageKeys: Object.keys(screenMessages),
    audiences,
    screenMessages,
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !NON_QUESTION_FILES.has(f))
    .sort()
  if (files.length === 0) throw new FaqError('.', 'no question files (*.md)')

  const parsed = files.map((file) => {
    const { data, body } = splitFrontmatter(file, readFileSync(join(dir, file), 'utf8'))
    const meta = parseQuestionMeta(file, data, ctx)
    const anchors = headingAnchors(file, md.parse(body, {}))
    for (const m of meta.messages) {
      if (m.anchor && !anchors.includes(m.anchor)) throw new FaqError(file, `message anchor "${m.anchor}" has no heading with {#${m.anchor}} in the body`)
      // The page quotes the message it explains; the quote must be the catalogue's text, character for character.
      if (![meta.title, meta.summary, body].some((t) => t.includes(`「${m.text}」`))) {
        throw new FaqError(file, `neither the title, the summary nor the body quotes the message 「${m.text}」 exactly`)
      }
    }
    return { file, meta, body, anchors }
  })
  const anchorsById = new Map(parsed.map((p) => [p.meta.id, new Set(p.anchors)]))
  const orderSeen = new Map<string, string>()
  for (const { file, meta } of parsed) {
    for (const r of meta.related) {
      if (r === meta.id) throw new FaqError(file, 'related must not name the question itself')
      if (!anchorsById.has(r)) throw new FaqError(file, `related id "${r}" does not exist`)
    }
    const key = `${meta.step}#${meta.order}`
    const other = orderSeen.get(key)
    if (other) throw new FaqError(file, `order ${meta.order} in step "${meta.step}" is also used by ${other}`)
    orderSeen.set(key, file)
  }

  const stepIndex = new Map(steps.map((s, i) => [s.id, i]))
  const compiled: CompiledQuestion[] = parsed
    .map(({ file, meta, body }) => ({ ...meta, markdown: body, html: renderBody(body, { file, links, anchorsById, linkNotes: options.linkNotes }) }))
    .sort((a, b) => (stepIndex.get(a.step) ?? 0) - (stepIndex.get(b.step) ?? 0) || a.order - b.order)

  for (const s of steps) {
    if (!compiled.some((q) => q.step === s.id)) throw new FaqError('steps.yaml', `step "${s.id}" has no questions`)
  }

  const questions: QuestionMeta[] = compiled.map(({ html: _h, markdown: _m, ...meta }) => meta)
  const bodies = Object.fromEntries(compiled.map((q) => [q.id, q.html]))
  return { steps, links, questions, bodies, compiled, synonyms, screenMessages, audiences }
}
