/**
 * Benchmark of `@sironet/parse`: speed of the whole parse over the fixture
 * repeated to ≥ 5 MB, next to chrono-node's date extraction and compromise's
 * people/places/organizations over the same text, with the accuracy of each on
 * the gold fields it covers; how time grows with 10× the input; heap per item.
 * Writes `bench/results.md` and `bench/results.json`. Run with `pnpm bench`
 * (Node with `--expose-gc`). Figures vary from run to run; the layout does not.
 *
 * Fairness: the parser runs from its build (`dist`, made by the `bench` script),
 * as chrono-node and compromise run from theirs, not from source through tsx;
 * every contender gets the same warm-up passes over the fixture before it is
 * timed, so the figures compare optimized code, not the JIT’s first minutes;
 * the timed passes of the parser, `extractFacts` and chrono-node take turns in
 * rounds, so a change of load on a shared machine falls on all three alike;
 * CPU time (`process.cpuUsage`) is recorded beside wall time, since the
 * machine may be shared: ratios within one run are what count.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {loadavg} from 'node:os'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import {extractFacts, parseBulletin} from '../dist/index.js'
import {findCountryCode} from '../src/lib/extract-countries.ts'
import {findCityCountry} from '../src/lib/extract-gazetteer.ts'
import {readFixture, splitItems} from '../test/gold.ts'
import {alignItems, scoreItems, type ScoredFacts} from '../test/score.ts'

// The machine’s load (1-minute average) when the run starts and ends: other work on a shared machine slows every contender.
const loadAtStart = loadavg()[0]!
const gc = (globalThis as {gc?: () => void}).gc
if (!gc) console.warn('Run with `node --expose-gc` to measure memory; memory figures are skipped.')

const {text, gold} = readFixture('sironet-2018-h1.txt')
const bytes = Buffer.byteLength(text)
const target = 5_000_000
const copies = Math.ceil(target / bytes)
const paragraphs = splitItems(text)
const mb = (n: number) => n / 1_000_000

interface Timing {
  /** Wall-clock seconds. */
  seconds: number
  /** CPU seconds of this process (user + system). */
  cpuSeconds: number
}

function time(run: () => void): Timing {
  const cpu = process.cpuUsage()
  const start = performance.now()
  run()
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  return {seconds, cpuSeconds: (used.user + used.system) / 1e6}
}

// The whole parse reaches its steady speed only after some 40 passes (10 left the first 20 to 25 timed passes
// 1.5 to 2.5 times slower, measured at load 4-5); every contender gets the same longer warm-up.
const warmUpPasses = 50

/** One bulletin of `count` copies of the fixture's items, each paragraph made unique so none is a duplicate. */
function makeBulletin(count: number): string {
  const [head] = text.split(paragraphs[0]!)
  const body: string[] = []
  for (let copy = 0; copy < count; copy++) {
    for (const paragraph of paragraphs) body.push(`${paragraph} Ref ${copy}.`)
  }
  return `${head}${body.join('\n\n')}\n`
}

// Warm up every contender with the same passes over the fixture.
const reference = new Date(Date.UTC(gold.year, 0, 1))
for (let pass = 0; pass < warmUpPasses; pass++) {
  parseBulletin(text)
  for (const paragraph of paragraphs) extractFacts(paragraph, {language: 'en'})
  for (const paragraph of paragraphs) chrono.parse(paragraph, reference)
}
for (const paragraph of paragraphs) nlp(paragraph).people().out('array')

// Speed over the fixture repeated to ≥ 5 MB, in rounds that take turns: on a shared
// machine the load changes over a run, and short turns give each contender the same share
// of it. The order of the three turns rotates from round to round, so none always goes first.
const rounds = 20
const add = (a: Timing, b: Timing): Timing => ({seconds: a.seconds + b.seconds, cpuSeconds: a.cpuSeconds + b.cpuSeconds})
let parseSeconds: Timing = {seconds: 0, cpuSeconds: 0}
let extractSeconds: Timing = {seconds: 0, cpuSeconds: 0}
let chronoSeconds: Timing = {seconds: 0, cpuSeconds: 0}
for (let round = 0; round < rounds; round++) {
  // Copies of this round: together the rounds make `copies`.
  const share = Math.floor(((round + 1) * copies) / rounds) - Math.floor((round * copies) / rounds)
  const turns = [
    () => {
      parseSeconds = add(parseSeconds, time(() => {
        for (let i = 0; i < share; i++) parseBulletin(text)
      }))
    },
    () => {
      extractSeconds = add(extractSeconds, time(() => {
        for (let i = 0; i < share; i++) for (const paragraph of paragraphs) extractFacts(paragraph, {language: 'en'})
      }))
    },
    () => {
      chronoSeconds = add(chronoSeconds, time(() => {
        for (let i = 0; i < share; i++) for (const paragraph of paragraphs) chrono.parse(paragraph, reference)
      }))
    }
  ]
  for (let turn = 0; turn < turns.length; turn++) turns[(round + turn) % turns.length]!()
}
// compromise is two orders of magnitude slower: a tenth of the input gives its rate.
const compromiseCopies = Math.max(1, Math.round(copies / 10))
const compromiseSeconds = time(() => {
  for (let i = 0; i < compromiseCopies; i++) {
    for (const paragraph of paragraphs) {
      const doc = nlp(paragraph)
      doc.people().out('array')
      doc.places().out('array')
      doc.organizations().out('array')
    }
  }
})

