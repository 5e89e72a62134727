import {Worker} from 'node:worker_threads'

/**
 * Writes files on a thread of its own, so the system calls of creating
 * 100,000 files (about a third of a large build's time) run on another core
 * while the main thread renders the next ones. Files are handed over in
 * batches (one message per ~256 kB), in order; at most ~32 MB waits at a time.
 */
export interface FileWriter {
  /** Create a folder (and its parents) before the files in it. */
  makeFolder(folder: string): Promise<void>
  /** Write a whole file. */
  writeFile(target: string, content: string | Uint8Array): Promise<void>
  /** Write a file in pieces: `open`, then `append` each piece, then `close`. */
  open(target: string): Promise<void>
  /** Append text, given in pieces, to the file last opened. */
  append(pieces: string[]): Promise<void>
  /** Close the file last opened. */
  close(): Promise<void>
  /** Wait until everything handed over is written; resolves with the bytes written, rejects with the first error of the thread. */
  finish(): Promise<number>
  /** Stop the thread at once (after an error or an abort); what it had not written is dropped. */
  terminate(): Promise<void>
}

// The thread's code, run as a script (`eval`): plain synchronous writes, one batch per message.
const writerSource = `
const {parentPort} = require('node:worker_threads')
const fs = require('node:fs')
let descriptor = -1
const writeAll = (buffer) => {
  for (let offset = 0; offset < buffer.byteLength; ) offset += fs.writeSync(descriptor, buffer, offset)
  return buffer.byteLength
}
parentPort.on('message', (batch) => {
  let bytes = 0
  try {
    for (const operation of batch.operations) {
      switch (operation[0]) {
        case 0: fs.mkdirSync(operation[1], {recursive: true}); break
        case 1: {
          const content = typeof operation[2] === 'string' ? Buffer.from(operation[2], 'utf8') : operation[2]
          fs.writeFileSync(operation[1], content)
          bytes += content.byteLength
          break
        }
        case 2: descriptor = fs.openSync(operation[1], 'w'); break
        case 3: bytes += writeAll(Buffer.from(operation[1].join(''), 'utf8')); break
        case 4: fs.closeSync(descriptor); descriptor = -1; break
      }
    }
    parentPort.postMessage({id: batch.id, bytes})
  } catch (error) {
    parentPort.postMessage({id: batch.id, bytes, error: error && error.message ? error.message : String(error)})
  }
})
`

type Operation = [0, string] | [1, string, string | Uint8Array] | [2, string] | [3, string[]] | [4]

const batchLength = 256 * 1024
const waitingLength = 32 * 1024 * 1024

/** Start a file-writing thread. */
export function createFileWriter(): FileWriter {
  const worker = new Worker(writerSource, {eval: true})
  let operations: Operation[] = []
  let length = 0
  let nextId = 0
  const sizes = new Map<number, number>()
  let waiting = 0
  let failure: Error | undefined
  let wake: (() => void) | undefined
  let stopped = false
  let written = 0

  worker.on('message', (message: {id: number; bytes: number; error?: string}) => {
    written += message.bytes
    waiting -= sizes.get(message.id) ?? 0
    sizes.delete(message.id)
    if (message.error !== undefined) failure ??= new Error(message.error)
    wake?.()
  })
  worker.on('error', (error) => {
    failure ??= error
    wake?.()
  })
  worker.on('exit', () => {
    stopped = true
    wake?.()
  })

  const waitForChange = () => new Promise<void>((resolve) => (wake = resolve))
  const send = async () => {
    if (operations.length === 0) return
    const id = nextId++
    sizes.set(id, length)
    waiting += length
    worker.postMessage({id, operations})
    operations = []
    length = 0
    while (waiting > waitingLength && !failure && !stopped) await waitForChange()
    if (failure) throw failure
  }
  const add = async (operation: Operation, size: number) => {
    if (failure) throw failure
    operations.push(operation)
    length += size + 64
    if (length >= batchLength) await send()
  }

  return {
    makeFolder: (folder) => add([0, folder], folder.length),
    writeFile: (target, content) => add([1, target, content], target.length + (typeof content === 'string' ? content.length : content.byteLength)),
    open: (target) => add([2, target], target.length),
    append: (pieces) => add([3, pieces], pieces.reduce((sum, piece) => sum + piece.length, 0)),
    close: () => add([4], 0),
    async finish() {
      await send()
      while (sizes.size > 0 && !failure && !stopped) await waitForChange()
      if (failure) throw failure
      await worker.terminate()
      return written
    },
    async terminate() {
      await worker.terminate()
    }
  }
}
