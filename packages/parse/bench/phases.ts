/**
 * Where the time of a parse goes: CPU time of each step `parseBulletin` takes
 * per item, run alone over the fixture's items (after warm-up). A guide for
 * speed work, not a benchmark of record (`bench/run.ts` is that).
 * Run: `node --import tsx --conditions=@sironet/source bench/phases.ts [passes]`.
 */
import {readFileSync} from 'node:fs'
import {collapseWhiteSpace} from '../src/lib/collapse-white-space.ts'
import {findEntities} from '../src/lib/extract-entities.ts'
import {extractFacts} from '../src/lib/extract-facts.ts'
import {extractHeadline} from '../src/lib/extract-headline.ts'
import {extractParticipants} from '../src/lib/extract-participants.ts'
import {extractPlaces} from '../src/lib/extract-places.ts'
import {extractSummary} from '../src/lib/extract-summary.ts'
import {extractTags} from '../src/lib/extract-tags.ts'
import {extractThemes} from '../src/lib/extract-themes.ts'
import {findBadOrdinals} from '../src/lib/find-bad-ordinals.ts'
import {findRunTogetherWords} from '../src/lib/find-run-together-words.ts'
import {findUnbalancedQuotes} from '../src/lib/find-unbalanced-quotes.ts'
import {makeItemIds} from '../src/lib/make-item-ids.ts'
import {parseBulletin} from '../src/lib/parse-bulletin.ts'
import {readEventDate} from '../src/lib/read-event-date.ts'
import {readItemFacts} from '../src/lib/read-item-facts.ts'
import {splitTextBlocks} from '../src/lib/split-text-blocks.ts'
import {classifyBlocks} from '../src/lib/classify-blocks.ts'
import {createPointReporter} from '../src/lib/create-reporter.ts'
import {readItemBlock} from '../src/lib/read-item-block.ts'

const text = readFileSync(new URL('../../../fixtures/sironet-2018-h1.txt', import.meta.url), 'utf8')
const passes = Number(process.argv[2] ?? 30)
const itemBlocks = classifyBlocks(splitTextBlocks(text)).items
const items = itemBlocks.map((block) => block.text)
const normalized = items.map((item) => collapseWhiteSpace(item))
const period = {start: '2018-01', end: '2018-06'}
// Messages made as the whole parse makes them (line and column, rule, fix), then dropped.
const {reportIn} = createPointReporter((offset) => ({line: 1, column: offset + 1}), () => {})
const itemContext = {year: 2018, period, language: 'en', reportIn}

const steps: Array<[string, () => unknown]> = [
  ['parseBulletin (whole)', () => parseBulletin(text)],
  ['splitTextBlocks + classifyBlocks', () => classifyBlocks(splitTextBlocks(text))],
  ['collapseWhiteSpace', () => items.map((item) => collapseWhiteSpace(item))],
  ['readEventDate', () => items.map((item) => readEventDate(item, {period}))],
  ['findUnbalancedQuotes', () => items.map((item) => findUnbalancedQuotes(item))],
  ['findRunTogetherWords', () => items.map((item) => findRunTogetherWords(item, {language: 'en'}))],
  ['findBadOrdinals', () => items.map((item) => findBadOrdinals(item))],
  ['readItemBlock (date, checks, facts, messages)', () => itemBlocks.map((block, index) => readItemBlock(block, normalized[index]!, undefined, itemContext))],
  ['readItemFacts', () => normalized.map((item) => readItemFacts(item, {language: 'en', year: 2018}))],
  ['extractFacts', () => normalized.map((item) => extractFacts(item, {language: 'en', year: 2018}))],
  ['  findEntities', () => normalized.map((item) => findEntities(item))],
  ['  extractPlaces (with findEntities)', () => normalized.map((item) => extractPlaces(item, {organizationSpans: findEntities(item).organizationSpans}))],
  ['  extractParticipants', () => normalized.map((item) => extractParticipants(item))],
  ['  extractThemes', () => normalized.map((item) => extractThemes(item))],
  ['  extractTags', () => normalized.map((item) => extractTags(item))],
  ['  extractHeadline', () => normalized.map((item) => extractHeadline(item))],
  ['  extractSummary', () => normalized.map((item) => extractSummary(item))],
  ['makeItemIds', () => makeItemIds(items.map((item) => ({date: null, text: item, after: 0})))]
]
for (let i = 0; i < 10; i++) for (const [, run] of steps) run()
// Rounds in which the steps take turns, keeping each step's least time: the machine may be
// shared, other work only adds time, and turns spread a change of load over all steps.
const least = steps.map(() => Number.POSITIVE_INFINITY)
for (let round = 0; round < 7; round++) {
  steps.forEach(([, run], index) => {
    const cpu = process.cpuUsage()
    for (let i = 0; i < passes; i++) run()
    const used = process.cpuUsage(cpu)
    least[index] = Math.min(least[index]!, (used.user + used.system) / 1000 / passes)
  })
}
steps.forEach(([name], index) => {
  const ms = least[index]!
  console.log(`${name.padEnd(46)} ${ms.toFixed(2).padStart(7)} ms/pass ${((100 * ms) / least[0]!).toFixed(1).padStart(6)}%`)
})
