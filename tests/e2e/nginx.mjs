#!/usr/bin/env node
// Runs the shipped nginx configuration (deploy/nginx.conf) for the browser tests: Debian's nginx as a
// non-daemon child process, on 127.0.0.1 only, with every path it writes (pid, logs, temp files) in a
// temporary folder. The server block is the shipped one; only its root and listen lines are replaced.
// nginx runs without a master process, so it stays one process of the user running the tests (no worker
// switching to another user that could not read the temporary root).
//
//   node tests/e2e/nginx.mjs --port=4174 [--root=dist]   (for Playwright's webServer; stops on SIGTERM)
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
/** Where Debian's nginx modules are (the brotli ones the shipped configuration uses); NGINX_MODULES_PATH points elsewhere. */
const NGINX_MODULES = process.env.NGINX_MODULES_PATH ?? '/usr/lib/nginx/modules'
const SHIPPED = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url))
const SHIPPED_ROOT = '/var/www/omu-start-helper'

/** The shipped server block, made to serve `root` on 127.0.0.1:`port`. */
export function serverBlock(root, port, shipped = readFileSync(SHIPPED, 'utf8')) {
  if (!shipped.includes(`root ${SHIPPED_ROOT};`)) throw new Error(`deploy/nginx.conf no longer has "root ${SHIPPED_ROOT};"`)
  const listens = shipped.match(/^\s*listen [^;]*;/gm) ?? []
  if (listens.length === 0) throw new Error('deploy/nginx.conf has no listen line')
  let first = true
  return shipped
    .replace(/^(\s*)listen [^;]*;/gm, (_m, indent) => {
      const line = first ? `${indent}listen 127.0.0.1:${port};` : ''
      first = false
      return line
    })
    .replaceAll(SHIPPED_ROOT, root)
}

/** The whole configuration: Debian's modules (brotli) and http defaults, temp paths under `dir`, and the server block. */
export function nginxConfig(root, port, dir) {
  return `error_log ${dir}/error.log warn;
load_module ${NGINX_MODULES}/ngx_http_brotli_filter_module.so;
load_module ${NGINX_MODULES}/ngx_http_brotli_static_module.so;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${serverBlock(root, port)}
}
`
}

/** A port that was free a moment ago. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => ok(port))
    })
  })
}

/** Starts nginx on `root`; resolves once it answers, with its base URL and a stop function. */
export async function startNginx({ root = 'dist', port } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'omu-nginx-'))
  const chosen = port ?? (await freePort())
  const conf = join(dir, 'nginx.conf')
  mkdirSync(join(dir, 'logs'))
  writeFileSync(conf, nginxConfig(resolve(root), chosen, dir))
  const child = spawn(NGINX, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log'), '-g', `daemon off; master_process off; pid ${dir}/nginx.pid;`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  let exited = null
  const exit = new Promise((done) => child.once('exit', (code, signal) => done((exited = { code, signal }))))
  const base = `http://127.0.0.1:${chosen}`
  const log = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8')
    } catch {
      return ''
    }
  }
  const stop = async () => {
    if (!exited) child.kill('SIGQUIT')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exit
    clearTimeout(timer)
    rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; ; i++) {
    if (exited) {
      const text = log()
      rmSync(dir, { recursive: true, force: true })
      throw new Error(`nginx exited (${exited.code ?? exited.signal}): ${text}`)
    }
    try {
      await fetch(`${base}/`)
      break
    } catch {
      if (i > 100) {
        await stop()
        throw new Error(`nginx did not answer on ${base}`)
      }
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  return { base, port: chosen, stop, log }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')))
  const server = await startNginx({ root: args.root ?? 'dist', port: args.port ? Number(args.port) : undefined })
  console.log(`nginx (deploy/nginx.conf) serving ${args.root ?? 'dist'} at ${server.base}/`)
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await server.stop()
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
