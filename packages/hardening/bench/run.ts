// `pnpm bench`: huge inputs in bounded memory. Generates, in a temporary
// folder, bulletins of 2, 20 and 200 MB (the real bulletin's paragraphs
// repeated, each copy made distinct) and a corpus of 10,000 bulletin files,
// then times decoding, parsing (whole and streamed) and `buildSite` in child processes and records
// each one's peak RSS. Writes bench/results.md and bench/results.json.
// BENCH_MB (largest bulletin, default 200) and BENCH_FILES (corpus size,
// default 10000) scale it down for a quick look.
import {spawn} from 'node:child_process'
import {createWriteStream} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {once} from 'node:events'
import os from 'node:os'
import path from 'node:path'
import {readFixtureParagraphs} from '../src/bulletin-arbitrary.js'

const largestMb = Number(process.env.BENCH_MB ?? 200)
const corpusFiles = Number(process.env.BENCH_FILES ?? 10_000)
const sizesMb = [...new Set([largestMb / 100, largestMb / 10, largestMb].map((size) => Math.max(1, Math.round(size))))]
const here = new URL('.', import.meta.url)
const {head, items} = readFixtureParagraphs()

interface Measure {
  task: string
  label: string
  seconds?: number
  maxRssMb?: number
  wallSeconds: number
  exitCode: number | null
  signal: string | null
  error?: string
  [figure: string]: unknown
}

/** A copy of item `index` that differs from every other copy, so none is a duplicate. */
function makeItem(index: number): string {
  const paragraph = items[index % items.length]!
  return `${paragraph} (Ref. ${Math.floor(index / items.length) + 1}.${(index % items.length) + 1})`
}

async function writeBulletin(file: string, megabytes: number): Promise<{bytes: number; items: number}> {
  const stream = createWriteStream(file)
  const target = megabytes * 2 ** 20
  let bytes = 0
  let count = 0
  const write = async (chunk: string): Promise<void> => {
    bytes += Buffer.byteLength(chunk)
    if (!stream.write(chunk)) await once(stream, 'drain')
  }
  await write(head.join('\n\n\n'))
  while (bytes < target) await write('\n\n\n' + makeItem(count++))
  await write('\n')
  stream.end()
  await once(stream, 'finish')
  return {bytes, items: count}
}

async function writeCorpus(folder: string, files: number): Promise<{bytes: number; items: number}> {
  await mkdir(folder, {recursive: true})
  let bytes = 0
  let count = 0
  for (let file = 0; file < files; file++) {
    const parts = [...head]
    for (let item = 0; item < 7; item++) parts.push(makeItem(count++))
    const text = parts.join('\n\n\n') + '\n'
    bytes += Buffer.byteLength(text)
    await writeFile(path.join(folder, `bulletin-${String(file).padStart(5, '0')}.txt`), text)
  }
  return {bytes, items: count}
}

/** V8's old-space cap for the builds: a build whose memory grew with the corpus would stop with “heap out of memory”. */
const buildHeapMb = 256

async function measure(label: string, args: string[], nodeFlags: string[] = []): Promise<Measure> {
  const started = performance.now()
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', '--conditions=@sironet/source', new URL('child.ts', here).pathname, ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [exitCode, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null]
  const wallSeconds = Number(((performance.now() - started) / 1000).toFixed(2))
  const line = stdout.trim().split('\n').pop() ?? ''
  const result: Measure = {task: args[0]!, label, wallSeconds, exitCode, signal}
  try {
    Object.assign(result, JSON.parse(line) as object)
  } catch {
    result.error = (stderr.trim().split('\n').slice(-6).join('\n') || `exit ${String(exitCode)} ${String(signal)}`).slice(0, 1500)
  }
  console.log(`  ${label}: ${result.error ? `FAILED ${result.error.split('\n')[0]}` : `${String(result.seconds)} s, peak RSS ${String(result.maxRssMb)} MB`}`)
  return result
}

function row(result: Measure, inputMb: number): string {
  if (result.error) return `| ${result.label} | ${inputMb.toFixed(1)} | — | — | — | — | failed: ${result.error.split('\n')[0]} |`
  const seconds = result.seconds ?? 0
  const cpu = typeof result.cpuSeconds === 'number' ? result.cpuSeconds : undefined
  // CPU time says more than wall time on a shared machine; the rate uses it when known.
  const rate = (cpu ?? seconds) > 0 ? (inputMb / (cpu ?? seconds)).toFixed(2) : '—'
  const figures = ['items', 'messages', 'renames', 'files', 'bulletins', 'writtenMb']
    .filter((key) => result[key] !== undefined)
    .map((key) => `${key} ${String(result[key])}`)
    .join(', ')
  return `| ${result.label} | ${inputMb.toFixed(1)} | ${seconds.toFixed(1)} | ${cpu === undefined ? '—' : cpu.toFixed(1)} | ${rate} | ${String(result.maxRssMb)} | ${figures} |`
}

