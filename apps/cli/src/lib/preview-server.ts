import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import path from 'node:path'

/** Media types of the files a site holds, by extension. */
export const previewContentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

/** Options for {@link startPreviewServer}. */
export interface PreviewServerOptions {
  /** Folder to serve (example: `'site'`). */
  root: string
  /** Port to listen on; `0` picks a free one (optional, default `4173`). */
  port?: number | undefined
  /** Address to listen on (optional, default `'127.0.0.1'`: this machine only). */
  host?: string | undefined
}

/** A running preview server. */
export interface PreviewServer {
  /** Base URL (example: `'http://localhost:4173/'`). */
  url: string
  /** The Node.js server. */
  server: Server
  /** Stop listening. */
  close(): Promise<void>
}

/**
 * Resolve a request path to a file inside `root`, or `undefined` when it would
 * leave the folder.
 */
function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const target = path.resolve(root, `.${path.posix.normalize(decoded)}`)
  return target === root || target.startsWith(root + path.sep) ? target : undefined
}

/**
 * Serve a built site on localhost with the right content types, for looking at
 * it before publishing: folders serve their `index.html`, nothing outside the
 * folder is reachable, only `GET` and `HEAD` are answered.
 *
 * @param options Folder, port and address.
 * @returns The server and its URL.
 * @example
 *   const preview = await startPreviewServer({root: 'site'})
 *   console.log(`Open ${preview.url}`)
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  if (!options || typeof options.root !== 'string') {
    throw new TypeError("Cannot call `startPreviewServer` without `root`. Pass the folder to serve (example: `{root: 'site'}`).")
  }
  const root = path.resolve(options.root)
  const host = options.host ?? '127.0.0.1'
  const server = createServer(async (request, response) => {
    const send = (status: number, text: string) => {
      response.writeHead(status, {'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff'})
      response.end(request.method === 'HEAD' ? undefined : text)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n')
    const url = new URL(request.url ?? '/', 'http://localhost')
    let file = resolveInside(root, url.pathname)
    if (!file) return send(404, 'Not found\n')
    let info = await stat(file).catch(() => undefined)
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, {location: `${url.pathname}/${url.search}`})
        return response.end()
      }
      file = path.join(file, 'index.html')
      info = await stat(file).catch(() => undefined)
    }
    if (!info?.isFile()) return send(404, 'Not found\n')
    response.writeHead(200, {
      'content-type': previewContentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff'
    })
    if (request.method === 'HEAD') return response.end()
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4173, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port ?? 4173
  const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host
  return {
    url: `http://${shown}:${port}/`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  }
}
