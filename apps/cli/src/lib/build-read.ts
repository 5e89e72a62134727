import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {availableParallelism} from 'node:os'
import type {NewsItem} from '@sironet/model'
import {parseBulletin, parseBulletinStream} from '@sironet/parse'
import {toBuildMessage, type BuildMessage} from './build-messages.js'
import {checkCandidate, parseBulletinFile, type CheckedCandidate, type ParsedFile} from './parse-file.js'
import {createParsePool} from './parse-pool.js'
import {isRecordFile, readRecordFile} from './read-record-file.js'

/** The parser the build calls: `parseBulletin` of `@sironet/parse`. */
export type ParseBulletin = (
  input: string | Uint8Array,
  options: {source: string; year?: number; language?: string}
) => {bulletin?: unknown; items: readonly unknown[]; messages: readonly unknown[]}

/** What reading the bulletins gave. */
export interface ReadResult {
  /** Valid records with unique ids, in input order (empty when `onItem` took them). */
  items: NewsItem[]
  /** How many valid records were read. */
  count: number
  /** Every message, in input order. */
  messages: BuildMessage[]
  /** Bulletins read. */
  bulletins: number
  /** Whether an error-severity message was reported. */
  failed: boolean
}

/** Options for {@link readBulletins}. */
export interface ReadOptions {
  /** Folder file names in messages are relative to. */
  cwd: string
  /** The parser (optional, default `parseBulletin` of `@sironet/parse`). */
  parse?: ParseBulletin | undefined
  /** Stop at the first file with an error (optional, default `false`). */
  strict?: boolean | undefined
  /** Called after each file with how many were read (optional). */
  onFile?: ((done: number, total: number) => void) | undefined
  /** Stop early when aborted (optional). */
  signal?: AbortSignal | undefined
  /**
   * Take each valid record as it is read, instead of collecting them in `items` (optional; the build passes
   * them to a store that may put them on disk, and writes each one's API file). When it returns a promise,
   * reading waits for it before the next record.
   */
  onItem?: ((item: NewsItem) => void | Promise<void>) | undefined
  /**
   * Files larger than this many bytes are read with `parseBulletinStream` (in blocks, read twice so
   * ids are final) instead of whole, when no `parse` is given (optional, default 8 MiB: a 200 MB
   * bulletin then builds in bounded memory).
   */
  streamAbove?: number | undefined
  /**
   * Threads that read, parse and check whole files ahead of the main thread, which takes their
   * records in input order (optional, default `0`: parse on the main thread; at most one per core).
   * Used only with the default parser and more than one file; the records and messages are the same.
   * It pays only with cores to spare: each thread warms up its own parser and copies its records
   * to the main thread (see `bench/results.md`).
   */
  parseThreads?: number | undefined
}

/**
 * Parse bulletin files one by one into valid records (files of records that
 * `sironet parse` printed, `*.json` and `*.ndjson`, are read instead: see
 * `readRecordFile`). A file that cannot be
 * read or parsed, or a record that fails validation, becomes a positioned
 * error message and the others go on (with `strict`, reading stops there);
 * a record whose id another file already used gets a numbered id and a warning,
 * so nothing valid is lost. Files over `streamAbove` bytes are parsed as a
 * stream, so their records are never all in memory (a file that fails part
 * way keeps the records read before the error).
 *
 * @param files Absolute paths, in the order to read them.
 * @param options Working folder, parser, strictness, progress.
 */
