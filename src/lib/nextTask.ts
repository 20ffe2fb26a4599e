/**
 * Splitting the first view's work into tasks of its own. At 4x CPU, evaluating the first-view script, the
 * router's first navigation and hydrating the page take well over 100 ms together; as one task they hold
 * back any tap for that long. Each step waits for nextTask() instead, so input is handled in between.
 */
/**
 * Resolves in a later task: scheduler.yield() where there is one (it resumes ahead of other queued work),
 * a message otherwise. Not a timer: timers are clamped, throttled in background tabs and held back by a
 * test's fake clock.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    // Closed once heard: an open port keeps Node's event loop alive (the prerenderer would never exit).
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
