import type {Worker} from 'node:worker_threads'
import type {ParsedFile} from './parse-file.js'
import {findWorkerScript, startWorker} from './worker-script.js'

/** Threads that read and parse bulletin files with `parseBulletin` while the main thread takes the records of earlier ones. */
export interface ParsePool {
  /** Parse one file on the next free thread. */
  parse(file: string, name: string): Promise<ParsedFile>
  /** Stop the threads (safe to call more than once). */
  close(): Promise<void>
}

/**
 * Start up to `threads` parsing threads. Files are handed out in the order
 * asked, to whichever thread is free; each answer is a plain copy of what
 * `parseBulletinFile` gives on the main thread.
 *
 * @param threads How many threads (example: `2`).
 * @returns The pool, or `undefined` when no thread could start (then parse on the main thread).
 */
export async function createParsePool(threads: number): Promise<ParsePool | undefined> {
  const found = threads < 1 ? undefined : findWorkerScript('parse-worker')
  if (!found) return undefined
  const workers = (await Promise.all(Array.from({length: threads}, () => startWorker(found)))).filter((worker): worker is Worker => worker !== undefined)
  if (workers.length === 0) return undefined

  type Job = {id: number; file: string; name: string; resolve: (parsed: ParsedFile) => void; reject: (error: Error) => void}
  const queue: Job[] = []
  const busy = new Map<Worker, Job>()
  const idle = [...workers]
  let nextId = 0
  let closed = false
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const job = queue.shift()!
      busy.set(worker, job)
      worker.postMessage({id: job.id, file: job.file, name: job.name})
    }
  }
  for (const worker of workers) {
    worker.on('message', (message: {id: number; parsed: ParsedFile}) => {
      const job = busy.get(worker)
      busy.delete(worker)
      idle.push(worker)
      job?.resolve(message.parsed)
      dispatch()
    })
    const lost = (error?: Error) => {
      const job = busy.get(worker)
      busy.delete(worker)
      job?.reject(error ?? new Error('A parsing thread stopped'))
    }
    worker.on('error', lost)
    worker.on('exit', () => lost())
  }
  return {
    parse(file, name) {
      if (closed) return Promise.reject(new Error('The parsing threads are stopped'))
      return new Promise((resolve, reject) => {
        queue.push({id: nextId++, file, name, resolve, reject})
        dispatch()
      })
    },
    async close() {
      if (closed) return
      closed = true
      for (const job of queue.splice(0)) job.reject(new Error('The parsing threads are stopped'))
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}
