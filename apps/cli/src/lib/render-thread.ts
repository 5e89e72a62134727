import {MessageChannel, type Worker} from 'node:worker_threads'
import type {SortedRecords} from './record-store.js'
import {renderSignals} from './render-signals.js'
import type {RenderStart} from './render-worker.js'
import type {SiteFile} from './site-file.js'
import {makeSiteSettings, renderSiteBody, renderSiteIndex, type SharedLinks, type SiteFilesOptions} from './site-files.js'
import {findWorkerScript, startWorker} from './worker-script.js'

/** Records in one message to the thread. */
const batchSize = 256
/** Batches posted and not yet read by the thread: enough to keep it busy for about half a second, few enough (about 10 MB) to hold. */
const batchesAhead = 32

/** A thread that renders part of the site (`render-worker.ts`) while the main thread renders the rest. */
export interface RenderThread {
  /** Files the thread has written so far. */
  written(): number
  /**
   * Write the site into `root`: the main thread's files (all but the root
   * archive pages and the organization feeds, which the thread writes itself),
   * with `index.html` last, once the thread is done. Records go to the thread
   * a few batches ahead of what it has read, between the main thread's files.
   *
   * @param root The folder being written.
   * @returns The main thread's files; afterwards {@link RenderThread.result} says what the thread wrote.
   */
  render(root: string): AsyncGenerator<SiteFile, void, undefined>
  /** What the thread wrote, once `render` is done, and the CPU time it used (Linux only). */
  result(): {files: number; bytes: number; cpuSeconds?: number | undefined}
  /** Stop the thread (safe to call more than once; at once when it is done). */
  stop(): Promise<void>
}

/**
 * Start the rendering thread for a site of `records`.
 *
 * @param records The records, sorted.
 * @param options The site's options, as for `renderSiteFiles`.
 * @returns The thread, or `undefined` when it cannot start (as under vitest): render on the main thread then.
 */
export async function startRenderThread(records: SortedRecords, options: SiteFilesOptions): Promise<RenderThread | undefined> {
  const found = findWorkerScript('render-worker')
  const worker = found && (await startWorker(found))
  if (!worker) return undefined
  return makeRenderThread(worker, records, options)
}

function makeRenderThread(worker: Worker, records: SortedRecords, options: SiteFilesOptions): RenderThread {
  const shared = new SharedArrayBuffer(renderSignals.length * Int32Array.BYTES_PER_ELEMENT)
  const signals = new Int32Array(shared)
  const channel = new MessageChannel()
  const texts = records.newestTexts()[Symbol.iterator]()
  let posted = 0
  let sent = false
  let stopped = false
  let outcome: {links: SharedLinks; files: number; bytes: number; cpuSeconds?: number | undefined} | undefined
  let failure: Error | undefined
  const answered = new Promise<void>((resolve) => {
    worker.once('message', (message: {links: SharedLinks; files: number; bytes: number; cpuSeconds?: number} | {error: string}) => {
      if ('error' in message) failure ??= new Error(`The rendering thread failed: ${message.error}`)
      else outcome = message
      resolve()
    })
    worker.on('error', (error) => {
      if (!outcome) failure ??= error
      resolve()
    })
    worker.once('exit', () => {
      if (!outcome) failure ??= new Error('The rendering thread stopped before it was done')
      resolve()
    })
  })

  const post = (batch: string[] | null) => {
    channel.port1.postMessage(batch)
    Atomics.store(signals, renderSignals.posted, ++posted)
    Atomics.notify(signals, renderSignals.posted)
  }
  /** Post batches while the thread has fewer than `batchesAhead` to read: cheap when it has enough, so called often. */
  const pump = () => {
    while (!sent && posted - Atomics.load(signals, renderSignals.taken) < batchesAhead) {
      const batch: string[] = []
      for (let next = texts.next(); ; next = texts.next()) {
        if (next.done) {
          sent = true
          break
        }
        batch.push(next.value)
        if (batch.length === batchSize) break
      }
      if (batch.length > 0) post(batch)
      if (sent) post(null)
    }
  }
  /** The pieces of a file written in pieces, posting records between them (`events.ics` alone takes seconds). */
  function* pumping(pieces: Iterable<string>): Generator<string, void, undefined> {
    for (const piece of pieces) {
      pump()
      yield piece
    }
  }
  const stop = async () => {
    if (stopped) return
    stopped = true
    Atomics.store(signals, renderSignals.stop, 1)
    Atomics.notify(signals, renderSignals.posted)
    channel.port1.close()
    await worker.terminate()
  }

  return {
    written: () => Atomics.load(signals, renderSignals.files),
    async *render(root) {
      let timer: ReturnType<typeof setInterval> | undefined
      try {
        const start: RenderStart = {root, count: records.count, options: {...options, widget: undefined, summaries: undefined}, port: channel.port2, signals: shared}
        worker.postMessage(start, [channel.port2])
        const site = makeSiteSettings(options)
        const body = renderSiteBody(records, site, options, {shared: true})
        pump()
        // Also while the main thread waits for the file writer, which it does often on a slow disk.
        timer = setInterval(pump, 5)
        let step = body.next()
        for (; !step.done; step = body.next()) {
          const file = step.value
          yield typeof file.content === 'string' || file.content instanceof Uint8Array ? file : {path: file.path, content: pumping(file.content)}
          pump()
          if (failure) throw failure
        }
        // The main thread's part is written: hand over the last records and wait for the thread.
        while (!sent && !failure) {
          pump()
          if (!sent) await new Promise((resolve) => setTimeout(resolve, 2))
        }
        await answered
        if (failure || !outcome) throw failure ?? new Error('The rendering thread gave no result')
        yield renderSiteIndex(records, site, step.value, outcome.links)
      } finally {
        clearInterval(timer)
        // Also when the writer stops early (an error, an abort): the thread must not write on into a folder being removed.
        await stop()
      }
    },
    result: () => ({files: outcome?.files ?? 0, bytes: outcome?.bytes ?? 0, cpuSeconds: outcome?.cpuSeconds}),
    stop
  }
}