const loadStart = os.loadavg().map((load) => load.toFixed(1)).join(' ')
const folder = await mkdtemp(path.join(os.tmpdir(), 'sironet-hardening-bench-'))
try {
  console.log(`bench: bulletins of ${sizesMb.join(', ')} MB and a corpus of ${corpusFiles} files in ${folder}`)
  const results: Array<{result: Measure; inputMb: number}> = []
  for (const megabytes of sizesMb) {
    const file = path.join(folder, `bulletin-${megabytes}mb.txt`)
    const written = await writeBulletin(file, megabytes)
    const inputMb = written.bytes / 2 ** 20
    if (megabytes === largestMb) results.push({result: await measure(`decodeInput ${megabytes} MB`, ['decode', file]), inputMb})
    results.push({result: await measure(`parseBulletin ${megabytes} MB (${written.items} items)`, ['parse', file]), inputMb})
    results.push({result: await measure(`parseBulletinStream ${megabytes} MB, read twice`, ['stream', file]), inputMb})
    if (megabytes === largestMb) results.push({result: await measure(`parseBulletinStream ${megabytes} MB, read once`, ['stream-once', file]), inputMb})
    // The whole build of the bulletin: parsed as a stream (over 8 MiB), records sorted on disk past 20,000.
    const site = path.join(folder, `site-${megabytes}mb`)
    results.push({
      result: await measure(`buildSite ${megabytes} MB bulletin (old space ≤ ${buildHeapMb} MB)`, ['build', file, site], [`--max-old-space-size=${buildHeapMb}`]),
      inputMb
    })
    await rm(site, {recursive: true, force: true})
    await rm(file)
  }
  const corpus = path.join(folder, 'corpus')
  const written = await writeCorpus(corpus, corpusFiles)
  const corpusMb = written.bytes / 2 ** 20
  results.push({result: await measure(`parseBulletin × ${corpusFiles} files (${written.items} items)`, ['parse-files', corpus]), inputMb: corpusMb})
  results.push({result: await measure(`parseBulletinStream × ${corpusFiles} files`, ['stream-files', corpus]), inputMb: corpusMb})
  results.push({
    result: await measure(`buildSite ${corpusFiles} files (old space ≤ ${buildHeapMb} MB)`, ['build', corpus, path.join(folder, 'site')], [`--max-old-space-size=${buildHeapMb}`]),
    inputMb: corpusMb
  })

  const when = new Date().toISOString().slice(0, 10)
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node.js ${process.version}`
  const json = {date: when, machine, sizesMb, corpusFiles, results: results.map(({result, inputMb}) => ({...result, inputMb: Number(inputMb.toFixed(1))}))}
  await writeFile(new URL('results.json', here), JSON.stringify(json, null, 2) + '\n')
  const markdown = [
    '# Hardening benchmark: huge inputs',
    '',
    `Made by \`pnpm --filter @sironet/hardening bench\` on ${when} (${machine}; the machine is shared, so times vary).`,
    'Each task runs in its own process; peak RSS is that process’s `maxRSS`. Bulletins are the real',
    'bulletin’s title and intro followed by its 74 items repeated, each copy marked `(Ref. n.m)` so none is a duplicate.',
    'Each corpus file is a bulletin of the title, intro and 7 items.',
    '`parseBulletin` holds the whole text and every record; `parseBulletinStream` reads the file in 64 KiB chunks and',
    'keeps only counts of the events, as `sironet parse --format ndjson` does. “Read twice” passes a function that',
    'reopens the file (a first, cheaper read for the final ids); “read once” passes one stream and ends with `rename` events.',
    `\`buildSite\` is the whole \`sironet build\` (widget left out) with its defaults — bulletins over 8 MiB parsed as a stream, records past`,
    `20,000 sorted on disk — run with V8’s old space capped at ${buildHeapMb} MB, so a build whose memory grew with its input would stop`,
    '(“heap out of memory”) instead of finishing.',
    '',
    `Load average while it ran: ${loadStart} at the start, ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} at the end.`,
    '“CPU s” is the child process’s user + system time (start-up of about 1 s included); MB/s uses it.',
    '',
    '| task | input MB | wall s | CPU s | MB/s | peak RSS MB | figures |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...results.map(({result, inputMb}) => row(result, inputMb)),
    ''
  ].join('\n')
  await writeFile(new URL('results.md', here), markdown)
  console.log(markdown)
} finally {
  await rm(folder, {recursive: true, force: true})
}
