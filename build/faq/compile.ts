/**
 * The FAQ compiler: reads faq/ (steps.yaml, links.yaml, synonyms.yaml, one Markdown file per question),
 * validates every file and renders the bodies to HTML. Node only; runs at build time and in tests.
 * The first problem stops the build with the file name and the reason: bad content never ships.
 *
 * The English edition (faq/en/, see faq/README.md) is a translation of the Japanese one: `compileEditions`
 * compiles both, takes what the English pages must not restate (step, order, audience, addresses) from the
 * Japanese pages, and checks that the two say the same things (the same questions, messages, anchors,
 * related questions, widgets and link targets). Both editions go through the same checks and renderer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import matter from 'gray-matter'
import MarkdownIt, { type Token } from 'markdown-it'
import cjkFriendly from 'markdown-it-cjk-friendly'
import { parse as parseYaml } from 'yaml'
import type { Audience, CompiledWalk, ExternalLink, FaqData, QuestionMeta, ScreenMessage, ScreenMessageEntry, Step, TranslatedQuestionMeta, WalkStep, WalkText } from '../../src/content/types.ts'
import { toolRoutes, widgetIndex } from '../../src/tools/registry.ts'
import {
  audienceSchema,
  frontmatterSchema,
  glossSchema,
  ID_RE,
  parseWith,
  screenMessageSchema,
  translatedLinkSchema,
  translationFrontmatterSchema,
  type Frontmatter,
  type FrontmatterContext,
} from './schema.ts'

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
  /**
   * put before the app paths that faq: and tool: links lead to, for an edition served under a prefix
   * ('/en' makes [x](faq:a) /en/faq/a); default none
   */
  pathPrefix?: string
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
  /** the companion's walk (walk.yaml; empty when the folder has none) */
  walk: CompiledWalk
}

/** A question of a translated edition: the source page's step, order and audience with this page's wording. */
export interface CompiledTranslatedQuestion extends CompiledQuestion, TranslatedQuestionMeta {}

/**
 * A translated edition (English) in the compiled shape of the source (Japanese) one. steps, links and
 * audiences carry the translated labels (links keep the source's addresses); screenMessages and each
 * question's messages keep the Japanese text (the real screens are Japanese) with the translated `gloss`.
 */
export interface CompiledTranslation extends CompiledFaq {
  questions: TranslatedQuestionMeta[]
  compiled: CompiledTranslatedQuestion[]
  /** faq/en/synonyms.yaml (optional): the English search box's groups, checked like faq/synonyms.yaml (which is for Japanese queries) */
  synonyms: string[][]
}

/** Both editions: the Japanese one exactly as compileFaq makes it, and the English translation of it. */
export interface CompiledEditions {
  ja: CompiledFaq
  en: CompiledTranslation
}

/** What each edition is told (see CompileOptions); the English edition quotes the Japanese catalogue, so it requires no message itself. */
export interface EditionOptions {
  ja: CompileOptions
  en: Omit<CompileOptions, 'requiredMessages'>
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

/** Parses and validates faq/steps.yaml (or a translation of it, `file`). */
export function parseSteps(raw: unknown, file = 'steps.yaml'): Step[] {
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

/** Parses and validates faq/synonyms.yaml or faq/en/synonyms.yaml (`file`, optional): a list of groups of equivalent terms. */
export function parseSynonyms(raw: unknown, file = 'synonyms.yaml'): string[][] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) throw new FaqError(file, 'must be a list of groups')
  return raw.map((g, i) => {
    const group = strList(file, g, `group ${i + 1}`)
    if (group.length < 2) throw new FaqError(file, `group ${i + 1} needs at least two terms`)
    return group
  })
}

