// `pnpm bench`: render RSS + Atom + JSON Feed for the same 10,000 and 100,000
// synthetic items with @sironet/feeds (+ @sironet/json-export) and with the
// `feed` package, each case in a child process for its own peak memory, and
// write results.md and results.json beside this file.
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import console from 'node:console'
import os from 'node:os'
import process from 'node:process'
import {URL, fileURLToPath} from 'node:url'

const runStarted = new Date().toISOString().slice(11, 16)
const loadStarted = os.loadavg()[0].toFixed(1)

const here = fileURLToPath(new URL('.', import.meta.url))
const counts = (process.env.BENCH_COUNTS ?? '10000,100000').split(',').map(Number)
// Each case runs `BENCH_RUNS` times (default 3), in rounds: every library once
// per round, the order turned by one each round, so ours and `feed` run in the
// same minutes; the tables give the median run and the spread.
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
const libraries = ['sironet', 'sironet-stream', 'feed', 'sironet-stream-xml', 'feed-xml', 'sironet-stream-flat', 'feed-flat', 'sironet-stream-xml-flat', 'feed-xml-flat']
// `--report-only` rewrites results.md from results.json without measuring again.
const reportOnly = process.argv.includes('--report-only')
const results = reportOnly ? JSON.parse(readFileSync(`${here}results.json`, 'utf8')).results : []

for (const count of reportOnly ? [] : counts) {
  for (let run = 0; run < runs; run++) {
    const order = [...libraries.slice(run % libraries.length), ...libraries.slice(0, run % libraries.length)]
    for (const library of order) {
      const output = execFileSync(process.execPath, ['--max-old-space-size=4096', `${here}render.js`, library, String(count)], {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024
      })
      const result = {...JSON.parse(output), run: run + 1}
      results.push(result)
      console.log(`${library.padEnd(24)} ${String(count).padStart(7)} items, run ${run + 1}: ${result.ms} ms (CPU ${result.cpuMs} ms), peak ${result.peakMb} MB`)
    }
  }
}

