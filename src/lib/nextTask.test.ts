import { describe, expect, it } from 'vitest'
import { nextTask } from './nextTask'

describe('nextTask', () => {
  it('resolves after the current task, not within it', async () => {
    const order: string[] = []
    const done = nextTask().then(() => order.push('next task'))
    await Promise.resolve().then(() => order.push('microtask'))
    setTimeout(() => order.push('timer'), 0)
    await done
    expect(order.slice(0, 2)).toEqual(['microtask', 'next task'])
  })

  it('closes its message channel once heard: in Node an open port keeps the event loop, and the prerenderer, alive', async () => {
    const Real = globalThis.MessageChannel
    const closed: boolean[] = []
    globalThis.MessageChannel = class extends Real {
      constructor() {
        super()
        const close = this.port1.close.bind(this.port1)
        this.port1.close = () => (closed.push(true), close())
      }
    }
    try {
      await Promise.all([nextTask(), nextTask()])
    } finally {
      globalThis.MessageChannel = Real
    }
    expect(closed).toEqual([true, true])
  })
})
