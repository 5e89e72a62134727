import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Diagnostic} from '@sironet/model'
import {formatDiagnostic, parseBulletin, parseBulletinStream, type ParseEvent, type ParseOptions} from '@sironet/parse'
import type {CommandIo} from './command-io.js'
import {readStream} from './read-stream.js'

/** Help text of `sironet parse`. */
export const parseUsage = `Usage: sironet parse FILE... [options]

Read SIRONET bulletins (plain text or HTML pages; \`-\` reads standard input)
and print their records as JSON on stdout:

  {"bulletin": {id, title, period, language, intro},
   "items": [NewsItem, …], "messages": [Diagnostic, …]}

\`bulletin\` holds the bulletin’s fields except \`items\`, which stand beside it
(\`{...bulletin, items}\` is a valid Bulletin). Several files give a JSON array
of such objects.

With --format ndjson, records are printed as they are read, one JSON object a
line, in bounded memory however big the file (plain text is streamed; HTML
pages and legacy encodings other than Windows-1252 are read whole):

  {"type": "bulletin", "bulletin": {id, title, period, language, intro}}
  {"type": "message", "message": Diagnostic}   (before the item it is about)
  {"type": "item", "item": NewsItem}
  {"type": "rename", "from": ID, "to": ID}     (standard input only, at the end:
                                                an item whose id a later one shares)

A file is read twice (the first time only for ids); standard input once.

Messages also go to stderr, one per line:
  file:line:column: severity reason [rule-id]

Options:
  --format json|ndjson   output format (default: json)
  --input text|html|auto input format (default: auto, HTML when tags are seen)
  --encoding LABEL       encoding of the files, such as windows-1252
                         (default: detected: UTF-8, UTF-16, Windows-1252, GB18030)
  --year N               year for dates that state none
                         (default: from the title’s period, such as (2018.1-2018.6))
  --lang TAG             BCP 47 language of the bulletins (default: en)
  --strict               exit 1 if any message is an error
  --quiet                print only errors on stderr
  -h, --help             show this help

Exit status: 0 done, 1 an error (unreadable file, or an error message with
--strict), 2 bad usage.

Examples:
  sironet parse fixtures/sironet-2018-h1.txt > bulletin.json
  cat bulletin.html | sironet parse - --format ndjson
  sironet parse --strict --year 2019 reports/*.txt
`

interface FileResult {
  bulletin: Omit<ReturnType<typeof parseBulletin>['bulletin'], 'items'>
  items: ReturnType<typeof parseBulletin>['items']
  messages: Diagnostic[]
}

function usageError(io: CommandIo, message: string): number {
  io.stderr.write(`sironet parse: ${message}\nRun \`sironet parse --help\` for usage.\n`)
  return 2
}

/**
 * Run `sironet parse FILE... [--format json|ndjson] [--input text|html|auto]
 * [--encoding LABEL] [--year N] [--lang TAG] [--strict] [--quiet]`.
 *
 * @param args Arguments after `parse`.
 * @param io Streams and working folder.
 * @returns Exit code: `0` done, `1` an unreadable file or (with `--strict`) an error message, `2` bad usage.
 * @example
 *   await runParseCommand(['fixtures/sironet-2018-h1.txt'], {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd()})
 */
