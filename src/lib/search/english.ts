/**
 * English words for the English edition's search: a light stemmer and a stop list, applied to text that is
 * already normalised (normalize.ts: lower case, separators as single spaces). Japanese runs (the on-screen
 * messages the English pages quote) are left alone, so the tokenizer still cuts them into bigrams and a
 * pasted 「無効なキー」 finds its English page.
 *
 * canonEnglish() is the engine's `canon` hook (engine.ts): it runs on every text indexed at build time and
 * on every query, after the readings and before the tokenizer, so both sides meet on the same stems.
 *
 * The stemmer only ever cuts letters off the end of a word (it never rewrites one, as Porter's y → i does),
 * so a stem is the start of every word it came from and the highlighter, which looks for terms at word
 * starts, still finds "verif" inside "verification". It folds what international students type for the
 * same key term: password/passwords, verify/verified/verifying/verification, expire/expired/expiry/
 * expiration, recover/recovered/recovery, copy/copies/copied, log/logged/logging, set/setting/settings,
 * authenticate/authenticated/authentication (authent). It keeps authenticator apart (the app is not the
 * login screen). Misspellings are the engine's business: it matches typed Latin words of four letters
 * or more with one or two typos (engine.ts; match.ts, MiniSearch's fuzzy search), and the stems keep a
 * misspelt word as close to the right one as the words themselves (pasword → password, verfication →
 * verf ~ verif, recovry → recovr ~ recover, authentificator ~ authenticator: one or two edits).
 *
 * Written here rather than taken from a package: Porter and Snowball stemmers rewrite endings (y → i), so
 * their stems are not always the start of the words, and they know nothing of Japanese runs. This module
 * (stemmer, stop list, canonEnglish) is 1.9 KB minified, 1.0 KB gzip, in the English search chunk only.
 */
import { isJapaneseCodePoint } from './tokenize.ts'

/**
 * Words that say nothing about which question is meant: dropped from indexed text and queries alike.
 * Function words, the pieces a normalised contraction leaves ("didn't" → didn t, or dont typed without the
 * apostrophe), the helper verbs of questions, and the verbs nearly every page uses (use is in 15 of the 25
 * English pages): kept, they counted as a query's content and made a title that shares them look covered.
 * Negations are here too: nearly every title says what does not work. Measured on tests/search/queries-en.ts
 * (63 queries, 2026-12-02): this list top-1 58, top-3 63; with negations kept as one word "not" 54 and 63;
 * with "have" kept 57 and 61; without use/get/want/see 56 and 63.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so than then as at by for from in into of on onto to with without about up over ' +
    'i me my mine myself we us our you your yours he him his she her it its they them their this that these those ' +
    'am is are was were be been being do does did doing done have has had having will would shall should can could ' +
    'may might must cannot not no nor ' +
    's t d ll m re ve don doesn didn isn aren wasn weren haven hasn hadn won wouldn shouldn couldn ' +
    'dont doesnt didnt isnt arent wasnt werent havent hasnt wont wouldnt shouldnt couldnt cant im ive ' +
    'what which who whom whose when where why how there here please just also very too still any some ' +
    'all each ' +
    'use used using get got want see'
  ).split(' '),
)

const SHORTEST = 3

function hasVowel(s: string): boolean {
  return /[aeiouy]/.test(s)
}

/**
 * The stem of one lower-case word of ASCII letters (other words come back unchanged). Cuts, in turn: the
 * plural or third person (-s, -es, -ies), the past or -ing form (-ed, -ied, -ing, with a doubled last
 * consonant undone), one derivational ending (-ation, -ate, -tion/-sion's -ion, -al, -ment, -ly) and a final -e
 * or consonant + -y. A stem keeps at least three letters.
 */
export function stem(word: string): string {
  if (word.length <= SHORTEST || !/^[a-z]+$/.test(word)) return word
  let s = word
  // plural, third person
  if (/ie[sd]$/.test(s)) s = s.length - 3 >= SHORTEST ? s.slice(0, -3) : s.slice(0, -1)
  else if (/(ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2)
  else if (/[^sui]s$/.test(s)) s = s.slice(0, -1)
  // past, -ing
  const m = /(ed|ing)$/.exec(s)
  if (m) {
    const rest = s.slice(0, -m[0].length)
    if (rest.length >= SHORTEST && hasVowel(rest)) {
      s = rest
      if (s.length > SHORTEST && /([b-df-hj-np-tv-z])\1$/.test(s) && !/[lsz]$/.test(s)) s = s.slice(0, -1)
      // authenticat(ed) → authenticat(e): the -ate rule below takes it
      else if (s.endsWith('at')) s += 'e'
    }
  }
  // one derivational ending (-aton: -ation with its i dropped, the commonest typo of it); verific(ation),
  // authentic(ate) lose the -ic too: verify, authenticator's neighbours (authent-) stay apart from the
  // app's name, and a misspelt verfication still ends near verif
  const d = /(ation|aton|ate|al|[ts]ion|ment|ly)$/.exec(s)
  if (d) {
    const cut = d[1] === 'tion' || d[1] === 'sion' ? 3 : d[0].length
    if (s.length - cut >= 4) {
      s = s.slice(0, -cut)
      if (/^at/.test(d[1] as string) && s.endsWith('ic') && s.length - 2 >= 4) s = s.slice(0, -2)
      // temporari(ly) → temporar(y)
      else if (d[1] === 'ly' && s.endsWith('i')) s = s.slice(0, -1)
    }
  }
  if (s.length > SHORTEST && (s.endsWith('e') || /[^aeiou]y$/.test(s))) s = s.slice(0, -1)
  return s
}

// Normalised text holds nothing but letters, digits and single spaces: a chunk between spaces may mix
// Japanese runs with words (omuidを忘れた), which are cut apart as the tokenizer cuts them.
const CHUNK = /[^ ]+/g

/**
 * Normalised text → the same text with each English word stemmed and stop words dropped; Japanese runs,
 * digits and words in other scripts as they were, single spaces between what is left. A stop word inside a
 * run of Japanese (theパスワード) leaves a space, not a bigram across its gap. Run it once on a text: a stem
 * is not always its own stem (authentic → authent).
 */
export function canonEnglish(normalized: string): string {
  if (normalized === '') return ''
  return normalized
    .replace(CHUNK, (chunk) => {
      let out = ''
      let run = ''
      const flush = (): void => {
        if (run !== '') out += STOP_WORDS.has(run) ? ' ' : stem(run)
        run = ''
      }
      for (const ch of chunk) {
        if (isJapaneseCodePoint(ch.codePointAt(0) as number)) {
          flush()
          out += ch
        } else {
          run += ch
        }
      }
      flush()
      return out
    })
    .replace(/ {2,}/g, ' ')
    .trim()
}