/** The median of numbers (the lower middle one of an even count, so it is a measured value). */
function median(values) {
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/** One library at one count: median wall time, CPU time and peak, with the range of each. */
function summarize(list) {
  const range = (key) => [Math.min(...list.map((result) => result[key])), Math.max(...list.map((result) => result[key]))]
  return {
    runs: list.length,
    ms: median(list.map((result) => result.ms)),
    cpuMs: median(list.map((result) => result.cpuMs)),
    peakMb: median(list.map((result) => result.peakMb)),
    msRange: range('ms'),
    cpuRange: range('cpuMs'),
    sizes: list[0].sizes,
    baselineMb: list[0].baselineMb
  }
}

const variants = {
  sironet: ['feed', 'RSS + Atom + JSON Feed: toFeeds + serializeJson(toJsonFeed()) (strings)'],
  'sironet-stream': ['feed', 'RSS + Atom + JSON Feed: streamFeeds + streamJsonFeed (pieces)'],
  'sironet-stream-xml': ['feed-xml', 'RSS + Atom only: streamFeeds (pieces)'],
  'sironet-stream-flat': ['feed-flat', 'RSS + Atom + JSON Feed, items read once before timing: streamFeeds + streamJsonFeed (pieces)'],
  'sironet-stream-xml-flat': ['feed-xml-flat', 'RSS + Atom only, items read once before timing: streamFeeds (pieces)']
}
const measuredCounts = [...new Set(results.map((result) => result.count))]
const rows = measuredCounts.flatMap((count) => {
  return Object.entries(variants).map(([library, [other, variant]]) => {
    const theirRuns = results.filter((result) => result.count === count && result.library === other)
    const ourRuns = results.filter((result) => result.count === count && result.library === library)
    const theirs = summarize(theirRuns)
    const ours = summarize(ourRuns)
    // Ratios of the runs of the same round (the same minutes), lowest and highest.
    const paired = ourRuns
      .map((run) => [run, theirRuns.find((their) => (their.run ?? 1) === (run.run ?? 1))])
      .filter(([, their]) => their !== undefined)
      .map(([run, their]) => [their.ms / run.ms, their.cpuMs / run.cpuMs])
    const round = (value) => Number(value.toFixed(2))
    return {
      count,
      variant,
      ours,
      theirs,
      speedup: round(theirs.ms / ours.ms),
      // CPU time is fairer on a loaded machine: waiting for a core is not counted.
      cpuSpeedup: round(theirs.cpuMs / ours.cpuMs),
      pairedSpeedup: [round(Math.min(...paired.map((pair) => pair[0]))), round(Math.max(...paired.map((pair) => pair[0])))],
      pairedCpuSpeedup: [round(Math.min(...paired.map((pair) => pair[1]))), round(Math.max(...paired.map((pair) => pair[1])))],
      memoryRatio: round(ours.peakMb / theirs.peakMb)
    }
  })
})

const machine = reportOnly
  ? JSON.parse(readFileSync(`${here}results.json`, 'utf8')).machine
  : `Node.js ${process.version}, ${process.platform}/${process.arch}`
// When and under what load the results were measured (kept for \`--report-only\`).
const when = reportOnly
  ? JSON.parse(readFileSync(`${here}results.json`, 'utf8')).when
  : {started: runStarted, ended: new Date().toISOString().slice(11, 16), loadStart: loadStarted, loadEnd: os.loadavg()[0].toFixed(1)}
if (!reportOnly) writeFileSync(`${here}results.json`, `${JSON.stringify({machine, when, results, rows}, null, 2)}\n`)
const number = (value) => value.toLocaleString('en')
const spread = ([low, high]) => (low === high ? '' : ` (${number(low)}–${number(high)})`)
const ratios = ([low, high]) => (low === high ? '' : ` (${low}–${high})`)
const table = rows
  .map(
    (row) =>
      `| ${number(row.count)} | ${row.variant} | ${number(row.ours.ms)} ms${spread(row.ours.msRange)} | ${number(row.ours.cpuMs)} ms${spread(row.ours.cpuRange)} | ${row.ours.peakMb} MB | ${number(row.theirs.ms)} ms${spread(row.theirs.msRange)} | ${number(row.theirs.cpuMs)} ms${spread(row.theirs.cpuRange)} | ${row.theirs.peakMb} MB | ${row.speedup}×${ratios(row.pairedSpeedup)} | ${row.cpuSpeedup}×${ratios(row.pairedCpuSpeedup)} | ${row.memoryRatio} |`
  )
  .join('\n')
const jsonNote = results.some((result) => result.library === 'sironet' && result.jsonFeed)
  ? 'Rows named “RSS + Atom + JSON Feed” render the three formats on both sides (ours: `toFeeds` + `@sironet/json-export`’s `serializeJson(toJsonFeed())` as whole strings, or `streamFeeds` + `streamJsonFeed` in pieces, the same bytes); “RSS + Atom only” rows leave JSON Feed out on both sides, to show this package alone; rows “items read once before timing” give both libraries records that `JSON.stringify` has read once (see `bench/render.js`). `toFeeds`/`streamFeeds` render RSS and Atom in one pass, as `sironet build` does.'
  : 'JSON Feed was not measured on our side (`@sironet/json-export` not available): our figures are RSS + Atom only.'
// The speed goal holds at every size measured (3× in time and CPU time); the
// memory goal (at most 1/3) at 100,000 items, where the items and Node.js
// itself no longer make most of the peak.
const verdict = rows
  .map(
    (row) =>
      `${number(row.count)} items, ${row.variant}: ${row.speedup >= 3 ? 'meets' : 'misses'} the speed goal in time (${row.speedup}×) and ${row.cpuSpeedup >= 3 ? 'meets' : 'misses'} it in CPU time (${row.cpuSpeedup}×)${row.count === 100_000 ? `, ${row.memoryRatio <= 0.33 ? 'meets' : 'misses'} the memory goal (${row.memoryRatio})` : ''}.`
  )
  .join('\n')
const feedSpread = measuredCounts
  .map((count) => {
    const row = rows.find((entry) => entry.count === count && entry.ours.sizes.json !== undefined && entry.theirs.runs > 0)
    return `${number(count)} items: ${number(row.theirs.cpuRange[0])}–${number(row.theirs.cpuRange[1])} ms`
  })
  .join(', ')
const runCount = Math.max(...rows.map((row) => row.ours.runs))
writeFileSync(
  `${here}results.md`,
  `# Benchmark: @sironet/feeds against \`feed\`

Made by \`pnpm bench\` (\`node bench/run.js\`) on ${machine}; each case runs in its own fresh
process (one cold pass, as a site build renders its feeds), ${runCount === 1 ? 'once' : `${runCount} times, in rounds (each library once per round, the order turned each round, so ours and \`feed\` run in the same minutes); each figure is the median run, with the lowest and highest in brackets, and each speed-up is the ratio of the medians, with the lowest and highest ratio of the runs of one round in brackets`}; timed around rendering only (wall time, and CPU time from \`process.cpuUsage()\`, user + system, which
also counts the garbage collector's helper threads); peak memory is the process's \`maxRSS\` (items in memory included, about
${results.find((result) => result.count === measuredCounts.at(-1)).baselineMb} MB for ${measuredCounts.at(-1).toLocaleString('en')} items before rendering).
${jsonNote} Our items also carry item HTML with a facts list (a hast tree of text, paragraphs and a definition list),
categories for countries, organizations and tags, and \`tag:\` ids; \`feed\` gets the body as one escaped paragraph.
Our JSON Feed is larger too: each item also carries its full record under \`_sironet\`.

| items | ours | our time | our CPU | our peak | feed time | feed CPU | feed peak | speed-up (time) | speed-up (CPU) | memory ratio (ours / feed) |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${table}

Goal (issue #4): at least 3× faster than \`feed\`, in time and in CPU time, at 10,000 and at 100,000 items; at 100,000 items, at most 1/3 of its peak memory (ratio ≤ 0.33).
${verdict}

This run: ${when ? `${when.started}–${when.ended} UTC, load average ${when.loadStart} at the start and ${when.loadEnd} at the end` : 'time and load not recorded'}
(2 cores; other work on the machine makes wall times grow, and a process waiting for a core counts wall time but no CPU time), so
compare CPU times, and both libraries within the same round. \`feed\`'s own CPU time for all three formats moved over this run's rounds
(${feedSpread}), and every ratio with it.

## Where the time goes

Findings of the profiling rounds (\`node --cpu-prof bench/render.js sironet-stream 10000\`, \`--trace-gc\`,
\`--trace-opt\`/\`--trace-deopt\`, and \`perf\` for V8's helper threads); this run's figures are in the table above.
Every change kept the bytes: the sizes in \`results.json\`, the sha256 of the three documents of 20,000 bench items,
and a site built by \`sironet build\`, file for file.

- Each case is one cold pass in a fresh process, so at 10,000 items much of our time is start-up, not per item: the
  first thousand items cost several times the later ones, mostly V8's optimizing compiler (TurboFan) compiling the
  per-item functions and what it inlines into them, on helper threads that \`process.cpuUsage()\` counts (\`perf\`
  showed a few hundred ms of CPU on them per process, on par with all our steady per-item work at 10,000 items).
  So the per-item path is kept small and of one shape: index loops, no closure per item or per lookup, rare work (a
  category not seen yet) in functions of its own, and no helper that works out more than it is asked (the first day
  of an event without its last, which the model's \`getEventDays\` also splits out of the month).
- Caches that a feed of a few thousand items fills and hardly reads (its days are nearly all distinct) are gone from
  the per-item path: items come by day, so each date keeps only the last text (\`memoizeLast\`); entry dates of days
  that exist are written from their fields (no \`Date\`), and English single days and months of the item HTML by hand
  (no \`Intl.DateTimeFormat\`, whose first making costs tens of ms of CPU in a process). Each is tested against
  \`Date\` or the model's \`formatEventDate\` over every day of 1000–2100. Country names still come from
  \`Intl.DisplayNames\`: a generated English table was tried and measured no faster (12 alternating cold runs).
- Template pieces cut from a string holding the private-use stand-ins were kept by V8 two bytes a character, and so
  was every RSS item, Atom entry and item HTML joined from them; the pieces are copied once into one-byte strings,
  which halves the bytes each entry is built, copied and written with.
- The first reader of a record's text pays for it: the generator's headline, summary and body are ropes (strings
  made by concatenation), and scanning a rope makes V8 flatten it in place, tying a new flat copy to the record,
  which the next scavenges move to the old generation (\`--trace-gc\` showed the promotions). Both packages scan
  those three texts through a short-lived copy of their own (\`readText\`: concatenate, then slice), which dies
  young; on flat records the copy is one \`memcpy\`.
- RSS items, Atom entries and item HTML are filled into templates instead of building and walking a tree per
  item: each template is the serialized xast (or hast) tree of an entry with numbered stand-ins in its slots, cut
  there, one per shape. Entries whose slot would be empty (the tree closes such an element as \`<title />\`) are
  still serialized from the tree. Tests check the templates against the tree serializers on gold, hostile and
  fuzzed records.
- Both sorts (feed order in \`@sironet/feeds\`, newest first in \`@sironet/json-export\`) sort \`rank × n + index\`
  in a \`Float64Array\` (no comparator call) and compare only the items of one day with \`compareItems\`: the order
  of the one stable comparator sort (tested by input position, with crowded days and repeated ids).

What is left, in a CPU profile of the streamed row: the JSON Feed item (\`JSON.stringify\` of the record with
stand-ins for its three texts, a hand-written serializer was no faster; the JSON escaping test and copy of the
texts), the compiler's start-up work, garbage collection (several kB of output an item, plus intermediate
strings), the text scans (cleaning, escaping) and joining each entry's pieces into one flat string. Returning
ropes instead of flat strings would look faster here, where the pieces are only measured, but it would move the
copying to the file writer, so each piece stays one flat string.
Our items carry more than \`feed\`'s: item HTML with a facts list, categories for countries, organizations and
tags, \`tag:\` ids, and a JSON Feed about twice the size (each item also carries its full record under
\`_sironet\`, asked for by the issue).

Memory: \`toFeeds\` and \`serializeJson(toJsonFeed())\` hold each whole document as one string,
so their peak is about the size of the documents plus the items; \`streamFeeds\`/\`streamJsonFeed\`
hand out one item at a time and stay near the memory of the items themselves.
`
)
console.log(rows.map((row) => `${row.count} ${row.variant}: ${row.speedup}x faster (CPU ${row.cpuSpeedup}x), memory ratio ${row.memoryRatio}`).join('\n'))
