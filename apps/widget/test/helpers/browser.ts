import {createServer, type IncomingHttpHeaders, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {chromium, type Browser} from 'playwright-core'
import {minify} from 'terser'

/** Launch Debian’s Chromium, headless (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
}

/**
 * Bundle the widget from source, as the published browser bundles are
 * (`tsup.config.ts`): one self-registering ES module and one classic script,
 * minified by esbuild, then Terser.
 */
export async function bundleWidget(): Promise<{esm: string; iife: string}> {
  const bundle = async (format: 'esm' | 'iife') => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/define.ts', import.meta.url))],
      bundle: true,
      format,
      minify: true,
      write: false,
      charset: 'ascii',
      mangleProps: /[^_]_$/,
      conditions: ['@sironet/source'],
      target: ['chrome99', 'firefox101', 'safari16.4']
    })
    const code = await minify(result.outputFiles[0]!.text, {
      ecma: 2020,
      module: format === 'esm',
      compress: {passes: 3},
      format: {ascii_only: true}
    })
    return code.code!
  }
  return {esm: await bundle('esm'), iife: await bundle('iife')}
}

/** A route: a fixed response, or a function that writes one. */
export type Route =
  | {body: string; type: string; status?: number; headers?: Record<string, string>}
  | ((response: ServerResponse) => void | Promise<void>)

/** A request the server saw. */
export interface SeenRequest {
  path: string
  headers: IncomingHttpHeaders
}

/** A local HTTP server on 127.0.0.1 for test pages. */
export interface TestServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string
  /** Every request, in order. */
  requests: SeenRequest[]
  /** Bodies posted to `/csp-report`. */
  reports: string[]
  /** Serve `route` at `path`. */
  route(path: string, route: Route): void
  /** Stop the server. */
  close(): Promise<void>
}

/** Start a server with no routes yet; unknown paths answer 404. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>()
  const requests: SeenRequest[] = []
  const reports: string[] = []
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    requests.push({path, headers: request.headers})
    if (path === '/csp-report') {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        reports.push(body)
        response.writeHead(204).end()
      })
      return
    }
    const route = routes.get(path)
    if (route === undefined) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('Not found')
    } else if (typeof route === 'function') {
      void route(response)
    } else {
      response.writeHead(route.status ?? 200, {'content-type': route.type, ...route.headers}).end(route.body)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reports,
    route: (path, route) => routes.set(path, route),
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/**
 * A classic script, loaded before the widget, that records the widget’s
 * events, CSP violations and script errors on `window`, for pages where a
 * strict CSP forbids inline scripts.
 */
export const probeScript = `window.__events = [];
window.__violations = [];
window.__errors = [];
addEventListener('sironet-news:load', (event) => __events.push({type: 'load', count: event.detail.count}));
addEventListener('sironet-news:error', (event) => __events.push({type: 'error', message: event.detail.message}));
document.addEventListener('securitypolicyviolation', (event) => __violations.push(event.violatedDirective + ' ' + event.blockedURI), true);
addEventListener('error', (event) => __errors.push(String(event.message)));
`

/** Options for {@link makePage}. */
export interface PageOptions {
  /** Script URL of the widget (optional, default the ES module). */
  script?: string
  /** Page language (optional, default `en`). */
  lang?: string
  /** Extra markup in `<head>` (optional). */
  head?: string
}

/** A test page: probe, widget bundle, a `<main>` with a heading and `body`. */
export function makePage(body: string, options: PageOptions = {}): string {
  const script = options.script ?? '/sironet-news.js'
  const tag = script.endsWith('.iife.js') ? `<script defer src="${script}"></script>` : `<script type="module" src="${script}"></script>`
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Widget test</title><script src="/probe.js"></script>${tag}${options.head ?? ''}</head><body><main><h1>Widget test</h1>${body}</main></body></html>`
}