// Accuracy on the gold.
const ours = scoreItems(gold, alignItems(gold, parseBulletin(text, {source: 'sironet-2018-h1.txt'}).items), true)

const chronoFacts: ScoredFacts[] = paragraphs.map((paragraph) => {
  const [first] = chrono.parse(paragraph, reference)
  const day = (component: chrono.ParsedComponents) => {
    const y = component.get('year')!
    const m = String(component.get('month')).padStart(2, '0')
    return component.isCertain('day') ? `${y}-${m}-${String(component.get('day')).padStart(2, '0')}` : `${y}-${m}`
  }
  const date = first ? {start: day(first.start), end: first.end ? day(first.end) : null, part: null} : null
  return {date, places: [], participants: null, themes: [], organizations: [], people: []} as unknown as ScoredFacts
})
const chronoScore = scoreItems(gold, chronoFacts, true)

const compromiseFacts: ScoredFacts[] = paragraphs.map((paragraph) => {
  const doc = nlp(paragraph)
  const places = (doc.places().out('array') as string[]).flatMap((name) => {
    // compromise names places but gives no country: resolve them with the same gazetteer ours uses.
    const clean = name.replace(/[.,;:]+$/, '')
    const country = findCountryCode(clean)
    if (country) return [{country}]
    const cityCountry = findCityCountry(clean)
    return cityCountry ? [{city: clean, country: cityCountry}] : []
  })
  return {
    places,
    participants: null,
    themes: [],
    organizations: (doc.organizations().out('array') as string[]).map((name) => ({name: name.replace(/[.,;:]+$/, '')})),
    people: (doc.people().out('array') as string[]).map((name) => ({name: name.replace(/[.,;:]+$/, '')}))
  } as unknown as ScoredFacts
})
const compromiseScore = scoreItems(gold, compromiseFacts, false)

// Scaling and memory: one bulletin of S and one of 10 S.
function measure(count: number) {
  const input = makeBulletin(count)
  gc?.()
  const before = process.memoryUsage().heapUsed
  let items = 0
  const timing = time(() => {
    items = parseBulletin(input).items.length
  })
  const retained = process.memoryUsage().heapUsed
  gc?.()
  return {bytes: Buffer.byteLength(input), items, ...timing, heapPerItem: gc ? Math.round((retained - before) / items) : null}
}
const small = measure(Math.max(1, Math.round(copies / 10)))
const large = measure(Math.max(1, Math.round(copies / 10)) * 10)

const loadAtEnd = loadavg()[0]!
const results = {
  input: {fixture: 'fixtures/sironet-2018-h1.txt', bytes, copies, totalBytes: bytes * copies, node: process.version},
  load: {start: loadAtStart, end: loadAtEnd},
  warmUpPasses,
  rounds,
  speedMBps: {
    parseBulletin: mb(bytes * copies) / parseSeconds.seconds,
    extractFacts: mb(bytes * copies) / extractSeconds.seconds,
    chronoParse: mb(bytes * copies) / chronoSeconds.seconds,
    compromisePeoplePlacesOrganizations: mb(bytes * compromiseCopies) / compromiseSeconds.seconds
  },
  cpuSpeedMBps: {
    parseBulletin: mb(bytes * copies) / parseSeconds.cpuSeconds,
    extractFacts: mb(bytes * copies) / extractSeconds.cpuSeconds,
    chronoParse: mb(bytes * copies) / chronoSeconds.cpuSeconds,
    compromisePeoplePlacesOrganizations: mb(bytes * compromiseCopies) / compromiseSeconds.cpuSeconds
  },
  accuracyF1: {
    dates: {ours: ours.f1.dates, chrono: chronoScore.f1.dates},
    places: {ours: ours.f1.places, compromise: compromiseScore.f1.places},
    countries: {ours: ours.f1.countries, compromise: compromiseScore.f1.countries},
    organizations: {ours: ours.f1.organizations, compromise: compromiseScore.f1.organizations},
    people: {ours: ours.f1.people, compromise: compromiseScore.f1.people},
    participants: {ours: ours.f1.participants},
    themes: {ours: ours.f1.themes}
  },
  scaling: {
    small: {bytes: small.bytes, items: small.items, seconds: small.seconds, cpuSeconds: small.cpuSeconds},
    large: {bytes: large.bytes, items: large.items, seconds: large.seconds, cpuSeconds: large.cpuSeconds},
    timeRatio: large.seconds / small.seconds,
    cpuTimeRatio: large.cpuSeconds / small.cpuSeconds
  },
  memory: {heapBytesPerItemSmall: small.heapPerItem, heapBytesPerItemLarge: large.heapPerItem}
}

