import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadReadings } from './search.ts'

describe('loadReadings', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  const withFile = (text: string | null): string => {
    const dir = mkdtempSync(join(tmpdir(), 'readings-'))
    dirs.push(dir)
    if (text !== null) writeFileSync(join(dir, 'readings.yaml'), text)
    return dir
  }

  it('reads faq/readings.yaml, and nothing when there is none', () => {
    expect(loadReadings(withFile('パスワード: [pasuwado]\n'))).toEqual([['パスワード', ['pasuwado']]])
    expect(loadReadings(withFile(null))).toEqual([])
  })

  it('stops the build naming the file and the reason', () => {
    expect(() => loadReadings(withFile('全角: [ぜん]\n'))).toThrow('readings.yaml: readings: 全角: "ぜん" is shorter than 3 characters')
  })

  it('accepts the real table', () => {
    const table = loadReadings(join(import.meta.dirname, '../../faq'))
    expect(table.length).toBeGreaterThan(10)
  })
})