/** Parses and validates faq/audiences.yaml (or a translation of it, `file`): who an answer can be for (the source FAQ names these groups). */
export function parseAudiences(raw: unknown, file = 'audiences.yaml'): Audience[] {
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

/** A frontmatter's message references, as written: a key of screen-messages.yaml and an optional anchor. */
type MessageRef = Frontmatter['messages'][number]

/** The catalogue entries of a page's message references, with their anchors. */
function resolveMessages(refs: readonly MessageRef[], catalogue: Readonly<Record<string, ScreenMessageEntry>>): ScreenMessage[] {
  return refs.map(({ key, anchor }): ScreenMessage => {
    const entry = catalogue[key] as ScreenMessageEntry
    return anchor === undefined ? { ...entry } : { ...entry, anchor }
  })
}

/** Audience ids as the labels `audiences` gives them. */
function audienceLabels(ids: readonly string[], audiences: readonly Audience[]): string[] {
  const labels = new Map(audiences.map((a) => [a.id, a.label]))
  return ids.map((id) => labels.get(id) ?? id)
}

/** Fails unless the page's `id` is its file name (`file` may be inside a folder: en/<id>.md). */
function checkIdMatchesFile(file: string, id: string): void {
  if (`${id}.md` !== basename(file)) throw new FaqError(file, `id "${id}" must match the file name`)
}

/** Validates one question's frontmatter and resolves its references; also returns the frontmatter as written. */
function parseSourceMeta(file: string, data: unknown, ctx: QuestionContext): { fm: Frontmatter; meta: QuestionMeta } {
  if (!isObj(data)) throw new FaqError(file, 'frontmatter must be a mapping')
  const fm = parseWith(frontmatterSchema(ctx), data, (reason) => {
    throw new FaqError(file, reason)
  })
  checkIdMatchesFile(file, fm.id)
  return { fm, meta: { ...fm, audience: audienceLabels(fm.audience, ctx.audiences), messages: resolveMessages(fm.messages, ctx.screenMessages) } }
}

/** Validates one question's frontmatter (everything that does not need the other questions) and resolves its references. */
export function parseQuestionMeta(file: string, data: unknown, ctx: QuestionContext): QuestionMeta {
  return parseSourceMeta(file, data, ctx).meta
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
  /** CompileOptions.pathPrefix */
  pathPrefix: string
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
  const { file, links, anchorsById, linkNotes, pathPrefix } = ctx
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
          t.attrSet('href', `${pathPrefix}/faq/${id}${anchor ? `#${anchor}` : ''}`)
          t.attrSet('data-internal', '')
        } else if (scheme === 'tool') {
          const route = TOOL_ROUTES[rest]
          if (!route) throw new FaqError(file, `link to unknown tool "tool:${rest}" (known: ${Object.keys(TOOL_ROUTES).join(', ')})`)
          t.attrSet('href', pathPrefix + route)
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

/** The question files of a folder (`sub`: a folder inside `dir`, for a translation), sorted by name. */
function questionFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub))
    .filter((f) => f.endsWith('.md') && !NON_QUESTION_FILES.has(f))
    .sort()
}

/**
 * The checks of a page's messages, the same in every edition: each message anchor has its heading, and the
 * title, summary or body quotes each message 「text」 exactly (the real screens are Japanese in every edition).
 */
function checkMessageQuotes(file: string, page: { title: string; summary: string; body: string }, messages: readonly ScreenMessage[], anchors: readonly string[]): void {
  for (const m of messages) {
    if (m.anchor && !anchors.includes(m.anchor)) throw new FaqError(file, `message anchor "${m.anchor}" has no heading with {#${m.anchor}} in the body`)
    // The page quotes the message it explains; the quote must be the catalogue's text, character for character.
    if (![page.title, page.summary, page.body].some((t) => t.includes(`「${m.text}」`))) {
      throw new FaqError(file, `neither the title, the summary nor the body quotes the message 「${m.text}」 exactly`)
    }
  }
}

/** One question file, read and checked on its own. */
interface ReadQuestion {
  file: string
  body: string
  /** heading anchors, in body order */
  anchors: string[]
}

/** A Japanese question with its frontmatter as written: what its translation is compared with. */
interface SourceQuestion extends ReadQuestion {
  fm: Frontmatter
  meta: QuestionMeta
}

/** The Japanese edition compiled, with what a translation is checked against. */
interface SourceEdition {
  faq: CompiledFaq
  ctx: QuestionContext
  /** by question id */
  questions: Map<string, SourceQuestion>
}

