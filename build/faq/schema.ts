/**
 * The FAQ's data formats, declared once with valibot (build time only): a question's frontmatter, the
 * on-screen message catalogue (screen-messages.yaml) and the audiences (audiences.yaml). Each schema lists
 * the allowed keys (any other key is refused) and says, in its messages, what is wrong; `reasonOf` turns
 * valibot's first issue into the reason a FaqError reports.
 */
import * as v from 'valibot'
import type { QuestionMeta } from '../../src/content/types.ts'

export const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

type AnySchema = v.GenericSchema<unknown, unknown>

/** A mapping with exactly these keys; a missing key is reported with the key's own message. */
function strict<const E extends v.ObjectEntries>(entries: E, unknownKey: (key: string) => string) {
  return v.strictObject(entries, (issue) => {
    const key = String(issue.path?.at(-1)?.key ?? '')
    if (issue.expected === 'never') return unknownKey(key)
    // A missing key: what its schema says about `undefined` ("title must be a non-empty string").
    const schema = entries[key] as AnySchema | undefined
    const missing = schema ? v.safeParse(schema, undefined).issues?.[0]?.message : undefined
    return missing ?? `${key} is required`
  })
}

/** A non-empty string, trimmed. */
function text(what: string) {
  const message = `${what} must be a non-empty string`
  return v.pipe(v.string(message), v.trim(), v.nonEmpty(message))
}

/**
 * Markup a title would show as it is: the app writes titles as plain text (headings, the page title, search
 * results), so an HTML tag or character reference (<b>, &amp;) or Markdown (**強調**, `code`, [x](y))
 * would appear literally on screen.
 */
