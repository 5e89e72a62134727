import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {cpus, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'

/**
 * `pnpm bench` for `sironet build`: whole builds of synthetic corpora, each in
 * its own process so time and peak memory (max RSS) are its own, at 10,000
 * and 100,000 items to show how cost grows; once from records (the site
 * writer alone) and once from bulletin files (parsing included).
 * Writes `bench/results.json` and `bench/results.md`.
 */
const run = promisify(execFile)
const here = new URL('.', import.meta.url)
const only = process.argv.slice(2)

interface Result {
  mode: string
  items: number
  bulletins: number
  files: number
  bytes: number
  errors: number
  seconds: number
  cpuSeconds: number
  prepareSeconds: number
  peakRssMb: number
  buildUserSeconds: number
  buildSystemSeconds: number
  writeCalls: number
  load: number
  /** When the case started (UTC, to the minute). */
  at?: string
}

// `args` run `child.ts` (the library, `buildSite`); `bulletins` run the command (`command.mjs`) on bulletins
// that `child.ts write-bulletins` wrote first, in a process of its own.
const cases: Array<{name: string; args?: string[]; bulletins?: [number, number]}> = [
  {name: 'records-10k', args: ['records', '10000']},
  {name: 'records-100k', args: ['records', '100000']},
  {name: 'bulletins-10x1000', args: ['bulletins', '10', '1000']},
  {name: 'bulletins-100x1000', args: ['bulletins', '100', '1000']},
  {name: 'ndjson-100k', args: ['ndjson', '100000']},
  {name: 'command-10x1000', bulletins: [10, 1000]},
  {name: 'command-100x1000', bulletins: [100, 1000]}
]

// A run of some cases keeps the others' last results (each row says when it ran).
const lastRun = JSON.parse(await readFile(new URL('results.json', here), 'utf8').catch(() => '{}')) as {results?: Record<string, Result | {error: string}>}
const results: Record<string, Result | {error: string}> = {}
// Every case's site stays on disk until the last case is done, and the disk is synced before each
// case: on this VM's ext4 (no journal), creating files soon after many were deleted costs the kernel
// several times more (it skips inodes deleted in the last 30 s, or 5 min while unwritten), and the
// writeback of one case's 1.5 GB would otherwise run during the next.
const work = await mkdtemp(path.join(tmpdir(), 'sironet-bench-'))
for (const test of cases) {
  if (only.length > 0 && !only.includes(test.name)) continue
  process.stderr.write(`${test.name}… `)
  try {
    const options = {cwd: fileURLToPath(new URL('..', here)), env: {...process.env, SIRONET_BENCH_WORK: work}, maxBuffer: 1 << 20, timeout: 30 * 60 * 1000}
    const child = fileURLToPath(new URL('child.ts', here))
    let args = ['--import', 'tsx', '--conditions=@sironet/source', child, ...(test.args ?? [])]
    if (test.bulletins) {
      const folder = await mkdtemp(path.join(work, 'command-'))
      const input = path.join(folder, 'in')
      await run(process.execPath, ['--import', 'tsx', '--conditions=@sironet/source', child, 'write-bulletins', ...test.bulletins.map(String), input], options)
      const command = ['build', input, '--out', path.join(folder, 'site'), '--site-url', 'https://example.org/news/']
      args = [fileURLToPath(new URL('command.mjs', here)), 'command', ...command]
    }
    await run('sync')
    const load = loadavg()[0]!
    const {stdout} = await run(process.execPath, args, options)
    const at = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`
    results[test.name] = {...(JSON.parse(stdout.trim().split('\n').at(-1)!) as Result), load: Math.round(load * 10) / 10, at}
    process.stderr.write(`${JSON.stringify(results[test.name])}\n`)
  } catch (error) {
    results[test.name] = {error: error instanceof Error ? error.message.split('\n')[0]! : String(error)}
    process.stderr.write(`failed: ${(results[test.name] as {error: string}).error}\n`)
  }
}

await rm(work, {recursive: true, force: true})

for (const test of cases) {
  const kept = lastRun.results?.[test.name]
  if (!(test.name in results) && kept) results[test.name] = kept
}
const ordered = cases.flatMap((test) => (test.name in results ? [[test.name, results[test.name]!] as const] : []))
const machine = {node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown'}
await writeFile(new URL('results.json', here), JSON.stringify({machine, results: Object.fromEntries(ordered)}, null, 2) + '\n')

const rows = ordered.map(([name, result]) =>
  'error' in result
    ? `| ${name} | failed: ${result.error} | | | | | | | |`
    : `| ${name} | ${result.items.toLocaleString('en')} | ${result.files.toLocaleString('en')} (${Math.round(result.bytes / 1e6)} MB) | ${result.seconds} s | ${result.cpuSeconds} s | ${result.buildSystemSeconds} s | ${result.peakRssMb} MB | ${result.load} | ${result.at ?? ''} |`
)
// Notes written by hand under `## Notes` in the results file are kept.
const previous = await readFile(new URL('results.md', here), 'utf8').catch(() => '')
const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes')) : ''
await writeFile(
  new URL('results.md', here),
  `# sironet build benchmark

Whole builds of synthetic corpora (\`bench/synthetic.ts\`: seeded, shaped like the fixture’s items),
each in its own Node.js ${machine.node} process on ${machine.cpus} × ${machine.cpu}. \`records\` hands
records to \`buildSite\` (the site writer alone); \`ndjson\` writes the same records to an NDJSON file
first (one record a line, as \`sironet parse --format ndjson\` keeps them; made in another process)
and builds from that file, as \`sironet build records.ndjson\` does (reading and validating each
record included); \`bulletins\` writes bulletin text files and builds from them (parsing included).
These three call \`buildSite\` from the TypeScript source (tsx) in the process that made the input, and
time \`buildSite\` alone. \`command\` runs \`sironet build\` itself, as users do: the built command
(\`dist/\`) in a process of its own on bulletin files another process wrote (\`bench/command.mjs\`), timed
from the process's start to the command's end. CPU is user + system time of the
process; system is the kernel's part (during \`buildSite\` alone, or the whole command); peak is the maximum resident set
size. Load is the machine’s 1-minute load average when the case started: on a shared machine
wall-clock time grows with it, CPU time much less.
Goal: 100,000 items in ≤ 20 s and ≤ 1 GB.

| case | items | files written | time | CPU | system | peak RSS | load | run at |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Run: \`pnpm --filter @sironet/cli bench [case…]\` (naming cases runs only those and keeps the other rows as they were).
${notes}`
)