/** Compiles the Japanese edition (faq/); throws FaqError on the first problem. */
function compileSource(dir: string, options: CompileOptions): SourceEdition {
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
  const files = questionFiles(dir)
  if (files.length === 0) throw new FaqError('.', 'no question files (*.md)')

  const parsed = files.map((file): SourceQuestion => {
    const { data, body } = splitFrontmatter(file, readFileSync(join(dir, file), 'utf8'))
    const { fm, meta } = parseSourceMeta(file, data, ctx)
    const anchors = headingAnchors(file, md.parse(body, {}))
    checkMessageQuotes(file, { title: meta.title, summary: meta.summary, body }, meta.messages, anchors)
    checkFacts(file, meta.facts, body)
    return { file, fm, meta, body, anchors }
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

  const pathPrefix = options.pathPrefix ?? ''
  const stepIndex = new Map(steps.map((s, i) => [s.id, i]))
  const compiled: CompiledQuestion[] = parsed
    .map(({ file, meta, body }) => ({ ...meta, markdown: body, html: renderBody(body, { file, links, anchorsById, linkNotes: options.linkNotes, pathPrefix }) }))
    .sort((a, b) => (stepIndex.get(a.step) ?? 0) - (stepIndex.get(b.step) ?? 0) || a.order - b.order)

  for (const s of steps) {
    if (!compiled.some((q) => q.step === s.id)) throw new FaqError('steps.yaml', `step "${s.id}" has no questions`)
  }

  const questions: QuestionMeta[] = compiled.map(({ html: _h, markdown: _m, ...meta }) => meta)
  const bodies = Object.fromEntries(compiled.map((q) => [q.id, q.html]))
  const walk = existsSync(join(dir, WALK_FILE))
    ? parseWalk(readYaml(dir, WALK_FILE), WALK_FILE, { stepIds: ctx.stepIds, links, questions, anchorsById, quotes: quotesOf(compiled, screenMessages) })
    : { steps: [], text: {} }
  return {
    faq: { steps, links, questions, bodies, compiled, synonyms, screenMessages, audiences, walk },
    ctx,
    questions: new Map(parsed.map((p) => [p.meta.id, p])),
  }
}

/** Compiles the whole faq/ folder (the Japanese edition; faq/en/ is not read); throws FaqError on the first problem. */
export function compileFaq(dir: string, options: CompileOptions): CompiledFaq {
  return compileSource(dir, options).faq
}

// ---- The English edition (faq/en/) --------------------------------------------------------------------------

/** The folder of the English edition inside faq/. */
export const TRANSLATION_DIR = 'en'

const list = (xs: readonly string[]): string => `[${xs.join(', ')}]`

/** Fails unless a list is the same as the Japanese page's, item for item. */
function sameList(file: string, what: string, here: readonly string[], there: readonly string[], source: string): void {
  if (here.length === there.length && here.every((x, i) => x === there[i])) return
  throw new FaqError(file, `${what} must be the same as in the Japanese page ${source}, in the same order (there: ${list(there)}; here: ${list(here)})`)
}

/** Fails unless two sets are equal, naming what is missing and what is extra. */
function sameSet(file: string, what: string, here: Iterable<string>, there: Iterable<string>, source: string): void {
  const h = new Set(here)
  const t = new Set(there)
  const missing = [...t].filter((x) => !h.has(x))
  const extra = [...h].filter((x) => !t.has(x))
  if (missing.length === 0 && extra.length === 0) return
  const parts = [missing.length ? `missing here: ${missing.join(', ')}` : '', extra.length ? `not in the Japanese page: ${extra.join(', ')}` : '']
  throw new FaqError(file, `${what} must be the same as in the Japanese page ${source} (${parts.filter(Boolean).join('; ')})`)
}

/** A message reference as one string: key, or key#anchor. */
const refString = (m: MessageRef): string => (m.anchor === undefined ? m.key : `${m.key}#${m.anchor}`)

/** Parses faq/en/steps.yaml: the steps of steps.yaml, same ids in the same order, with translated title, short and summary. */
function parseTranslatedSteps(raw: unknown, source: readonly Step[], file: string): Step[] {
  const steps = parseSteps(raw, file)
  const here = steps.map((s) => s.id)
  const there = source.map((s) => s.id)
  for (const id of there) if (!here.includes(id)) throw new FaqError(file, `step "${id}" of steps.yaml is missing`)
  for (const id of here) if (!there.includes(id)) throw new FaqError(file, `step "${id}" is not in steps.yaml`)
  here.forEach((id, i) => {
    if (id !== there[i]) throw new FaqError(file, `step ${i + 1} must be "${there[i]}", not "${id}" (the same order as steps.yaml)`)
  })
  return steps
}

/** Parses faq/en/audiences.yaml: a label for every audience of audiences.yaml, and no other. */
function parseTranslatedAudiences(raw: unknown, source: readonly Audience[], file: string): Audience[] {
  const audiences = parseAudiences(raw, file)
  const ids = new Set(audiences.map((a) => a.id))
  for (const a of source) if (!ids.has(a.id)) throw new FaqError(file, `audience "${a.id}" of audiences.yaml has no label here`)
  for (const a of audiences) if (!source.some((s) => s.id === a.id)) throw new FaqError(file, `audience "${a.id}" is not in audiences.yaml`)
  return audiences
}

/** Parses faq/en/links.yaml: `name: {label}` for every name of links.yaml and no other; the addresses are links.yaml's. */
function parseTranslatedLinks(raw: unknown, source: Readonly<Record<string, ExternalLink>>, file: string): Record<string, ExternalLink> {
  if (!isObj(raw)) throw new FaqError(file, 'must be a mapping of the link names of links.yaml to {label}')
  const links: Record<string, ExternalLink> = {}
  for (const [name, v] of Object.entries(raw)) {
    const src = source[name]
    if (!src) throw new FaqError(file, `link "${name}" is not in links.yaml`)
    if (!isObj(v)) throw new FaqError(file, `${name} must be a mapping with label (the address comes from links.yaml)`)
    const { label } = parseWith(translatedLinkSchema, v, (reason) => {
      throw new FaqError(file, `${name}: ${reason}`)
    })
    links[name] = src.url === undefined ? { name, label } : { name, label, url: src.url }
  }
  // In the order of links.yaml.
  for (const name of Object.keys(source)) if (!links[name]) throw new FaqError(file, `link "${name}" of links.yaml has no label here`)
  return Object.fromEntries(Object.keys(source).map((name) => [name, links[name] as ExternalLink]))
}

/** Parses faq/en/screen-messages.yaml: `key: gloss` for every key of screen-messages.yaml and no other. */
function parseGlosses(raw: unknown, catalogue: Readonly<Record<string, ScreenMessageEntry>>, file: string): Record<string, string> {
  if (!isObj(raw)) throw new FaqError(file, 'must be a mapping of the message keys of screen-messages.yaml to glosses')
  const glosses: Record<string, string> = {}
  for (const [key, v] of Object.entries(raw)) {
    if (!catalogue[key]) throw new FaqError(file, `"${key}" is not a message key of screen-messages.yaml`)
    glosses[key] = parseWith(glossSchema, v, (reason) => {
      throw new FaqError(file, `${key}: ${reason}`)
    })
  }
  for (const key of Object.keys(catalogue)) {
    if (glosses[key] === undefined) throw new FaqError(file, `message "${key}" of screen-messages.yaml has no gloss here`)
  }
  return glosses
}

/** The link targets of a body as written (faq:…, link:…, tool:…), once each. */
function linkTargets(body: string): Set<string> {
  const targets = new Set<string>()
  const walk = (list: Token[]): void => {
    for (const t of list) {
      if (t.type === 'link_open') targets.add(String(t.attrGet('href') ?? ''))
      if (t.children) walk(t.children)
    }
  }
  walk(md.parse(body, {}))
  return targets
}

/** What a reader sees of a Markdown text, with every run of white space as one space (no markup, no line breaks). */
function plainText(markdown: string): string {
  const out: string[] = []
  const walk = (list: Token[]): void => {
    for (const t of list) {
      if (t.type === 'text' || t.type === 'code_inline') out.push(t.content)
      else if (t.type === 'softbreak' || t.type === 'hardbreak') out.push(' ')
      if (t.children) walk(t.children)
    }
  }
  for (const t of md.parse(markdown, {})) {
    if (t.type === 'inline') {
      walk(t.children ?? [])
      out.push('\n')
    }
  }
  return out.join('').replace(/\s+/g, ' ')
}

/** Fails unless each message the page names is followed, at least once, by its gloss: 「無効なキー」 (“Invalid key”). */
function checkGlosses(file: string, page: { title: string; summary: string; body: string }, refs: readonly MessageRef[], catalogue: Readonly<Record<string, ScreenMessageEntry>>, glossFile: string): void {
  const shown = [page.title, page.summary, plainText(page.body)].join('\n').replace(/\s+/g, ' ')
  for (const { key } of refs) {
    const { text, gloss = '' } = catalogue[key] as ScreenMessageEntry
    const quote = `「${text.replace(/\s+/g, ' ')}」`
    const glossed = `(“${gloss.replace(/\s+/g, ' ')}”)`
    if (!shown.includes(`${quote} ${glossed}`) && !shown.includes(quote + glossed)) {
      throw new FaqError(file, `the message ${quote} is never followed by its gloss from ${glossFile}: write ${quote} ${glossed} at least once`)
    }
  }
}

/** Compiles faq/en/ against the compiled Japanese edition; throws FaqError on the first problem. */
function compileTranslation(dir: string, source: SourceEdition, options: EditionOptions['en']): CompiledTranslation {
  const sub = TRANSLATION_DIR
  const at = (f: string): string => `${sub}/${f}`
  if (!existsSync(join(dir, sub))) throw new FaqError(sub, 'the English edition folder is missing')
  const ja = source.faq
  const steps = parseTranslatedSteps(readYaml(dir, at('steps.yaml')), ja.steps, at('steps.yaml'))
  const audiences = parseTranslatedAudiences(readYaml(dir, at('audiences.yaml')), ja.audiences, at('audiences.yaml'))
  const links = parseTranslatedLinks(readYaml(dir, at('links.yaml')), ja.links, at('links.yaml'))
  const glossFile = at('screen-messages.yaml')
  const glosses = parseGlosses(readYaml(dir, glossFile), ja.screenMessages, glossFile)
  const screenMessages: Record<string, ScreenMessageEntry> = Object.fromEntries(
    Object.entries(ja.screenMessages).map(([key, entry]) => [key, { ...entry, gloss: glosses[key] as string }]),
  )

  // The same questions: a page for every Japanese one, and none without one.
  const files = questionFiles(dir, sub)
  const names = new Set(files)
  for (const { file } of source.questions.values()) {
    if (!names.has(file)) throw new FaqError(at(file), `is missing: the Japanese question faq/${file} has no English page`)
  }
  for (const name of files) {
    if (!source.questions.has(name.slice(0, -'.md'.length))) {
      throw new FaqError(at(name), `has no Japanese question faq/${name}: an English page translates the Japanese page with the same file name`)
    }
  }

  const parsed = files.map((name) => {
    const file = at(name)
    const src = source.questions.get(name.slice(0, -'.md'.length)) as SourceQuestion
    const sourceFile = `faq/${src.file}`
    const { data, body } = splitFrontmatter(file, readFileSync(join(dir, file), 'utf8'))
    if (!isObj(data)) throw new FaqError(file, 'frontmatter must be a mapping')
    const fm = parseWith(translationFrontmatterSchema(source.ctx, sourceFile), data, (reason) => {
      throw new FaqError(file, reason)
    })
    checkIdMatchesFile(file, fm.id)
    sameList(file, 'messages (key#anchor)', fm.messages.map(refString), src.fm.messages.map(refString), sourceFile)
    sameList(file, 'related', fm.related, src.fm.related, sourceFile)
    sameList(file, 'widgets', fm.widgets, src.fm.widgets, sourceFile)
    sameSet(file, 'the fact keys', Object.keys(fm.facts), Object.keys(src.fm.facts), sourceFile)
    checkFacts(file, fm.facts, body)
    const messages = resolveMessages(fm.messages, screenMessages)
    const anchors = headingAnchors(file, md.parse(body, {}))
    const page = { title: fm.title, summary: fm.summary, body }
    checkMessageQuotes(file, page, messages, anchors)
    sameSet(file, 'the heading anchors', anchors.map((a) => `{#${a}}`), src.anchors.map((a) => `{#${a}}`), sourceFile)
    const meta: TranslatedQuestionMeta = {
      id: fm.id,
      step: src.meta.step,
      order: src.meta.order,
      title: fm.title,
      summary: fm.summary,
      audience: audienceLabels(src.fm.audience, audiences),
      messages,
      keywords: fm.keywords,
      related: fm.related,
      widgets: fm.widgets,
      facts: fm.facts,
      checked: fm.checked,
      sourceChecked: src.meta.checked,
    }
    return { file, src, sourceFile, fm, page, meta, body, anchors }
  })

  const anchorsById = new Map(parsed.map((p) => [p.meta.id, new Set(p.anchors)]))
  const pathPrefix = options.pathPrefix ?? ''
  const byId = new Map(
    parsed.map(({ file, src, sourceFile, fm, page, meta, body }) => {
      const html = renderBody(body, { file, links, anchorsById, linkNotes: options.linkNotes, pathPrefix })
      sameSet(file, 'the link targets', linkTargets(body), linkTargets(src.body), sourceFile)
      checkGlosses(file, page, fm.messages, screenMessages, glossFile)
      return [meta.id, { ...meta, markdown: body, html }]
    }),
  )
  // In the Japanese edition's order (step, then order).
  const compiled = ja.compiled.map((q) => byId.get(q.id) as CompiledTranslatedQuestion)
  const questions: TranslatedQuestionMeta[] = compiled.map(({ html: _h, markdown: _m, ...meta }) => meta)
  const bodies = Object.fromEntries(compiled.map((q) => [q.id, q.html]))
  const synonymsFile = at('synonyms.yaml')
  const synonyms = existsSync(join(dir, synonymsFile)) ? parseSynonyms(readYaml(dir, synonymsFile), synonymsFile) : []
  const walkFile = at(WALK_FILE)
  const walk =
    ja.walk.steps.length === 0 && !existsSync(join(dir, walkFile))
      ? { steps: [], text: {} }
      : parseTranslatedWalk(readYaml(dir, walkFile), walkFile, ja.walk, questions, quotesOf(ja.compiled, ja.screenMessages))
  return { steps, links, questions, bodies, compiled, synonyms, screenMessages, audiences, walk }
}

/**
 * Compiles both editions of the faq/ folder: the Japanese one (faq/, exactly as compileFaq) and the English
 * one (faq/en/), checked against each other. Throws FaqError, naming the file and the reason, on the first
 * problem of either.
 */
export function compileEditions(dir: string, options: EditionOptions): CompiledEditions {
  const source = compileSource(dir, options.ja)
  return { ja: source.faq, en: compileTranslation(dir, source, options.en) }
}

// ---- Facts and the companion's walk (walk.yaml, en/walk.yaml) ------------------------------------------------

/** Fails unless every fact of a page is a sentence of its body, word for word (white space aside). */
function checkFacts(file: string, facts: Readonly<Record<string, string>>, body: string): void {
  const shown = plainText(body)
  for (const [key, sentence] of Object.entries(facts)) {
    if (!shown.includes(sentence.replace(/\s+/g, ' '))) throw new FaqError(file, `fact "${key}" is not in the body word for word: "${sentence}"`)
  }
}

/** The walk's file, in faq/ and in faq/en/. */
export const WALK_FILE = 'walk.yaml'

const WALK_KEYS = ['id', 'screen', 'link', 'title', 'shows', 'do', 'facts', 'widgets', 'questions'] as const

/** Every 「…」 the Japanese FAQ quotes (titles, summaries, bodies, the message catalogue): the names a walk may quote. */
function quotesOf(compiled: readonly CompiledQuestion[], catalogue: Readonly<Record<string, ScreenMessageEntry>>): Set<string> {
  const quotes = new Set<string>(Object.values(catalogue).map((m) => `「${m.text}」`))
  for (const q of compiled) for (const t of [q.title, q.summary, plainText(q.markdown)]) for (const m of t.matchAll(/「[^「」]*」/g)) quotes.add(m[0])
  return quotes
}

/** Fails on a 「…」 in a walk text that the Japanese FAQ never quotes (a button or field name the FAQ does not give). */
function checkWalkQuotes(file: string, where: string, text: string, quotes: ReadonlySet<string>): void {
  for (const m of text.matchAll(/「[^「」]*」/g)) {
    if (!quotes.has(m[0])) throw new FaqError(file, `${where} quotes ${m[0]}, which no question of the Japanese FAQ quotes (use only the names the FAQ gives)`)
  }
}

interface WalkContext {
  stepIds: readonly string[]
  links: Readonly<Record<string, ExternalLink>>
  questions: readonly QuestionMeta[]
  anchorsById: ReadonlyMap<string, ReadonlySet<string>>
  quotes: ReadonlySet<string>
}

/** A fact reference `<question id>.<fact key>` (or `.summary`) as the sentence of that edition's question. */
function factText(file: string, where: string, ref: string, questions: readonly QuestionMeta[]): { question: string; key: string; text: string } {
  const dot = ref.lastIndexOf('.')
  const [id, key] = dot < 0 ? [ref, ''] : [ref.slice(0, dot), ref.slice(dot + 1)]
  if (!key) throw new FaqError(file, `${where}: fact "${ref}" must be <question id>.<fact key> (or <question id>.summary)`)
  const q = questions.find((x) => x.id === id)
  if (!q) throw new FaqError(file, `${where}: fact "${ref}" names an unknown question "${id}"`)
  const text = key === 'summary' ? q.summary : q.facts[key]
  if (text === undefined) {
    const known = ['summary', ...Object.keys(q.facts)].join(', ')
    throw new FaqError(file, `${where}: fact "${ref}": ${id} has no fact "${key}" (known: ${known}; add it to facts: in its frontmatter)`)
  }
  return { question: id, key, text }
}

/** The messages each anchored question reference explains, quoted as the edition quotes them (with the gloss in a translation). */
function anchorMessages(refs: readonly { id: string; anchor?: string }[], questions: readonly QuestionMeta[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const { id, anchor } of refs) {
    if (anchor === undefined) continue
    const here = questions.find((q) => q.id === id)?.messages.filter((m) => m.anchor === anchor) ?? []
    if (here.length > 0) out[`${id}#${anchor}`] = here.map((m) => (m.gloss ? `「${m.text}」 (“${m.gloss}”)` : `「${m.text}」`)).join(' ')
  }
  return out
}

/** Parses the Japanese walk.yaml: each step's screen, link, facts, widgets and questions checked against the FAQ. */
export function parseWalk(raw: unknown, file: string, ctx: WalkContext): CompiledWalk {
  if (!Array.isArray(raw) || raw.length === 0) throw new FaqError(file, 'must be a non-empty list of steps')
  const seen = new Set<string>()
  const steps: WalkStep[] = []
  const text: Record<string, WalkText> = {}
  raw.forEach((s, i) => {
    if (!isObj(s)) throw new FaqError(file, `step ${i + 1} must be a mapping`)
    const id = str(file, s.id, `step ${i + 1} id`)
    if (!ID_RE.test(id)) throw new FaqError(file, `step id "${id}" must be lower-case words joined by hyphens`)
    if (seen.has(id)) throw new FaqError(file, `duplicate step id "${id}"`)
    seen.add(id)
    for (const k of Object.keys(s)) {
      if (!(WALK_KEYS as readonly string[]).includes(k)) throw new FaqError(file, `${id}: unknown key "${k}" (allowed: ${WALK_KEYS.join(', ')})`)
    }
    const screen = str(file, s.screen, `${id}.screen`)
    if (!ctx.stepIds.includes(screen)) throw new FaqError(file, `${id}: unknown screen "${screen}" (a step id of steps.yaml: ${ctx.stepIds.join(', ')})`)
    let link: string | undefined
    if (s.link !== undefined) {
      link = str(file, s.link, `${id}.link`)
      if (!ctx.links[link]) throw new FaqError(file, `${id}: unknown link "${link}" (add it to links.yaml)`)
    }
    const widgets = strList(file, s.widgets, `${id}.widgets`, true)
    for (const w of widgets) if (!WIDGETS.includes(w)) throw new FaqError(file, `${id}: unknown widget "${w}" (known: ${WIDGETS.join(', ')})`)
    const questions = strList(file, s.questions, `${id}.questions`, true).map((ref) => {
      const [qid = '', anchor] = ref.split('#')
      const anchors = ctx.anchorsById.get(qid)
      if (!anchors) throw new FaqError(file, `${id}: unknown question "${qid}"`)
      if (anchor !== undefined && !anchors.has(anchor)) throw new FaqError(file, `${id}: question ${qid} has no anchor "${anchor}"`)
      return anchor === undefined ? { id: qid } : { id: qid, anchor }
    })
    const facts = strList(file, s.facts, `${id}.facts`, true).map((ref) => factText(file, id, ref, ctx.questions))
    const t: WalkText = {
      title: str(file, s.title, `${id}.title`),
      shows: str(file, s.shows, `${id}.shows`),
      do: str(file, s.do, `${id}.do`),
      facts: facts.map((f) => f.text),
      messages: anchorMessages(questions, ctx.questions),
    }
    for (const k of ['title', 'shows', 'do'] as const) checkWalkQuotes(file, `${id}.${k}`, t[k], ctx.quotes)
    steps.push({ id, screen, ...(link === undefined ? {} : { link }), widgets, questions, facts: facts.map(({ question, key }) => ({ question, key })) })
    text[id] = t
  })
  return { steps, text }
}

/**
 * Parses the English walk (en/walk.yaml) against the Japanese one: the same steps in the same order, each with
 * the same screen, link, facts, widgets and questions, its own title, shows and do, and its facts' sentences
 * from the English pages.
 */
export function parseTranslatedWalk(raw: unknown, file: string, source: CompiledWalk, questions: readonly QuestionMeta[], quotes: ReadonlySet<string>): CompiledWalk {
  if (!Array.isArray(raw)) throw new FaqError(file, 'must be a list of the steps of walk.yaml')
  const there = source.steps.map((s) => s.id)
  const here = raw.map((s, i) => (isObj(s) ? str(file, s.id, `step ${i + 1} id`) : ''))
  for (const id of there) if (!here.includes(id)) throw new FaqError(file, `step "${id}" of walk.yaml is missing`)
  for (const id of here) if (!there.includes(id)) throw new FaqError(file, `step "${id}" is not in walk.yaml`)
  const text: Record<string, WalkText> = {}
  raw.forEach((s: Obj, i) => {
    const src = source.steps[i] as WalkStep
    const id = here[i] as string
    if (id !== src.id) throw new FaqError(file, `step ${i + 1} must be "${src.id}", not "${id}" (the same order as walk.yaml)`)
    for (const k of Object.keys(s)) {
      if (!(WALK_KEYS as readonly string[]).includes(k)) throw new FaqError(file, `${id}: unknown key "${k}" (allowed: ${WALK_KEYS.join(', ')})`)
    }
    const same = (what: string, mine: readonly string[], theirs: readonly string[]): void => {
      if (mine.length !== theirs.length || mine.some((x, j) => x !== theirs[j])) {
        throw new FaqError(file, `${id}: ${what} must be the same as in walk.yaml, in the same order (there: ${list(theirs)}; here: ${list(mine)})`)
      }
    }
    same('screen', [str(file, s.screen, `${id}.screen`)], [src.screen])
    same('link', s.link === undefined ? [] : [str(file, s.link, `${id}.link`)], src.link === undefined ? [] : [src.link])
    same('widgets', strList(file, s.widgets, `${id}.widgets`, true), src.widgets)
    same('questions', strList(file, s.questions, `${id}.questions`, true), src.questions.map((q) => (q.anchor === undefined ? q.id : `${q.id}#${q.anchor}`)))
    const refs = strList(file, s.facts, `${id}.facts`, true)
    same('facts', refs, src.facts.map((f) => `${f.question}.${f.key}`))
    const t: WalkText = {
      title: str(file, s.title, `${id}.title`),
      shows: str(file, s.shows, `${id}.shows`),
      do: str(file, s.do, `${id}.do`),
      facts: refs.map((ref) => factText(file, id, ref, questions).text),
      messages: anchorMessages(src.questions, questions),
    }
    for (const k of ['title', 'shows', 'do'] as const) checkWalkQuotes(file, `${id}.${k}`, t[k], quotes)
    text[id] = t
  })
  return { steps: source.steps, text }
}
