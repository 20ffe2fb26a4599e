import { describe, expect, it } from 'vitest'
import { worstSeverity, type Severity } from './findings'

describe('worstSeverity', () => {
  it.each([
    [[], 'ok'],
    [['info'], 'info'],
    [['info', 'warning'], 'warning'],
    [['warning', 'info'], 'warning'],
    [['warning', 'error', 'info'], 'error'],
    [['error'], 'error'],
  ] as [Severity[], Severity | 'ok'][])('%j → %s', (severities, worst) => {
    expect(worstSeverity(severities.map((severity) => ({ severity })))).toBe(worst)
  })
})
