import {execFileSync} from 'node:child_process'
import {appendFileSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildSite} from '../src/index.ts'
import {makeSyntheticBulletins, makeSyntheticItems} from './synthetic.ts'

/**
 * One measured build, run in its own process so its peak memory is its own:
 * `child.ts records 100000`, `child.ts ndjson 100000` (the same records in an NDJSON file the build reads)
 * or `child.ts bulletins 100 1000` (`child.ts write-bulletins 100 1000 FOLDER` only writes those bulletins, for
 * `command.mjs`). Prints one JSON line: wall time of
 * `buildSite`, CPU of the process, user and system CPU of the build alone and of its main thread alone, write
 * system calls. `SIRONET_BENCH_RENDER_THREAD=0` (or `1`) turns the rendering thread off (or on) for records;
 * `SIRONET_BENCH_LABELS=none` leaves the JSON Feed labels out (for records).
 */
const [mode, first, second] = process.argv.slice(2)
if (mode === 'write-ndjson') {
  // Run as a process of its own by the `ndjson` case, so making the records is not in its peak memory.
  const items = makeSyntheticItems(Number(first))
  for (let start = 0; start < items.length; start += 1000) {
    appendFileSync(second!, items.slice(start, start + 1000).map((item) => `${JSON.stringify(item)}\n`).join(''))
  }
  process.exit(0)
}
if (mode === 'write-bulletins') {
  // Run as a process of its own by the `command` cases, so making the text is not in the command's memory.
  const folder = process.argv[5]!
  await mkdir(folder, {recursive: true})
  const texts = makeSyntheticBulletins(Number(first), Number(second))
  await Promise.all(texts.map((text, index) => writeFile(path.join(folder, `bulletin-${String(index).padStart(4, '0')}.txt`), text)))
  process.exit(0)
}
// `run.ts` passes a folder it removes after the last case: deleting 109,000 files just before the
// next build makes that build's file creation several times slower on this VM (see results.md).
const given = process.env.SIRONET_BENCH_WORK
const work = given ? await mkdtemp(path.join(given, 'case-')) : await mkdtemp(path.join(tmpdir(), 'sironet-bench-'))
try {
  const out = path.join(work, 'site')
  let prepared = 0
  let options: Parameters<typeof buildSite>[0]
  if (mode === 'records') {
    const started = performance.now()
    const items = makeSyntheticItems(Number(first))
    prepared = performance.now() - started
    options = {
      out,
      siteUrl: 'https://example.org/news/',
      items,
      widget: false,
      renderThread: process.env.SIRONET_BENCH_RENDER_THREAD === undefined ? undefined : process.env.SIRONET_BENCH_RENDER_THREAD === '1',
      labels: process.env.SIRONET_BENCH_LABELS === 'none' ? [] : undefined
    }
  } else if (mode === 'ndjson') {
    // Records as `sironet parse --format ndjson` users keep them: one a line, read back by the build.
    const started = performance.now()
    const input = path.join(work, 'records.ndjson')
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'write-ndjson', first!, input], {stdio: 'inherit'})
    prepared = performance.now() - started
    options = {out, siteUrl: 'https://example.org/news/', inputs: [input], widget: false}
  } else {
    // Written by a process of its own (as the `ndjson` case's file), so making the text is not in this one's memory.
    const started = performance.now()
    const input = path.join(work, 'in')
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'write-bulletins', first!, second!, input], {stdio: 'inherit'})
    prepared = performance.now() - started
    const parseThreads = process.env.SIRONET_BENCH_PARSE_THREADS
    options = {out, siteUrl: 'https://example.org/news/', inputs: [input], widget: false, parseThreads: parseThreads ? Number(parseThreads) : undefined}
  }
  const mainBefore = readThreadCpu()
  const cpuBefore = process.cpuUsage()
  const ioBefore = await readIo()
  const started = performance.now()
  const report = await buildSite(options)
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const mainThread = readThreadCpu() - mainBefore
  const ioAfter = await readIo()
  const errors = report.messages.filter((message) => message.severity === 'error').length
  process.stdout.write(
    JSON.stringify({
      mode,
      items: report.items,
      bulletins: report.bulletins,
      files: report.files,
      bytes: report.bytes,
      errors,
      seconds: Math.round(seconds * 100) / 100,
      prepareSeconds: Math.round(prepared / 10) / 100,
      cpuSeconds: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1e4) / 100,
      buildUserSeconds: Math.round(cpu.user / 1e4) / 100,
      buildSystemSeconds: Math.round(cpu.system / 1e4) / 100,
      mainThreadSeconds: Math.round(mainThread * 100) / 100,
      writeCalls: (ioAfter.syscw ?? 0) - (ioBefore.syscw ?? 0),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
    }) + '\n'
  )
} finally {
  if (!given) await rm(work, {recursive: true, force: true})
}

/** This process's I/O counters (`/proc/self/io`, Linux only; empty elsewhere). */
async function readIo(): Promise<Record<string, number>> {
  const text = await readFile('/proc/self/io', 'utf8').catch(() => '')
  return Object.fromEntries(text.split('\n').filter(Boolean).map((line) => {
    const [key, value] = line.split(':')
    return [key!.trim(), Number(value)]
  }))
}

/** CPU seconds (user + system) of the calling thread (`/proc/thread-self/stat`, Linux only; `NaN` elsewhere). */
function readThreadCpu(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return Number.NaN
  }
}
