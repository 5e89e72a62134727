import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus'
import {hostilePayloads} from './hostile-payloads.js'

const fixtureUrl = new URL('../../../fixtures/sironet-2018-h1.txt', import.meta.url)

/** The real bulletin, split at blank lines: title, intro, heading, then the 74 items. */
export function readFixtureParagraphs(): {head: string[]; items: string[]} {
  const paragraphs = readFileSync(fixtureUrl, 'utf8')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
  return {head: paragraphs.slice(0, 3), items: paragraphs.slice(3)}
}

const {head, items: fixtureItems} = readFixtureParagraphs()
const payloadValues = hostilePayloads.map((payload) => payload.value)

/** A single UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))

/**
 * Random text of any code units (lone surrogates, controls, every plane's
 * pairs), with line breaks mixed in so paragraph splitting is exercised.
 *
 * @param maxLength Most code units (example: `400`).
 */
export function randomText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        {weight: 6, arbitrary: codeUnit},
        {weight: 3, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
        {weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\r', '\u2029', '\t', '\u00a0', '“', '”', '"')}
      ),
      {maxLength}
    )
    .map((parts) => parts.join(''))
}

// What happens to a paragraph on its way from an office to the secretariat.
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const monthPattern = new RegExp(`\\b(?:${months.join('|')})\\b`, 'g')

/** Deterministic choices for the mutations. */
interface Random {
  /** A whole number from `min` to `max`, both included. */
  nextInt(min: number, max: number): number
  /** Heads or tails. */
  nextBoolean(): boolean
}

type Mutation = (text: string, random: Random) => string

function pick<T>(random: Random, list: readonly T[]): T {
  return list[random.nextInt(0, list.length - 1)]!
}

function spliceAt(text: string, random: Random, insert: string): string {
  const at = random.nextInt(0, text.length)
  return text.slice(0, at) + insert + text.slice(at)
}

const mutations: ReadonlyArray<readonly [string, Mutation]> = [
  ['truncate', (text, random) => text.slice(0, random.nextInt(0, text.length))],
  ['cut-start', (text, random) => text.slice(random.nextInt(0, text.length))],
  ['drop-quotes', (text) => text.replace(/[“”]/g, '')],
  ['open-quote', (text, random) => spliceAt(text, random, '“')],
  ['close-quote', (text, random) => spliceAt(text, random, '”')],
  ['straight-quotes', (text) => text.replace(/[“”]/g, '"')],
  ['break-month', (text, random) => text.replace(monthPattern, (month) => (random.nextBoolean() ? month.slice(0, -1) : month.toUpperCase()))],
  ['swap-month', (text, random) => text.replace(monthPattern, () => pick(random, months))],
  ['break-day', (text, random) => text.replace(/\b\d{1,2}\b/g, () => pick(random, ['0', '32', '99', '1O', '31', '29', '-1', '23th', '1st,']))],
  ['break-year', (text, random) => text.replace(/\b(19|20)\d{2}\b/g, () => pick(random, ['0', '10000', '2018.', '2O18', '1899']))],
  ['hostile', (text, random) => spliceAt(text, random, pick(random, payloadValues))],
  ['random-units', (text, random) => spliceAt(text, random, String.fromCharCode(random.nextInt(0, 0xffff)))],
  ['crlf', (text) => text.replace(/\n/g, '\r\n')],
  ['cr', (text) => text.replace(/\n/g, '\r')],
  ['nbsp', (text, random) => text.replace(/ /g, (space) => (random.nextBoolean() ? '\u00a0' : space))],
  ['tabs-and-spaces', (text, random) => spliceAt(text, random, pick(random, ['\t', '  ', ' \t ', '\u3000']))],
  ['inner-newline', (text, random) => spliceAt(text, random, '\n')],
  ['blank-line-inside', (text, random) => spliceAt(text, random, '\n\n')],
  ['glue-words', (text, random) => {
    const at = text.indexOf(' ', random.nextInt(0, text.length))
    return at < 0 ? text : text.slice(0, at) + text.slice(at + 1)
  }],
  ['numbers', (text, random) => text.replace(/\b\d+\b/g, () => pick(random, ['999999999999999999999', '0', '1e9', 'NaN', '-5']))]
]

/** A fixture paragraph with zero to four of the mutations above applied. */
export const mutatedParagraph: fc.Arbitrary<string> = fc
  .record({
    paragraph: fc.constantFrom(...fixtureItems),
    steps: fc.array(fc.constantFrom(...mutations), {maxLength: 4}),
    seed: fc.integer()
  })
  .map(({paragraph, steps, seed}) => {
    const random = makeRandom(seed)
    return steps.reduce((text, [, mutate]) => mutate(text, random), paragraph)
  })

// The mutations draw their positions from the case's own seed (pure-rand's
// xoroshiro128+, as fast-check uses), so a case replays exactly from fast-check's seed and path.
function makeRandom(seed: number): Random {
  const random = new fc.Random(xoroshiro128plus(seed))
  return {
    nextInt: (min, max) => random.nextInt(min, max),
    nextBoolean: () => random.nextInt(0, 1) === 1
  }
}

/** How the paragraphs of a bulletin are put together. */
export type Assembly = 'blank-lines' | 'crlf' | 'glued' | 'extra-blank-lines'

const joiners: Record<Assembly, string> = {
  'blank-lines': '\n\n\n',
  crlf: '\r\n\r\n',
  glued: ' ',
  'extra-blank-lines': '\n\n \n\t\n\n'
}

/** A generated bulletin with what went into it. */
export interface GeneratedBulletin {
  /** The bulletin's text. */
  text: string
  /** The item paragraphs after the head, before joining. */
  paragraphs: string[]
  /** How they were joined. */
  assembly: Assembly
  /** Whether the title, intro and heading of the real bulletin come first. */
  withHead: boolean
}

/**
 * A bulletin made of fixture paragraphs — mutated, shuffled, duplicated,
 * truncated, glued — sometimes with random text among them, sometimes
 * with a byte order mark or without its title.
 *
 * @param maxParagraphs Most item paragraphs (example: `6`).
 */
export function bulletinArbitrary(maxParagraphs: number): fc.Arbitrary<GeneratedBulletin> {
  const paragraph = fc.oneof(
    {weight: 4, arbitrary: fc.constantFrom(...fixtureItems)},
    {weight: 5, arbitrary: mutatedParagraph},
    {weight: 1, arbitrary: randomText(300)}
  )
  return fc
    .record({
      paragraphs: fc.array(paragraph, {maxLength: maxParagraphs}),
      duplicate: fc.boolean(),
      withHead: fc.boolean(),
      bom: fc.boolean(),
      assembly: fc.constantFrom<Assembly>('blank-lines', 'blank-lines', 'crlf', 'glued', 'extra-blank-lines')
    })
    .map(({paragraphs, duplicate, withHead, bom, assembly}) => {
      const list = duplicate && paragraphs.length > 0 ? [...paragraphs, paragraphs[0]!] : paragraphs
      const joiner = joiners[assembly]
      const parts = withHead ? [...head, ...list] : list
      return {text: (bom ? '\uFEFF' : '') + parts.join(joiner), paragraphs: list, assembly, withHead}
    })
}
