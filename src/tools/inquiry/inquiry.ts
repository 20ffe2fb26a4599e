/**
 * The help desk inquiry, ready to send: which choices to pick in the inquiry form, whom to ask, and the
 * text itself. Pure: titles, the user's entries and the wording are passed in (wording from
 * src/locales/<lang>/inquiry.ts), so the same function serves the page and the table tests.
 *
 * Nothing here stores or sends anything. The page keeps the user's entries in memory only.
 */
import { PASSWORD_MIN_LENGTH, SETUP_KEY_ALPHABET } from '@/lib/rules'
import { CONTACT_QUESTION } from '@/lib/visited'

// ---------------------------------------------------------------------------------------------------
// Facts: the inquiry form's field names and choices, exactly as the source FAQ quotes them
// (tests/fixtures/start-trouble-faq.txt, 学籍番号がわからない and ITヘルプデスクへお問い合わせ).
// ---------------------------------------------------------------------------------------------------

/** Form field 7. */
export const FORM_FIELD_KIND = '7.お問い合わせの種類'
/** Form field 8. */
export const FORM_FIELD_QUESTION = '8.質問内容'
/** Field 7 for every start-up procedure problem. */
export const FORM_KIND_START = '利用開始手続きについて(新入生・新規採用者向け)'
/** Field 7 when the student number cannot be confirmed again. */
export const FORM_KIND_STUDENT_NUMBER = '学籍番号確認システムについて(新入生向け)'
/** Field 8 for the same case: confirming the number once locks the account. */
export const FORM_QUESTION_LOCKED = 'アカウントがロックされてしまった'

/** Questions whose inquiry goes elsewhere or needs other choices (ids of faq/*.md). */
export const STUDENT_NUMBER_QUESTION = 'student-number-unknown'
export const STAFF_NUMBER_QUESTION = 'staff-number-unknown'
export const INVALID_NUMBER_QUESTION = 'invalid-number'
export const NOTIFIED_QUESTION = 'notified-temp-password'
export { CONTACT_QUESTION }

// ---------------------------------------------------------------------------------------------------
// On-screen messages per question, offered as one-tap choices for "the message you saw". They come from
// faq/*.md (src/content/messages.ts); this module only looks them up.
// ---------------------------------------------------------------------------------------------------

export interface KnownMessage {
  /** exactly as the screen shows it */
  text: string
  /** the field or screen that shows it */
  where?: string
  /** in a translated edition: what the message means, in that language */
  gloss?: string
}

/** The known messages of one question ([] when it has none or the id is unknown). */
export function messagesOf(byQuestion: Readonly<Record<string, readonly KnownMessage[]>>, questionId: string | undefined): readonly KnownMessage[] {
  return (questionId !== undefined && Object.hasOwn(byQuestion, questionId) ? byQuestion[questionId] : undefined) ?? []
}

// ---------------------------------------------------------------------------------------------------
// Whom to ask and what to choose
// ---------------------------------------------------------------------------------------------------

/** help-desk: the IT help desk's inquiry form; personnel: 人事課 (the FAQ sends staff-number questions there). */
export type InquiryContact = 'help-desk' | 'personnel'

/** Extra pointers shown with the plan, worded by the locale. */
export type InquiryNote =
  | 'personnel-if-number-unknown' // invalid-number: if the staff number itself is unknown, ask 人事課
  | 'host-staff' // notified-temp-password: 個別発行ID holders ask their host staff or proxy applicant
  | 'student-number-locked' // why field 8 is 「アカウントがロックされてしまった」

export interface FormChoice {
  field: string
  choice: string
}

export interface InquiryPlan {
  contact: InquiryContact
  /** what to select in the help desk's form ([] when the help desk is not the contact) */
  formChoices: FormChoice[]
  notes: InquiryNote[]
}

