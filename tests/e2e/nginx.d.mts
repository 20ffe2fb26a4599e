// Types for tests/e2e/nginx.mjs.
export const NGINX: string
export function serverBlock(root: string, port: number, shipped?: string): string
export function nginxConfig(root: string, port: number, dir: string): string
export function freePort(): Promise<number>
export function startNginx(options?: { root?: string; port?: number }): Promise<{ base: string; port: number; stop: () => Promise<void>; log: () => string }>
