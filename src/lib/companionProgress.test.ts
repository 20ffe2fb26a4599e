import { describe, expect, it } from 'vitest'
import { emptyProgress, hasProgress, parseProgress, serializeProgress } from './companionProgress'

const ids = { steps: ['a', 'b', 'c'], ticks: ['x', 'y'] }

describe('companion progress', () => {
  it('round-trips ids and the label, and nothing else', () => {
    const p = { step: 'b', done: ['a'], ticks: ['y'], finished: false, label: { lang: 'ja', text: '確認コード' } }
    const raw = serializeProgress(p)
    expect(JSON.parse(raw)).toEqual({ v: 1, ...p })
    expect(parseProgress(raw, ids)).toEqual({ progress: p, damage: [] })
  })

  it('says when there is nothing to keep', () => {
    expect(hasProgress(emptyProgress(ids), ids)).toBe(false)
    expect(hasProgress({ ...emptyProgress(ids), ticks: ['x'] }, ids)).toBe(true)
    expect(hasProgress({ ...emptyProgress(ids), step: 'b' }, ids)).toBe(true)
  })

  it.each([
    ['not JSON', '{', null, ['unreadable']],
    ['not an object', '[1]', null, ['unreadable']],
    ['another version', '{"v":2,"step":"b"}', null, ['version']],
  ])('drops a value that is %s and says so', (_what, raw, progress, damage) => {
    expect(parseProgress(raw, ids)).toEqual({ progress, damage })
  })

  it('keeps what it knows of a damaged value and reports the rest', () => {
    const r = parseProgress('{"v":1,"step":"gone","done":["a","zz","a"],"ticks":"x","finished":"yes","label":{"lang":"ja","text":1}}', ids)
    expect(r.progress).toEqual({ step: 'a', done: ['a'], ticks: [], finished: false })
    expect(r.damage).toEqual(['unknown-step', 'unknown-ids'])
  })

  it('refuses overlong lists and labels', () => {
    const r = parseProgress(JSON.stringify({ v: 1, step: 'a', done: Array(100).fill('a'), ticks: [], label: { lang: 'ja', text: 'あ'.repeat(200) } }), ids)
    expect(r.progress).toEqual({ step: 'a', done: [], ticks: [], finished: false })
    expect(r.damage).toEqual(['unknown-ids'])
  })
})