/** Whom to ask and which form choices to select, for the chosen problem (undefined: none chosen). */
export function planInquiry(questionId: string | undefined): InquiryPlan {
  if (questionId === STAFF_NUMBER_QUESTION) return { contact: 'personnel', formChoices: [], notes: [] }
  if (questionId === STUDENT_NUMBER_QUESTION) {
    return {
      contact: 'help-desk',
      formChoices: [
        { field: FORM_FIELD_KIND, choice: FORM_KIND_STUDENT_NUMBER },
        { field: FORM_FIELD_QUESTION, choice: FORM_QUESTION_LOCKED },
      ],
      notes: ['student-number-locked'],
    }
  }
  const notes: InquiryNote[] = []
  if (questionId === INVALID_NUMBER_QUESTION) notes.push('personnel-if-number-unknown')
  if (questionId === NOTIFIED_QUESTION) notes.push('host-staff')
  return { contact: 'help-desk', formChoices: [{ field: FORM_FIELD_KIND, choice: FORM_KIND_START }], notes }
}

// ---------------------------------------------------------------------------------------------------
// The text
// ---------------------------------------------------------------------------------------------------

/** A step or question, by id and title. */
export interface Topic {
  id: string
  title: string
}

export interface InquiryInput {
  step?: Topic
  question?: Topic
  /** the on-screen message as the user typed or picked it */
  message: string
  /** questions the user read and tried */
  tried: Topic[]
  /** device and browser, e.g. 「iPhone / Safari」 */
  device: string
  /** anything else, free text */
  details: string
}

/** Everything the text needs from the locale. */
export interface InquiryWording {
  formHeading: string
  formChoice: (field: string, choice: string) => string
  contactHeading: string
  contact: Record<InquiryContact, string>
  notes: Record<InquiryNote, string>
  bodyHeading: string
  intro: string
  step: (title: string) => string
  problem: (title: string) => string
  message: (text: string) => string
  triedHeading: string
  triedItem: (title: string) => string
  device: (text: string) => string
  detailsHeading: string
  reminder: string
}

/** One line, no surrounding space; runs of spaces, tabs and line breaks become one space. */
function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}

/** The message without 「」 the user may have typed around it (the wording adds its own). */
function bareMessage(s: string): string {
  const t = oneLine(s)
  const m = /^「(.*)」$/u.exec(t)
  // Only strip a pair that encloses the whole message: 「新しいパスワード」と「…」 keeps its brackets.
  return m?.[1] !== undefined && !/[「」]/u.test(m[1]) ? m[1] : t
}