const MARKUP_RE = /<\/?[a-z!][^>]*>|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);|\*\*|__|`|\[[^\]]*\]\(/i

/** Plain text: no markup that would render literally (see MARKUP_RE). */
function plain(what: string) {
  return v.check(
    (s: string) => !MARKUP_RE.test(s),
    (i: v.CheckIssue<string>) => `${what} must be plain text: "${MARKUP_RE.exec(String(i.input))?.[0] ?? ''}" would be shown as it is, not as markup`,
  )
}

/** An id: lower-case words joined by hyphens. */
function slug(what: string) {
  return v.pipe(
    text(what),
    v.regex(ID_RE, (i) => `${what} "${i.input}" must be lower-case words joined by hyphens`),
  )
}

/** A list of non-empty strings (a bare number in YAML, like 6, counts as its text). */
function list<const S extends v.GenericSchema<string, string>>(what: string, item: S) {
  const listMessage = `${what} must be a list`
  return v.array(v.pipe(v.union([v.string(), v.number()], `${what} must hold non-empty strings`), v.transform(String), text(`each ${what} entry`), item), listMessage)
}

/** One of `known`, or the message naming the known values. */
function oneOf(what: string, known: readonly string[]) {
  return v.picklist(known, (i) => `unknown ${what} "${String(i.input)}" (known: ${known.join(', ')})`)
}

/** What a question's frontmatter may name from the other files. */
export interface FrontmatterContext {
  stepIds: readonly string[]
  /** audience ids (audiences.yaml) */
  audienceIds: readonly string[]
  widgets: readonly string[]
  /** keys of the on-screen message catalogue (screen-messages.yaml) */
  messageKeys: readonly string[]
}

const ORDER = 'order must be a positive whole number'
const CHECKED = 'checked must be a date like 2026-11-25'

/** Every frontmatter key's schema: a question's in full, a translation's without what it takes from its source. */
function questionEntries(ctx: FrontmatterContext) {
  const messageRef = v.pipe(
    v.union(
      [v.string(), v.custom<Record<string, unknown>>((m) => typeof m === 'object' && m !== null && !Array.isArray(m))],
      'each of messages must be a key of screen-messages.yaml or a mapping with key (and anchor)',
    ),
    v.transform((m) => (typeof m === 'string' ? { key: m } : m)),
    strict(
      {
        key: v.pipe(text('a message key'), oneOf('screen message', ctx.messageKeys)),
        anchor: v.optional(slug('message anchor')),
      },
      (k) => `a message has unknown key "${k}" (allowed: key, anchor)`,
    ),
  )
  return {
    id: slug('id'),
    step: v.pipe(text('step'), oneOf('step', ctx.stepIds)),
    order: v.pipe(v.number(ORDER), v.integer(ORDER), v.minValue(1, ORDER)),
    title: v.pipe(text('title'), plain('title')),
    summary: text('summary'),
    audience: v.optional(list('audience', oneOf('audience', ctx.audienceIds)), []),
    messages: v.array(messageRef, (i) => (i.input === undefined ? 'messages is required (use [] when there are none)' : 'messages must be a list')),
    keywords: list('keywords', v.string()),
    related: v.optional(list('related', slug('related id')), []),
    widgets: v.optional(list('widgets', oneOf('widget', ctx.widgets)), []),
    facts: v.optional(
      v.record(
        v.pipe(
          v.string(),
          v.regex(ID_RE, (i) => `fact key "${i.input}" must be lower-case words joined by hyphens`),
          v.check((k) => k !== 'summary', 'fact key "summary" is taken: the walk cites a summary as <id>.summary'),
        ),
        v.pipe(text('each fact'), plain('each fact')),
        'facts must be a mapping of keys to sentences of the body',
      ),
      {},
    ),
    checked: v.pipe(
      v.union([v.pipe(v.date(), v.transform((d) => d.toISOString().slice(0, 10))), v.string()], CHECKED),
      v.regex(DATE_RE, CHECKED),
      v.check((d) => !Number.isNaN(Date.parse(d)), CHECKED),
    ),
  }
}

/** A question's frontmatter (faq/README.md describes it). */
export function frontmatterSchema(ctx: FrontmatterContext) {
  return strict(questionEntries(ctx), (k) => `unknown frontmatter key "${k}"`)
}

/** The keys a translated page takes from its source page and must not set itself. */
export const FROM_SOURCE = ['step', 'order', 'audience'] as const

/**
 * A translated page's frontmatter (faq/en/<id>.md): the same keys as a question's except step, order and
 * audience, which come from the source page `source` (named in the reason when a page sets one).
 */
export function translationFrontmatterSchema(ctx: FrontmatterContext, source: string) {
  const { step: _step, order: _order, audience: _audience, ...entries } = questionEntries(ctx)
  return strict(entries, (k) =>
    (FROM_SOURCE as readonly string[]).includes(k)
      ? `${k} must not be set here: it is taken from the Japanese page ${source} (remove it)`
      : `unknown frontmatter key "${k}"`,
  )
}

export type TranslationFrontmatter = v.InferOutput<ReturnType<typeof translationFrontmatterSchema>>

export type Frontmatter = v.InferOutput<ReturnType<typeof frontmatterSchema>>

// The frontmatter has exactly QuestionMeta's fields (messages and audience are resolved from the catalogues).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameKeys: Same<keyof Frontmatter, keyof QuestionMeta> = true
void sameKeys

/** One entry of faq/screen-messages.yaml. */
export const screenMessageSchema = strict(
  {
    text: v.pipe(
      text('text'),
      v.check((t) => !(t.startsWith('「') && t.endsWith('」')), 'text must not carry surrounding 「」 (the app adds them)'),
    ),
    where: v.optional(text('where')),
  },
  (k) => `unknown key "${k}" (allowed: text, where)`,
)

/** One gloss of faq/en/screen-messages.yaml: the message's meaning in that language, plain text, no surrounding quotes. */
export const glossSchema = v.pipe(
  text('the gloss'),
  plain('the gloss'),
  // “Invalid key” is refused; “New password” and “New password (confirm)” do not match. is a gloss.
  v.check((g) => !/^[“"][^“”"]*[”"]$/.test(g), 'the gloss must not carry surrounding quotes (pages write 「text」 (“gloss”))'),
)

/** One entry of a translated links.yaml (faq/en/links.yaml): the label only, the address is the source's. */
export const translatedLinkSchema = strict({ label: text('label') }, (k) =>
  k === 'url' ? 'url must not be set here: the address is taken from links.yaml (write only label)' : `unknown key "${k}" (allowed: label)`,
)

/** One entry of faq/audiences.yaml. */
export const audienceSchema = strict({ id: slug('id'), label: text('label') }, (k) => `unknown key "${k}" (allowed: id, label)`)

/** The reason to report for a failed parse: the first issue's message. */
export function reasonOf(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues[0]?.message ?? 'is not valid'
}

/** Parses `input` with `schema`; on failure calls `fail` with the reason (it must throw). */
export function parseWith<S extends AnySchema>(schema: S, input: unknown, fail: (reason: string) => never): v.InferOutput<S> {
  const r = v.safeParse(schema, input, { abortEarly: true })
  if (!r.success) fail(reasonOf(r.issues))
  return r.output as v.InferOutput<S>
}
