import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {makeSyntheticBulletins} from '../bench/synthetic.ts'
import {buildSite, type BuildSiteOptions} from '../src/lib/build-site.ts'
import {listSortedRecords} from '../src/lib/record-store.ts'
import {startRenderThread} from '../src/lib/render-thread.ts'

/**
 * Run by `render-thread.test.ts` in a process with a loader for `.ts` (so the
 * rendering thread can start, which it cannot under vitest): builds the same
 * bulletins without the thread, with it, and with it and records on disk, then
 * aborts a threaded build midway; prints what each gave as JSON.
 */
const [work] = process.argv.slice(2)
const input = path.join(work!, 'in')
await mkdir(input)
for (const [index, text] of makeSyntheticBulletins(3, 400).entries()) await writeFile(path.join(input, `b${index}.txt`), text)

/** One hash over every file of a folder (paths and bytes, sorted by path). */
async function hashFolder(folder: string): Promise<string> {
  const files = (await readdir(folder, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
  const hash = createHash('sha256')
  for (const file of files) hash.update(`${file}\0`).update(await readFile(path.join(folder, file))).update('\0')
  return hash.digest('hex')
}

const probe = await startRenderThread(listSortedRecords([]), {siteUrl: 'https://example.org/'})
await probe?.stop()
const common: BuildSiteOptions = {out: '', siteUrl: 'https://example.org/news/', inputs: [input], widget: false, feedSize: 20, cwd: work}
const builds: Record<string, {files: number; bytes: number; messages: number; hash: string}> = {}
for (const [name, options] of [
  ['main', {renderThread: false}],
  ['thread', {renderThread: true}],
  ['threadFromDisk', {renderThread: true, recordsInMemory: 150}]
] as const) {
  const report = await buildSite({...common, ...options, out: name})
  builds[name] = {files: report.files, bytes: report.bytes, messages: report.messages.length, hash: await hashFolder(path.join(work!, name))}
}

// Aborted while files are written: no site, no temporary folder, the thread stopped.
const controller = new AbortController()
let aborted = ''
await buildSite({
  ...common,
  out: 'aborted',
  renderThread: true,
  signal: controller.signal,
  onProgress: (progress) => progress.phase === 'write' && progress.done > 200 && controller.abort()
}).catch((error: unknown) => (aborted = error instanceof Error ? error.name : String(error)))
const left = (await readdir(work!)).filter((name) => name.startsWith('.') || name === 'aborted')
process.stdout.write(JSON.stringify({started: probe !== undefined, builds, aborted, left}) + '\n')