export async function runParseCommand(args: string[], io: CommandIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string'},
        input: {type: 'string'},
        encoding: {type: 'string'},
        year: {type: 'string'},
        lang: {type: 'string'},
        strict: {type: 'boolean'},
        quiet: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(parseUsage)
    return 0
  }
  const format = values.format ?? 'json'
  if (format !== 'json' && format !== 'ndjson') return usageError(io, `unknown --format \`${format}\`; use json or ndjson.`)
  const input = values.input ?? 'auto'
  if (input !== 'text' && input !== 'html' && input !== 'auto') {
    return usageError(io, `unknown --input \`${input}\`; use text, html or auto.`)
  }
  let year: number | undefined
  if (values.year !== undefined) {
    year = Number(values.year)
    if (!/^\d{4}$/.test(values.year)) return usageError(io, `--year needs a four-digit year such as 2018, got \`${values.year}\`.`)
  }
  if (positionals.length === 0) return usageError(io, 'missing FILE; pass one or more bulletin files, or `-` for standard input.')
  if (positionals.filter((file) => file === '-').length > 1) return usageError(io, 'standard input (`-`) can be read only once.')

  const base: ParseOptions = {format: input}
  if (year !== undefined) base.year = year
  if (values.lang !== undefined) base.language = values.lang
  if (values.encoding !== undefined) base.encoding = values.encoding

  if (format === 'ndjson') return streamFiles(positionals, base, io, {quiet: values.quiet === true, strict: values.strict === true})

  const results: FileResult[] = []
  let failed = false
  for (const file of positionals) {
    const label = file === '-' ? '<stdin>' : file
    let bytes: Uint8Array
    try {
      bytes = file === '-' ? await readStream(io.stdin) : await readFile(path.resolve(io.cwd, file))
    } catch (error) {
      reportReadError(io, file, error)
      failed = true
      continue
    }
    let result
    try {
      result = parseBulletin(bytes, file === '-' ? base : {...base, source: file})
    } catch (error) {
      // Only bad options get here (content never throws): say which.
      return usageError(io, error instanceof Error ? error.message : String(error))
    }
    for (const message of result.messages) printMessage(io, message, label, values.quiet === true)
    if (values.strict && result.messages.some((message) => message.severity === 'error')) failed = true
    const {items, ...bulletin} = result.bulletin
    results.push({bulletin, items, messages: result.messages})
  }
  if (results.length > 0) {
    io.stdout.write(`${JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2)}\n`)
  }
  return failed ? 1 : 0
}

/** Say on stderr that a file could not be read, and why. */
function reportReadError(io: CommandIo, file: string, error: unknown): void {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)
  io.stderr.write(`sironet parse: cannot read \`${file}\`: ${reason}\n`)
}

/** Print a message on stderr as `file:line:col: severity reason [rule-id]`; with `quiet`, errors only. */
function printMessage(io: CommandIo, message: Diagnostic, label: string, quiet: boolean): void {
  if (!quiet || message.severity === 'error') io.stderr.write(`${formatDiagnostic(message, label)}\n`)
}

/** Writes lines to an output in batches, waiting when a stream asks to (`write` returned `false`). */
function createLineWriter(output: CommandIo['stdout']): {write(line: string): Promise<void>; flush(): Promise<void>} {
  let batch = ''
  async function flush(): Promise<void> {
    if (batch.length === 0) return
    const text = batch
    batch = ''
    const drained = output.write(text)
    const emitter = output as Partial<NodeJS.WritableStream>
    if (drained === false && typeof emitter.once === 'function') {
      await new Promise<void>((resolve) => emitter.once!('drain', () => resolve()))
    }
  }
  return {
    async write(line) {
      batch += `${line}\n`
      if (batch.length >= 1 << 16) await flush()
    },
    flush
  }
}

/** `--format ndjson`: print each file’s events as they are read, with `parseBulletinStream`. */
async function streamFiles(files: string[], base: ParseOptions, io: CommandIo, flags: {quiet: boolean; strict: boolean}): Promise<number> {
  const out = createLineWriter(io.stdout)
  let failed = false
  for (const file of files) {
    const label = file === '-' ? '<stdin>' : file
    const resolved = path.resolve(io.cwd, file)
    let events: AsyncIterable<ParseEvent>
    try {
      // A file can be opened again, so the stream reads it twice and every id is final when printed.
      events = parseBulletinStream(file === '-' ? io.stdin : () => createReadStream(resolved), file === '-' ? base : {...base, source: file})
    } catch (error) {
      // Only bad options get here (content never throws): say which.
      return usageError(io, error instanceof Error ? error.message : String(error))
    }
    try {
      for await (const event of events) {
        if (event.type === 'paragraph') continue
        if (event.type === 'message') {
          const message = event.message
          printMessage(io, message, label, flags.quiet)
          if (flags.strict && message.severity === 'error') failed = true
        }
        await out.write(JSON.stringify(event))
      }
    } catch (error) {
      await out.flush()
      reportReadError(io, file, error)
      failed = true
      continue
    }
    await out.flush()
  }
  return failed ? 1 : 0
}
