// One `sironet build` as a user runs it: the built command (`dist/`, plain JavaScript, no TypeScript
// loader) in a process of its own, its inputs made by another process beforehand, so the time and peak
// memory are the command's alone. `node bench/command.mjs MODE build INPUT… --out DIR --site-url URL`
// prints one JSON line in the shape `child.ts` prints: wall time from the process's start to the
// command's end (start-up and loading included), CPU of the process and of its main thread, write
// system calls and peak resident memory, with the counts the command reports.
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import process from 'node:process'
import {runCli} from '../dist/index.js'

const [mode, ...args] = process.argv.slice(2)
let printed = ''
const code = await runCli(args, {
  stdout: {write: (text) => (printed += text)},
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd()
})
// Measured before anything else runs: `performance.now()` counts from the process's start.
const seconds = performance.now() / 1000
const cpu = process.cpuUsage()
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
const built = /^Built (\d+) items from (\d+) bulletin\(s\) into .*: (\d+) files, (\d+) bytes \((\d+) error\(s\)/.exec(printed)
if (code !== 0 || !built || built[1] === '0') {
  process.stderr.write(`bench/command.mjs: \`sironet ${args.join(' ')}\` exited ${code} and printed: ${printed}\n`)
  process.exit(1)
}
const [items, bulletins, files, bytes, errors] = built.slice(1).map(Number)
process.stdout.write(
  JSON.stringify({
    mode,
    items,
    bulletins,
    files,
    bytes,
    errors,
    seconds: Math.round(seconds * 100) / 100,
    prepareSeconds: 0,
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    buildUserSeconds: Math.round(cpu.user / 1e4) / 100,
    buildSystemSeconds: Math.round(cpu.system / 1e4) / 100,
    mainThreadSeconds: readThreadCpu(),
    writeCalls: readWriteCalls(),
    peakRssMb
  }) + '\n'
)

/** CPU seconds (user + system) of the calling thread (`/proc/thread-self/stat`, Linux only; `null` elsewhere). */
function readThreadCpu() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Math.round(Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

/** Write system calls of this process (`/proc/self/io`, Linux only; `0` elsewhere). */
function readWriteCalls() {
  try {
    return Number(/^syscw: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}
