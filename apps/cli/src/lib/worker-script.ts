import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

/** How to start a thread: a script file, or code run with `eval`. */
export interface WorkerScript {
  /** The file, or the code. */
  script: URL | string
  /** Whether `script` is code. */
  eval: boolean
}

/**
 * What a thread runs: `<name>.js` beside the bundle in `dist/` (its own entry); from source
 * (`<name>.ts`, run with tsx), a script that loads tsx in the thread first, since Node.js 20
 * does not apply the main thread's `--import tsx` to threads. `undefined` when neither works (as under vitest).
 *
 * @param name The entry's name without extension (example: `'parse-worker'`).
 */
export function findWorkerScript(name: string): WorkerScript | undefined {
  const built = new URL(`${name}.js`, import.meta.url)
  if (existsSync(fileURLToPath(built))) return {script: built, eval: false}
  const source = new URL(`${name}.ts`, import.meta.url)
  if (!existsSync(fileURLToPath(source))) return undefined
  try {
    const tsx = import.meta.resolve('tsx/esm/api')
    return {script: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}) })`, eval: true}
  } catch {
    return undefined
  }
}

/**
 * Start one thread and wait for its first message, `{ready: true}`, sent once its modules are loaded.
 *
 * @param found The script from {@link findWorkerScript}.
 * @returns The thread, or `undefined` when it cannot load.
 */
export function startWorker(found: WorkerScript): Promise<Worker | undefined> {
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
