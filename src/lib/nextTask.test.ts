import { describe, expect, it } from 'vitest'
import { nextTask } from './nextTask'

describe('nextTask', () => {
  it('resolves after the current task, not within it', async () => {
    const order: string[] = []
    const done = nextTask().then(() => order.push('next task'))
    // However long the current task's chain of microtasks, it all runs first. (Whether a 0 ms timer set now
    // comes before or after is not fixed in Node: the timer fires in the next loop turn's timers phase if a
    // millisecond has passed, the message in its poll phase. It failed CI once under load; not asserted.)
    let chain = Promise.resolve()
    for (let i = 0; i < 100; i++) chain = chain.then(() => void order.push(`microtask ${i}`))
    await chain
    await done
    expect(order).toEqual([...Array.from({ length: 100 }, (_, i) => `microtask ${i}`), 'next task'])
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