/** Multi-line free text: trimmed, unified line breaks, no run of blank lines. */
function block(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The text to copy: form choices (or whom to ask), the problem, what was tried, device, reminder. */
export function buildInquiry(input: InquiryInput, wording: InquiryWording): string {
  const plan = planInquiry(input.question?.id)
  const out: string[] = []

  if (plan.contact === 'help-desk') {
    out.push(wording.formHeading, ...plan.formChoices.map((c) => wording.formChoice(c.field, c.choice)))
  } else {
    out.push(wording.contactHeading, wording.contact[plan.contact])
  }
  for (const n of plan.notes) out.push(wording.notes[n])
  out.push('')

  out.push(wording.bodyHeading, wording.intro)
  const step = input.step ? oneLine(input.step.title) : ''
  if (step) out.push(wording.step(step))
  const problem = input.question ? oneLine(input.question.title) : ''
  if (problem) out.push(wording.problem(problem))
  const message = bareMessage(input.message ?? '')
  if (message) out.push(wording.message(message))
  const tried = new Map<string, string>()
  for (const t of input.tried ?? []) {
    const title = oneLine(t.title)
    if (t.id !== CONTACT_QUESTION && title && !tried.has(t.id)) tried.set(t.id, title)
  }
  if (tried.size) out.push(wording.triedHeading, ...[...tried.values()].map((title) => wording.triedItem(title)))
  const device = oneLine(input.device ?? '')
  if (device) out.push(wording.device(device))
  const details = block(input.details ?? '')
  if (details) out.push(wording.detailsHeading, details)
  out.push('', wording.reminder)
  return out.join('\n')
}

// ---------------------------------------------------------------------------------------------------
// A guard for what the user types: passwords and setup keys must never go into an inquiry.
// ---------------------------------------------------------------------------------------------------

export type SecretKind = 'password' | 'setup-key'

/** A secret-looking part of a text: [start, end) in UTF-16 units, as String.prototype.slice takes them. */
export interface SecretSpan {
  start: number
  end: number
  kind: SecretKind
}

// Two below the rule, not the rule itself: the password a user pastes into an inquiry is often the one the
// screen rejected as too short, a character or two from the one they then choose; temporary passwords'
// length is not published either. A false alarm costs a space typed into a model name; a miss sends a password.
const PASSWORD_LIKE_MIN = PASSWORD_MIN_LENGTH - 2

// Full-width ＡＢＣ１２３ (a phone keyboard left in Japanese mode) is the same password: read it as half-width.
// One code unit for one, so the spans stay positions in the typed text. Letters and digits only: full-width
// （）：「 keep splitting words, and the placeholders' brackets stay apart from what surrounds them.
const halfWidth = (s: string): string => s.replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

// Keys are shown in groups of four. A group of fewer ends the run, so an upper-case sentence breaks at its
// short words (「ENTER THE 6 DIGIT CODE」). One case per key, so 「Google Authenticator」 does not match;
// a mixed-case one is caught as a password anyway.
const KEY_UPPER = `[${SETUP_KEY_ALPHABET}]`
const KEY_LOWER = `[${SETUP_KEY_ALPHABET.toLowerCase()}]`
const KEY_RUNS = [KEY_UPPER, KEY_LOWER].map((c) => new RegExp(`${c}{4,}(?:[ -]${c}{4,})*`, 'g'))
const KEY_DIGIT = new RegExp(`[${SETUP_KEY_ALPHABET.replace(/[^0-9]/g, '')}]`)

/**
 * The parts of free text that look like a password (PASSWORD_LIKE_MIN+ half-width characters with upper
 * case, lower case and a digit, as the password rules require) or a setup key (16+ Base32 characters in
 * one case, with a letter and a digit 2–7, whole or in groups split by a space or hyphen). In order, never
 * overlapping. A model name can look like this too: the page asks before copying, it does not decide.
 */
export function findSecretSpans(text: string): SecretSpan[] {
  const s = halfWidth(typeof text === 'string' ? text : '')
  const spans: SecretSpan[] = []
  for (const m of s.matchAll(/[\x21-\x7e]+/g)) {
    const w = m[0]
    if (w.length >= PASSWORD_LIKE_MIN && /[A-Z]/.test(w) && /[a-z]/.test(w) && /[0-9]/.test(w)) {
      // 「仮パスワード:Abc…」「(Abc…).」: the label's colon and the sentence's brackets and stop stay.
      const lead = /^[:=("'[]*/.exec(w)![0].length
      const trail = /[)"'\].,]*$/.exec(w)![0].length
      spans.push({ start: m.index + lead, end: m.index + w.length - trail, kind: 'password' })
    }
  }
  for (const re of KEY_RUNS) {
    for (const m of s.matchAll(re)) {
      const k = m[0]
      if (k.replace(/[ -]/g, '').length >= 16 && KEY_DIGIT.test(k) && /[a-z]/i.test(k)) {
        spans.push({ start: m.index, end: m.index + k.length, kind: 'setup-key' })
      }
    }
  }
  spans.sort((a, b) => a.start - b.start)
  // A key inside a password-looking word, or an upper- and a lower-case run sharing digits: one part.
  const merged: SecretSpan[] = []
  for (const sp of spans) {
    const last = merged.at(-1)
    if (last && sp.start < last.end) last.end = Math.max(last.end, sp.end)
    else merged.push({ ...sp })
  }
  return merged
}

/** The kinds of secret-looking text in `text`, password first ([] when none). */
export function findSecretLike(text: string): SecretKind[] {
  const spans = findSecretSpans(text)
  return (['password', 'setup-key'] as const).filter((k) => spans.some((sp) => sp.kind === k))
}

/**
 * `text` with each secret-looking part replaced by its kind's placeholder (from the locale, e.g.
 * 「（パスワードのため省略）」), so the reader sees that something was left out. The placeholder must hold no
 * half-width character: it then splits what surrounds it, and nothing secret-looking is left. Never throws.
 */
export function removeSecrets(text: string, placeholders: Readonly<Record<SecretKind, string>>): string {
  const s = typeof text === 'string' ? text : ''
  let out = ''
  let at = 0
  for (const sp of findSecretSpans(s)) {
    out += s.slice(at, sp.start) + placeholders[sp.kind]
    at = sp.end
  }
  return out + s.slice(at)
}

// The visited list and ?from= live in ./visited (small: every question page records a visit).
export { VISITED_MAX, addVisited, parseVisited, questionFromQuery } from '@/lib/visited'