export async function readBulletins(files: readonly string[], options: ReadOptions): Promise<ReadResult> {
  const parse = options.parse ?? parseBulletin
  const streamAbove = options.streamAbove ?? 8 * 1024 * 1024
  const items: NewsItem[] = []
  const onItem = options.onItem ?? ((item: NewsItem) => void items.push(item))
  // A failure of `onItem` (the build writing a file) is not the bulletin's: it ends the reading, as itself.
  let failedTake: {error: unknown} | undefined
  const take = (item: NewsItem): void | Promise<void> => {
    try {
      const taken = onItem(item)
      return taken?.catch((error: unknown) => {
        failedTake = {error}
        throw error
      })
    } catch (error) {
      failedTake = {error}
      throw error
    }
  }
  let count = 0
  const messages: BuildMessage[] = []
  // Where each id was first used, as a number (file index × 2^26 + line): a corpus of
  // 300,000 records keeps one short number per id, not one string.
  const ids = new Map<string, number>()
  const names: string[] = []
  const firstUse = (where: number) => `${names[Math.floor(where / 2 ** 26)]}:${where % 2 ** 26}`
  let bulletins = 0
  let failed = false
  // With the default parser, whole files are read, parsed and checked on other threads, a few files
  // ahead; the main thread takes their records in input order (ids, the store), as it would have.
  const threads = options.parse || files.length < 2 ? 0 : Math.min(options.parseThreads ?? 0, availableParallelism(), files.length)
  const pool = threads > 0 ? await createParsePool(threads) : undefined
  const ahead = new Map<number, Promise<ParsedFile | 'stream'>>()
  const parseAhead = (index: number) => {
    if (!pool || index >= files.length || ahead.has(index) || isRecordFile(files[index]!)) return
    const file = files[index]!
    const name = path.relative(options.cwd, file) || file
    const parsed = (async (): Promise<ParsedFile | 'stream'> => {
      try {
        if ((await stat(file)).size > streamAbove) return 'stream'
      } catch (error) {
        return {error: error instanceof Error ? error.message : String(error)}
      }
      return pool.parse(file, name)
    })()
    // Waited for in order below; an early stop (strict, abort) leaves some unawaited.
    parsed.catch(() => undefined)
    ahead.set(index, parsed)
  }
  try {
    for (const [index, file] of files.entries()) {
      options.signal?.throwIfAborted()
      for (let next = index; next <= index + threads; next++) parseAhead(next)
      const name = path.relative(options.cwd, file) || file
      names.push(name)
      const report: BuildMessage[] = []
      let at = 0
      const accept = (checked: CheckedCandidate, label = `Item ${at + 1}`): void | Promise<void> => {
        at++
        const where = {file: name, line: checked.line, column: checked.column}
        if (!checked.ok) {
          report.push({...where, severity: 'error', ruleId: 'invalid-item', reason: `${label} is not a valid record: ${checked.issues.join('; ')}`})
          return
        }
        let item = checked.item
        const first = ids.get(item.id)
        if (first !== undefined) {
          let n = 2
          while (ids.has(`${item.id}-${n}`)) n++
          const id = `${item.id}-${n}`
          report.push({...where, severity: 'warning', ruleId: 'duplicate-id', reason: `Id \`${item.id}\` is already used by ${firstUse(first)}; published as \`${id}\``})
          item = {...item, id}
        }
        ids.set(item.id, index * 2 ** 26 + Math.min(where.line, 2 ** 26 - 1))
        count++
        return take(item)
      }
      const unreadable = (reason: string) =>
        report.push({file: name, line: 1, column: 1, severity: 'error', ruleId: 'unreadable-bulletin', reason: `Cannot read this bulletin: ${reason}`})
      try {
        const early = ahead.get(index)
        ahead.delete(index)
        let parsed = early ? await early : undefined
        if (isRecordFile(file)) {
          // Records printed by `sironet parse` (or edited since): published without parsing again.
          for await (const event of readRecordFile(file)) {
            if (event.type === 'problem') report.push({file: name, line: event.line, column: event.column, severity: 'error', ruleId: 'unreadable-records', reason: event.reason})
            else await accept({...checkCandidate(event.record), line: event.line, column: event.column}, event.label)
          }
          bulletins++
        } else {
          if (parsed === undefined && !options.parse && (await stat(file)).size > streamAbove) parsed = 'stream'
          if (parsed === 'stream') {
            // A huge bulletin: its items come one at a time and go straight to the store.
            for await (const event of parseBulletinStream(() => createReadStream(file), {source: name})) {
              if (event.type === 'message') report.push(toBuildMessage(name, event.message))
              else if (event.type === 'item') await accept(checkCandidate(event.item))
            }
            bulletins++
          } else {
            parsed ??= parseBulletinFile(file, name, parse)
            if ('error' in parsed) unreadable(parsed.error)
            else {
              report.push(...parsed.messages)
              for (const candidate of parsed.candidates) await accept(candidate)
              bulletins++
            }
          }
        }
      } catch (error) {
        if (failedTake) throw failedTake.error
        unreadable(error instanceof Error ? error.message : String(error))
      }
      messages.push(...report)
      options.onFile?.(index + 1, files.length)
      if (report.some((message) => message.severity === 'error')) {
        failed = true
        if (options.strict) break
      }
    }
  } finally {
    await pool?.close()
  }
  return {items, count, messages, bulletins, failed}
}
