/** Wording of every checker finding, the character names, the password rules and the email help, in the active language (see src/i18n). */
import { defineText, onLanguageChange } from '@/i18n'
import type { CheckersArea } from '.'

const defaults = import.meta.glob('./ja/checkers.ts', { eager: true })
const text = defineText<CheckersArea>('checkers', defaults)

export const {
  SEVERITY_LABELS,
  CHAR_KIND_NAMES,
  INVISIBLE_NAMES,
  LOOKALIKE_NAMES,
  charName,
  charIssueText,
  FIX_LABELS,
  fixLabel,
  CLASS_NAMES,
  DIFFERENCE_CAUSE_TEXT,
  passwordText,
  passwordRuleLabel,
  PASSWORD_ADVICE,
  CARRIER_NAMES,
  EMAIL_HELP,
  emailText,
  setupKeyText,
  SETUP_KEY_HELP,
  omuidText,
  OMUID_HELP,
  checkerText,
} = text

// Plain strings: ES live bindings, read whenever the active language's wording for this area is there (a
// proxy can only stand in for objects); the default language's until then.
const reference = Object.values(defaults)[0] as CheckersArea
export let { PASSWORD_RULE_UNPUBLISHED_NOTE, PASSWORD_RULES_SOURCE, PASSWORD_ALL_CLEAR, CURRENT_PASSWORD_NOTE } = reference
onLanguageChange('checkers', () => {
  ;({ PASSWORD_RULE_UNPUBLISHED_NOTE, PASSWORD_RULES_SOURCE, PASSWORD_ALL_CLEAR, CURRENT_PASSWORD_NOTE } = text)
})
