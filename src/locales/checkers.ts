/** Wording of every checker finding, the character names, the password rules and the email help, in the active language (see src/i18n). */
import { defineText, onLanguageChange } from '@/i18n'
import type { CheckersArea } from '.'

const text = defineText<CheckersArea>('checkers', import.meta.glob('./ja/checkers.ts'))

// ES live bindings, set whenever the active language's wording for this area is there (plain strings, which
// no proxy can stand in for; and the rest, whose proxies need the area's shape): unset until the tools'
// chunk has loaded its wording (withWording, src/tools/components.ts), before anything of it renders. The
// default language's wording loads the same way as another language's, so a page in another language never
// downloads it.
export let {
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
  PASSWORD_RULE_UNPUBLISHED_NOTE,
  PASSWORD_RULES_SOURCE,
  PASSWORD_ALL_CLEAR,
  CURRENT_PASSWORD_NOTE,
} = {} as CheckersArea
onLanguageChange('checkers', () => {
  ;({
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
    PASSWORD_RULE_UNPUBLISHED_NOTE,
    PASSWORD_RULES_SOURCE,
    PASSWORD_ALL_CLEAR,
    CURRENT_PASSWORD_NOTE,
  } = text)
})
