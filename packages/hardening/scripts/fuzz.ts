// `pnpm fuzz`: run at least 100,000 cases of the parser's properties (see
// src/check-parse.ts) and report how many ran. FUZZ_RUNS sets the total,
// FUZZ_SEED the seed (default fixed, so a failure replays).
import fc from 'fast-check'
import {bulletinArbitrary, randomText, readFixtureParagraphs} from '../src/bulletin-arbitrary.js'
import {checkParse} from '../src/check-parse.js'
import {readFuzzSettings} from '../src/fuzz-settings.js'

const {numRuns: total, seed} = readFuzzSettings(100_000)
const heading = readFixtureParagraphs().head[0]!

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

interface Suite {
  name: string
  share: number
  run: (runs: number) => fc.RunDetails<unknown>
}

function suite<T>(name: string, share: number, arbitrary: fc.Arbitrary<T>, check: (value: T) => void): Suite {
  return {
    name,
    share,
    run: (runs) => fc.check(fc.property(arbitrary, check), {numRuns: runs, seed}) as fc.RunDetails<unknown>
  }
}

const suites: Suite[] = [
  suite('random text', 0.35, randomText(400), (text) => void checkParse(text, {format: 'text'})),
  suite('mutated bulletins', 0.4, bulletinArbitrary(6), (bulletin) => void checkParse(bulletin.text, {format: 'text'})),
  suite('auto-detected bulletins', 0.05, bulletinArbitrary(4), (bulletin) => void checkParse(bulletin.text)),
  suite('HTML bulletins', 0.1, bulletinArbitrary(4), (bulletin) => {
    const html = `<h1>${escapeHtml(heading)}</h1>${bulletin.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}`
    checkParse(html, {format: 'html'})
  }),
  suite(
    'bytes',
    0.1,
    fc.oneof(
      fc.uint8Array({maxLength: 600}),
      bulletinArbitrary(3).map((bulletin) => Buffer.from('\uFEFF' + bulletin.text, 'utf16le')),
      bulletinArbitrary(3).map((bulletin) => Buffer.from(bulletin.text, 'latin1'))
    ),
    (bytes) => void checkParse(bytes)
  )
]

console.log(`fuzz: ${total} cases, seed ${seed} (replay: FUZZ_SEED=${seed} FUZZ_RUNS=${total} pnpm fuzz)`)
const started = performance.now()
let ran = 0
let failed = false
for (const entry of suites) {
  const runs = Math.max(1, Math.round(total * entry.share))
  const suiteStart = performance.now()
  const result = entry.run(runs)
  ran += result.numRuns
  const seconds = ((performance.now() - suiteStart) / 1000).toFixed(1)
  if (result.failed) {
    failed = true
    console.log(`  ${entry.name}: FAILED after ${result.numRuns} cases (${seconds} s), path ${result.counterexamplePath ?? '?'}`)
    console.log(`    ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).slice(0, 2000)}`)
    console.log(`    counterexample: ${JSON.stringify(result.counterexample).slice(0, 2000)}`)
  } else {
    console.log(`  ${entry.name}: ${result.numRuns} cases passed (${seconds} s)`)
  }
}
console.log(`fuzz: ${ran} cases run in ${((performance.now() - started) / 1000).toFixed(0)} s, ${failed ? 'with failures' : 'all passed'}`)
process.exitCode = failed ? 1 : 0