const f = (n: number, digits = 2) => n.toFixed(digits)
const row = (cells: string[]) => `| ${cells.join(' | ')} |`
const md = [
  '# `@sironet/parse` benchmark',
  '',
  `Input: \`${results.input.fixture}\` (${bytes} bytes) × ${copies} = ${f(mb(bytes * copies))} MB; Node ${process.version}.`,
  'Generated by `pnpm --filter @sironet/parse bench` (`bench/run.ts`); figures vary between runs and machines.',
  `The parser runs from its build (\`dist\`); each contender first makes ${warmUpPasses} passes over the fixture, then the timed passes run in ${rounds} rounds that take turns (in an order that rotates each round).`,
  'MB/s by CPU time counts only this process’s CPU (the machine may be shared); by wall time, the clock.',
  `Machine load (1-minute average; at the end it includes this run’s own process) at the start of the run ${f(loadAtStart)}, at the end ${f(loadAtEnd)}.`,
  '',
  '## Speed',
  '',
  row(['what', 'MB/s (CPU time)', 'MB/s (wall time)']),
  row(['---', '---:', '---:']),
  row(['`parseBulletin` (whole parse)', f(results.cpuSpeedMBps.parseBulletin), f(results.speedMBps.parseBulletin)]),
  row(['`extractFacts` (facts only, per item)', f(results.cpuSpeedMBps.extractFacts), f(results.speedMBps.extractFacts)]),
  row(['chrono-node `chrono.parse` (dates only, per item)', f(results.cpuSpeedMBps.chronoParse), f(results.speedMBps.chronoParse)]),
  row([
    `compromise people + places + organizations (per item, ${compromiseCopies} copies)`,
    f(results.cpuSpeedMBps.compromisePeoplePlacesOrganizations, 3),
    f(results.speedMBps.compromisePeoplePlacesOrganizations, 3)
  ]),
  '',
  `Whole parse / chrono-node dates: ${f(results.cpuSpeedMBps.parseBulletin / results.cpuSpeedMBps.chronoParse)} by CPU time, ${f(results.speedMBps.parseBulletin / results.speedMBps.chronoParse)} by wall time (goal ≥ 1).`,
  '',
  '## Accuracy on `sironet-2018-h1.gold.json` (micro F1 over items)',
  '',
  row(['field', 'ours', 'chrono-node', 'compromise']),
  row(['---', '---:', '---:', '---:']),
  row(['dates', f(ours.f1.dates, 3), f(chronoScore.f1.dates, 3), '–']),
  row(['places (city + country)', f(ours.f1.places, 3), '–', f(compromiseScore.f1.places, 3)]),
  row(['countries', f(ours.f1.countries, 3), '–', f(compromiseScore.f1.countries, 3)]),
  row(['organizations', f(ours.f1.organizations, 3), '–', f(compromiseScore.f1.organizations, 3)]),
  row(['people', f(ours.f1.people, 3), '–', f(compromiseScore.f1.people, 3)]),
  row(['participants', f(ours.f1.participants, 3), '–', '–']),
  row(['themes', f(ours.f1.themes, 3), '–', '–']),
  '',
  'compromise gives place names without countries; they are resolved with the same GeoNames/ISO data the parser uses.',
  'chrono-node dates are its first result per item, with 1 January of the bulletin’s year as reference.',
  '',
  '## Scaling and memory (one bulletin of S, then of 10 S)',
  '',
  row(['input', 'bytes', 'items', 'CPU seconds', 'wall seconds', 'heap bytes per item']),
  row(['---', '---:', '---:', '---:', '---:', '---:']),
  row(['S', String(small.bytes), String(small.items), f(small.cpuSeconds, 3), f(small.seconds, 3), String(small.heapPerItem ?? '–')]),
  row(['10 S', String(large.bytes), String(large.items), f(large.cpuSeconds, 3), f(large.seconds, 3), String(large.heapPerItem ?? '–')]),
  '',
  `Time ratio 10 S / S: ${f(results.scaling.cpuTimeRatio)} by CPU time, ${f(results.scaling.timeRatio)} by wall time (goal ≤ 11).`,
  ''
].join('\n')

// Notes written by hand under `## Notes` in the results file are kept.
const previous = existsSync(new URL('results.md', import.meta.url)) ? readFileSync(new URL('results.md', import.meta.url), 'utf8') : ''
const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes')) : ''
writeFileSync(new URL('results.md', import.meta.url), md.trimEnd() + '\n' + notes)
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
console.log(md)
