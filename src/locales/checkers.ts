/** Wording of every checker finding, the character names, the password rules and the email help, in the active language (see src/i18n). */
import { defineText, onLanguageChange } from '@/i18n'
import type { CheckersArea } from '.'

const text = defineText<CheckersArea>('checkers', import.meta.glob('./ja/checkers.ts', { eager: true }))

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

// Plain strings: ES live bindings, re-read when the language changes (a proxy can only stand in for objects).
export let { PASSWORD_RULE_UNPUBLISHED_NOTE, PASSWORD_RULES_SOURCE, PASSWORD_ALL_CLEAR, CURRENT_PASSWORD_NOTE } = text
onLanguageChange(() => {
  ;({ PASSWORD_RULE_UNPUBLISHED_NOTE, PASSWORD_RULES_SOURCE, PASSWORD_ALL_CLEAR, CURRENT_PASSWORD_NOTE } = text)
})
