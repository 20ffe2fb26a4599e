import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHints, withCompileHint } from './compile-hints'

describe('compile hints', () => {
  it('puts the hint on the very first line, once (V8 ignores it anywhere else)', () => {
    const code = 'const __vite__mapDeps=0;\nexport{}'
    expect(withCompileHint(code)).toBe(`${COMPILE_HINT}\n${code}`)
    expect(withCompileHint(withCompileHint(code))).toBe(withCompileHint(code))
  })

  it('marks only the chunks named', () => {
    const chunk = (name: string) => ({ type: 'chunk', name, code: `/*${name}*/` })
    const bundle = { a: chunk('first'), b: chunk('tools'), c: { type: 'asset', name: 'first', source: 'x' } }
    const hook = compileHints(['first']).generateBundle as { handler: (o: unknown, b: unknown) => void }
    hook.handler({}, bundle)
    expect(bundle.a.code.startsWith(COMPILE_HINT)).toBe(true)
    expect(bundle.b.code).toBe('/*tools*/')
    expect(bundle.c.source).toBe('x')
  })
})
