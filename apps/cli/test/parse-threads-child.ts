import path from 'node:path'
import {readBulletins} from '../src/lib/build-read.ts'
import {createParsePool} from '../src/lib/parse-pool.ts'

/**
 * Run by `parse-threads.test.ts` in a process with a loader for `.ts` (so
 * parsing threads can start, which they cannot under vitest): reads the given
 * files on the main thread and with two parsing threads and prints both results
 * as JSON, with whether the threads started.
 */
const [cwd, ...files] = process.argv.slice(2)
const pool = await createParsePool(2)
const started = pool !== undefined
await pool?.close()
const main = await readBulletins(files, {cwd: cwd!, parseThreads: 0})
const threaded = await readBulletins(files, {cwd: cwd!, parseThreads: 2})
const streamed = await readBulletins(files, {cwd: cwd!, parseThreads: 2, streamAbove: 100_000})
process.stdout.write(JSON.stringify({started, main, threaded, streamed, files: files.map((file) => path.basename(file))}) + '\n')
