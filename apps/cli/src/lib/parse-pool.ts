import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {ParsedFile} from './parse-file.js'

/** Threads that read and parse bulletin files with `parseBulletin` while the main thread takes the records of earlier ones. */
export interface ParsePool {
  /** Parse one file on the next free thread. */
  parse(file: string, name: string): Promise<ParsedFile>
  /** Stop the threads (safe to call more than once). */
  close(): Promise<void>
}

/**
 * What a thread runs: `parse-worker.js` beside the bundle in `dist/` (its own entry); from source
 * (`parse-worker.ts`, run with tsx), a script that loads tsx in the thread first, since Node.js 20
 * does not apply the main thread's `--import tsx` to threads. `undefined` when neither works (as under vitest).
 */
function findWorkerScript(): {script: URL | string; eval: boolean} | undefined {
  const built = new URL('parse-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(built))) return {script: built, eval: false}
  const source = new URL('parse-worker.ts', import.meta.url)
  if (!existsSync(fileURLToPath(source))) return undefined
  try {
    const tsx = import.meta.resolve('tsx/esm/api')
    return {script: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}) })`, eval: true}
  } catch {
    return undefined
  }
}

/** Start one thread; `undefined` when it cannot load. */
function startWorker(found: {script: URL | string; eval: boolean}): Promise<Worker | undefined> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(found.script, {eval: found.eval})
    } catch {
      resolve(undefined)
      return
    }
    const fail = () => {
      void worker.terminate()
      resolve(undefined)
    }
    worker.once('error', fail)
    worker.once('exit', fail)
    worker.once('message', (message: {ready?: boolean}) => {
      worker.off('error', fail)
      worker.off('exit', fail)
      if (message.ready) resolve(worker)
      else fail()
    })
  })
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
  const found = threads < 1 ? undefined : findWorkerScript()
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
