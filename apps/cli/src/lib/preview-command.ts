import {stat} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {CommandIo} from './command-io.js'
import {startPreviewServer} from './preview-server.js'

/** Help text of `sironet preview`. */
export const previewUsage = `Usage: sironet preview [DIR] [--port 4173] [--host 127.0.0.1]

Serve a built site (default: site/) on this machine. Stop with Ctrl-C.
`

/**
 * Run `sironet preview [DIR] [--port 4173]`: serve the folder until Ctrl-C.
 *
 * @param args Arguments after `preview`.
 * @param io Streams and working folder.
 * @param options `signal` stops the server (optional; tests use it).
 * @returns Exit code: `0` after a clean stop, `1` when the folder is missing or the port taken, `2` on bad usage.
 */
export async function runPreviewCommand(args: string[], io: CommandIo, options: {signal?: AbortSignal} = {}): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {port: {type: 'string', short: 'p'}, host: {type: 'string'}, help: {type: 'boolean', short: 'h'}}
    })
  } catch (error) {
    io.stderr.write(`sironet preview: ${error instanceof Error ? error.message : String(error)}\n\n${previewUsage}`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout.write(previewUsage)
    return 0
  }
  const port = parsed.values.port === undefined ? 4173 : Number(parsed.values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535 || parsed.positionals.length > 1) {
    io.stderr.write(`sironet preview: pass at most one folder and a \`--port\` from 0 to 65535 (example: \`--port 4173\`).\n\n${previewUsage}`)
    return 2
  }
  const root = path.resolve(io.cwd, parsed.positionals[0] ?? 'site')
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    io.stderr.write(`sironet preview: ${root} is not a folder; build the site first with \`sironet build --out site …\`.\n`)
    return 1
  }
  let preview
  try {
    preview = await startPreviewServer({root, port, host: parsed.values.host})
  } catch (error) {
    io.stderr.write(`sironet preview: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  io.stdout.write(`Serving ${root} at ${preview.url} (Ctrl-C to stop)\n`)
  let stop = () => {}
  await new Promise<void>((resolve) => {
    stop = () => resolve()
    if (options.signal?.aborted) return resolve()
    options.signal?.addEventListener('abort', stop, {once: true})
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  process.off('SIGINT', stop)
  process.off('SIGTERM', stop)
  await preview.close()
  return 0
}
