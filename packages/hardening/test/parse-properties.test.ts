import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {bulletinArbitrary, randomText, readFixtureParagraphs} from '../src/bulletin-arbitrary.js'
import {parseBulletin, type ParseOptions, type ParseResult} from '@sironet/parse'
import {checkParse} from '../src/check-parse.js'
import {readFuzzSettings} from '../src/fuzz-settings.js'

// A few thousand cases in all, with a fixed seed; FUZZ_RUNS and FUZZ_SEED override.
const settings = readFuzzSettings(600)
const timeout = 120_000
let cases = 0

function run<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void, numRuns = settings.numRuns): void {
  console.log(`${name}: ${numRuns} cases, seed ${settings.seed} (replay with FUZZ_SEED=${settings.seed} FUZZ_RUNS=${numRuns})`)
  fc.assert(
    fc.property(arbitrary, (value) => {
      cases++
      check(value)
    }),
    {numRuns, seed: settings.seed}
  )
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

describe('parseBulletin under any input', () => {
  it('should keep every promise on the real bulletin', () => {
    const {head, items} = readFixtureParagraphs()
    const result = checkParse([...head, ...items].join('\n\n\n'), {format: 'text'})
    expect(result.items.length).toBe(items.length)
  }, timeout)

  it('should keep every promise on random Unicode text, lone surrogates included', () => {
    run('random text', randomText(400), (text) => void checkParse(text, {format: 'text'}), settings.numRuns * 3)
  }, timeout)

  it('should keep every promise on fixture paragraphs mutated, shuffled, truncated, duplicated and glued', () => {
    run('mutated bulletins', bulletinArbitrary(6), (bulletin) => {
      const result = checkParse(bulletin.text, {format: 'text'})
      // Each generated paragraph with words in it ends up in an item, a heading, the intro or the title.
      if (bulletin.assembly !== 'glued' && bulletin.paragraphs.some((paragraph) => /\p{L}{3}/u.test(paragraph))) {
        expect(result.file.data.paragraphs!.length).toBeGreaterThan(0)
      }
    })
  }, timeout)

  it('should keep every promise on the same bulletins detected as text or HTML', () => {
    run('auto-detected bulletins', bulletinArbitrary(4), (bulletin) => void checkParse(bulletin.text), Math.ceil(settings.numRuns / 4))
  }, timeout)

  it('should keep every promise on HTML pages made of the same paragraphs', () => {
    run(
      'HTML bulletins',
      bulletinArbitrary(4),
      (bulletin) => {
        const html = `<!doctype html><h1>${escapeHtml(readFixtureParagraphs().head[0]!)}</h1>${bulletin.paragraphs
          .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
          .join('\n')}`
        checkParse(html, {format: 'html'})
      },
      Math.ceil(settings.numRuns / 4)
    )
  }, timeout)

  it('should keep every promise on random bytes and on bulletins in other encodings', () => {
    run(
      'bytes',
      fc.oneof(
        fc.uint8Array({maxLength: 600}),
        bulletinArbitrary(3).map((bulletin) => Buffer.from('\uFEFF' + bulletin.text, 'utf16le')),
        bulletinArbitrary(3).map((bulletin) => Buffer.from(bulletin.text, 'latin1'))
      ),
      (bytes) => void checkParse(bytes)
    )
  }, timeout)

  it('should catch a parser that breaks each promise', () => {
    const {head, items} = readFixtureParagraphs()
    const text = [...head, ...items.slice(0, 3)].join('\n\n')
    const breakers: Array<[string, (result: ParseResult, call: number) => void]> = [
      ['never-throws', () => {
        throw new RangeError('boom')
      }],
      ['valid-bulletin', (result) => void (result.bulletin.items[0]!.id = 'Not A Slug')],
      ['body-is-source-slice', (result) => void (result.items[1]!.body += ' ')],
      ['line-column-match-offset', (result) => void (result.items[1]!.source.column += 1)],
      ['item-paragraph-has-item', (result) => void result.items.pop()],
      ['items-match-paragraphs', (result) => void result.file.data.paragraphs!.forEach((paragraph) => paragraph.kind === 'item' && paragraph.id === result.items[0]!.id && (paragraph.kind = 'intro'))],
      ['nothing-lost', (result) => void result.file.data.paragraphs!.splice(result.file.data.paragraphs!.findIndex((paragraph) => paragraph.kind === 'intro'), 1)],
      ['deterministic', (result, call) => void (call === 2 && (result.bulletin.title += '!'))]
    ]
    for (const [invariant, breakIt] of breakers) {
      let call = 0
      const broken = (input: string | Uint8Array, options: ParseOptions): ParseResult => {
        const result = parseBulletin(input, options)
        breakIt(result, ++call)
        return result
      }
      expect(() => checkParse(text, {format: 'text'}, broken), invariant).toThrow(new RegExp(`^${invariant}:`))
    }
    expect(() => checkParse(text, {format: 'text'})).not.toThrow()
  })

  it('should have run the cases it reports', () => {
    console.log(`parse properties: ${cases} cases in all, seed ${settings.seed}`)
    expect(cases).toBeGreaterThanOrEqual(settings.numRuns)
  })
})
