import {mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {compareItems, sortItems, type NewsItem} from '@sironet/model'
import {createRecordFile, type RecordFile} from './record-file.js'
import {recordFolderPrefix, removeStaleRecordFolders} from './stale-record-folders.js'

/** Records sorted by event date (then id), read as many times as needed, newest or oldest first. */
export interface SortedRecords {
  /** How many records there are. */
  readonly count: number
  /** The records newest first, from the `start`-th (0-based, optional, default `0`) to before the `end`-th (optional, default all). */
  newest(start?: number, end?: number): Iterable<NewsItem>
  /** The records oldest first. */
  oldest(): Iterable<NewsItem>
  /** The records newest first as JSON text (`JSON.stringify` of each; records on disk are read as they are, not parsed), to hand to another thread. */
  newestTexts(): Iterable<string>
}

/** Records added one at a time, then sorted: in memory while few, on disk when many. */
export interface RecordStore {
  /** Keep a valid record. */
  add(item: NewsItem): void
  /** Sort what was added (merging the sorted runs on disk, if any); afterwards the store only reads. */
  finish(): SortedRecords
  /** Whether records went to disk. */
  readonly spilled: boolean
  /** Open another temporary record file beside the runs (for the build's other lists of texts); closed and deleted by `close`. */
  openFile(name: string): RecordFile
  /** Delete the temporary files (safe to call more than once). */
  close(): void
}

/** Options for {@link createRecordStore}. */
export interface RecordStoreOptions {
  /** Records kept in memory; more go to sorted runs in temporary files, merged at the end (example: `20000`). */
  limit: number
  /** Folder the temporary folder (`sironet-records-PID-…`) is made in (optional, default the system's); folders there that killed builds left are removed first. */
  temporaryDirectory?: string | undefined
}

/**
 * Records already in memory and sorted newest first, as {@link SortedRecords}.
 *
 * @param newestFirst The records, as `sortItems(items, {order: 'newest'})` gives them; not copied.
 */
export function listSortedRecords(newestFirst: readonly NewsItem[]): SortedRecords {
  return {
    count: newestFirst.length,
    newest: (start = 0, end = newestFirst.length) => newestFirst.slice(start, end),
    *oldest() {
      for (let index = newestFirst.length - 1; index >= 0; index--) yield newestFirst[index]!
    },
    *newestTexts() {
      for (const item of newestFirst) yield JSON.stringify(item)
    }
  }
}

/** Records in a record file, newest first. */
function fromFile(file: RecordFile): SortedRecords {
  return {
    count: file.count,
    *newest(start = 0, end = file.count) {
      for (const text of file.read(start, Math.min(end, file.count))) yield JSON.parse(text) as NewsItem
    },
    *oldest() {
      for (const text of file.read(0, file.count, true)) yield JSON.parse(text) as NewsItem
    },
    newestTexts: () => file.read(0, file.count)
  }
}

/**
 * Make a store for the records of a build. Up to `limit` records stay in
 * memory; past that, each `limit` records are sorted and written to a run
 * file, and `finish` merges the runs into one sorted file that every later
 * pass reads in blocks. What stays in memory is then a few numbers a record,
 * whatever the size of the corpus. Records read back are equal to those added
 * (JSON round trip of valid records).
 *
 * @param options How many records to keep in memory; where temporary files go.
 */
export function createRecordStore(options: RecordStoreOptions): RecordStore {
  if (!Number.isInteger(options.limit) || options.limit < 1) {
    throw new TypeError(`Cannot make a record store with \`limit\` ${String(options.limit)}. Pass a whole number of at least 1 (example: \`20000\`).`)
  }
  let buffer: NewsItem[] = []
  const runs: RecordFile[] = []
  const runPaths: string[] = []
  let directory: string | undefined
  let sorted: RecordFile | undefined
  const others: RecordFile[] = []
  let finished = false

  const makeFile = (name: string) => {
    if (directory === undefined) {
      const parent = options.temporaryDirectory ?? os.tmpdir()
      // Builds killed before their clean-up (out of memory) leave their runs behind: gigabytes at 100,000 items.
      removeStaleRecordFolders(parent)
      directory = mkdtempSync(path.join(parent, `${recordFolderPrefix}${process.pid}-`))
    }
    return createRecordFile(path.join(directory, name))
  }
  const spill = () => {
    const name = `run-${runs.length + 1}.ndjson`
    const run = makeFile(name)
    runPaths.push(path.join(directory!, name))
    for (const item of sortItems(buffer, {order: 'newest'})) run.append(JSON.stringify(item))
    runs.push(run)
    buffer = []
  }

  return {
    add(item) {
      if (finished) throw new TypeError('Cannot add a record after `finish`.')
      // Spilled only when one more than `limit` comes: a corpus that fits stays in memory.
      if (buffer.length === options.limit) spill()
      buffer.push(item)
    },
    finish() {
      finished = true
      if (runs.length === 0) return listSortedRecords(sortItems(buffer, {order: 'newest'}))
      if (buffer.length > 0) spill()
      sorted = makeFile('sorted.ndjson')
      mergeRuns(runs, sorted)
      // The runs are read: their disk space goes back before the site is written.
      for (const run of runs) run.close()
      for (const file of runPaths) rmSync(file, {force: true})
      runs.length = 0
      return fromFile(sorted)
    },
    get spilled() {
      return runs.length > 0 || sorted !== undefined
    },
    openFile(name) {
      const file = makeFile(name)
      others.push(file)
      return file
    },
    close() {
      for (const file of others) file.close()
      others.length = 0
      for (const run of runs) run.close()
      runs.length = 0
      sorted?.close()
      sorted = undefined
      buffer = []
      if (directory) rmSync(directory, {recursive: true, force: true})
      directory = undefined
    }
  }
}

/** Merge runs sorted newest first into `into`, newest first: each record parsed once, its text copied as it is. */
function mergeRuns(runs: readonly RecordFile[], into: RecordFile): void {
  const heads = runs.map((run) => {
    const texts = run.read(0, run.count)
    return {texts, text: '', item: undefined as NewsItem | undefined}
  })
  const advance = (head: (typeof heads)[number]) => {
    const next = head.texts.next()
    head.text = next.done ? '' : next.value
    head.item = next.done ? undefined : (JSON.parse(next.value) as NewsItem)
  }
  for (const head of heads) advance(head)
  // Runs are few (records ÷ limit): a scan of the heads beats a heap here.
  for (;;) {
    let best: (typeof heads)[number] | undefined
    for (const head of heads) {
      if (head.item && (!best || compareItems(head.item, best.item!) > 0)) best = head
    }
    if (!best) return
    into.append(best.text)
    advance(best)
  }
}
