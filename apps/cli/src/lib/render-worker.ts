import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parentPort, receiveMessageOnPort, type MessagePort} from 'node:worker_threads'
import type {NewsItem} from '@sironet/model'
import {renderSignals} from './render-signals.js'
import type {SiteFile} from './site-file.js'
import {makeSiteSettings, type SiteFilesOptions} from './site-files.js'
import {renderSharedFiles, type SharedRecord} from './site-shared-files.js'

/** The message that starts the work of a rendering thread (`render-thread.ts`). */
export interface RenderStart {
  /** Folder the site is written into. */
  root: string
  /** How many records will come. */
  count: number
  /** The site's settings (plain data: no widget files, no summary store). */
  options: SiteFilesOptions
  /** Where batches of records (arrays of JSON texts, newest first, then `null`) come. */
  port: MessagePort
  /** The counters of `render-signals.ts`. */
  signals: SharedArrayBuffer
}

/** The records posted on `port`, read as they are needed: the thread waits on the shared counter while none is there. */
function* receiveRecords(port: MessagePort, signals: Int32Array): Generator<SharedRecord, void, undefined> {
  for (;;) {
    if (Atomics.load(signals, renderSignals.stop) !== 0) throw new Error('The build was stopped')
    // Read before looking for a message: a batch posted after this is seen by the wait below.
    const posted = Atomics.load(signals, renderSignals.posted)
    const received = receiveMessageOnPort(port)
    if (received === undefined) {
      Atomics.wait(signals, renderSignals.posted, posted, 1000)
      continue
    }
    const batch = received.message as string[] | null
    if (batch === null) return
    for (const text of batch) yield {item: JSON.parse(text) as NewsItem, text}
    Atomics.add(signals, renderSignals.taken, 1)
  }
}

/** Write one file under `root`, making its folder once. */
function writeSiteFile(root: string, file: SiteFile, folders: Set<string>): number {
  const target = path.join(root, ...file.path.split('/'))
  const folder = path.dirname(target)
  if (!folders.has(folder)) {
    mkdirSync(folder, {recursive: true})
    folders.add(folder)
  }
  const content = file.content
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content instanceof Uint8Array ? content : Buffer.from([...content].join(''), 'utf8')
  writeFileSync(target, bytes)
  return bytes.byteLength
}

/** User and system CPU seconds of this thread so far, on Linux (`undefined` elsewhere): for benchmarks. */
function readThreadCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}

// A rendering thread: after `ready`, one `RenderStart` message; it renders the root archive pages
// and the country and organization feeds from the records as they come, writes them, and answers
// `{links, files, bytes}` (or `{error}`).
parentPort?.once('message', (start: RenderStart) => {
  const signals = new Int32Array(start.signals)
  const folders = new Set<string>()
  let files = 0
  let bytes = 0
  try {
    const links = renderSharedFiles(receiveRecords(start.port, signals), start.count, makeSiteSettings(start.options), (file) => {
      bytes += writeSiteFile(start.root, file, folders)
      files++
      Atomics.store(signals, renderSignals.files, files)
    })
    parentPort!.postMessage({links, files, bytes, cpuSeconds: readThreadCpu()})
  } catch (error) {
    parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
  }
  start.port.close()
})
parentPort?.postMessage({ready: true})
