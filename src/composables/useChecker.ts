/**
 * The state of a checker that must never keep what was typed (setup key, OMUID): input → findings →
 * verdict. The value lives only in this component's memory and is wiped when the scope ends (the
 * component unmounts) or the page is hidden (leaving, back/forward cache). Nothing is stored, logged or
 * put in the URL.
 *
 * Results follow `checked`, the value last checked: set by the check button, at once after a paste, and
 * after a short pause in typing once a first check has happened. Results and their live announcement
 * therefore change together and never chatter on every key press.
 */
import { computed, ref, type ComputedRef, type Ref } from 'vue'
import type { Finding, Severity } from '@/lib/findings'
import { hasError, severityCounts } from '@/components/findingView'
import { useClearOnLeave } from './useClearOnLeave'
import { useHydrated } from './useHydrated'

export interface UseCheckerOptions<C extends string = string> {
  /** the pure check: what is wrong with a value */
  check: (value: string) => Finding<C>[]
  /** pause in typing before the results follow the field (after a first check); default 400 ms */
  debounceMs?: number
}

/** 'ok' when nothing was found, otherwise the worst severity found. */
export type CheckerVerdict = 'ok' | Severity

/** A flagged character for CharMarkers. */
export interface CheckerMark {
  position: number
  severity: Severity
}

export interface UseCheckerReturn<C extends string = string> {
  /** what the field holds now */
  value: Ref<string>
  /** the value the results describe; null before the first check */
  checked: Ref<string | null>
  /** what the check found in `checked` */
  findings: ComputedRef<Finding<C>[]>
  /** findings by severity (for the live summary) */
  counts: ComputedRef<Record<Severity, number>>
  /** null before the first check */
  verdict: ComputedRef<CheckerVerdict | null>
  /** the real screen would refuse the checked value */
  hasErrors: ComputedRef<boolean>
  /** every flagged character, with its finding's severity */
  marks: ComputedRef<CheckerMark[]>
  /** said before the summary after a one-tap fix; emptied by any other action */
  note: Ref<string>
  /** false until the app has hydrated: the field stays read-only until then */
  hydrated: Ref<boolean>
  /** check what the field holds now */
  check: () => void
  /** the field's input event */
  onInput: (event: Event) => void
  /** the field's paste event: the input that follows is checked at once */
  onPaste: () => void
  /** replace the field's value (a one-tap fix) and check it; `note` is announced before the summary */
  set: (v: string, note?: string) => void
  /** empty the field and forget the results */
  clear: () => void
}

/** The props of a checker's component, passed on to CheckerField as they are. */
export interface CheckerBlockProps {
  /** level of the block's title (compact) or of its section headings (full page); default 2 */
  headingLevel?: 2 | 3 | 4
  /** the block on a question page: titled, framed, with a link to the full tool page */
  compact?: boolean
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info']

/** Field and result state for a private checker: checked on demand, wiped on scope dispose and pagehide. */
export function useChecker<C extends string>(options: UseCheckerOptions<C>): UseCheckerReturn<C> {
  const { check: run, debounceMs = 400 } = options
  const value = ref('')
  const checked = ref<string | null>(null)
  const note = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  let pasted = false

  const findings = computed<Finding<C>[]>(() => (checked.value === null ? [] : run(checked.value)))
  const counts = computed(() => severityCounts(findings.value))
  const verdict = computed<CheckerVerdict | null>(() => (checked.value === null ? null : (ORDER.find((s) => counts.value[s] > 0) ?? 'ok')))
  const hasErrors = computed(() => hasError(findings.value))
  const marks = computed(() => findings.value.flatMap((f) => (f.chars ?? []).map((ch) => ({ position: ch.position, severity: f.severity }))))

  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const checkNow = (): void => {
    cancel()
    checked.value = value.value
  }
  const check = (): void => {
    note.value = ''
    checkNow()
  }
  const onInput = (event: Event): void => {
    note.value = ''
    value.value = (event.target as HTMLInputElement | HTMLTextAreaElement).value
    if (pasted) {
      pasted = false
      checkNow()
    } else if (checked.value !== null) {
      cancel()
      timer = setTimeout(checkNow, debounceMs)
    }
  }
  const onPaste = (): void => {
    pasted = true
  }
  const set = (v: string, n = ''): void => {
    note.value = n
    value.value = v
    checkNow()
  }
  const clear = (): void => {
    cancel()
    pasted = false
    note.value = ''
    value.value = ''
    checked.value = null
  }

  const hydrated = useHydrated()
  useClearOnLeave(clear)

  return { value, checked, findings, counts, verdict, hasErrors, marks, note, hydrated, check, onInput, onPaste, set, clear }
}
