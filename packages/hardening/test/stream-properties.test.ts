import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Diagnostic} from '@sironet/model'
import {parseBulletin, parseBulletinStream, type BulletinChunk, type ParseEvent, type ParseOptions} from '@sironet/parse'
import {bulletinArbitrary, randomText} from '../src/bulletin-arbitrary.js'
import {readFuzzSettings} from '../src/fuzz-settings.js'

// FUZZ_RUNS and FUZZ_SEED override the count and the fixed seed, as for the other properties.
const settings = readFuzzSettings(300)
const timeout = 300_000
const hostile = new URL('../../../fixtures/hostile/', import.meta.url)

/** Cut text or bytes at the given sizes, cycling through them. */
function cut<T extends BulletinChunk>(input: T, sizes: readonly number[]): T[] {
  const chunks: T[] = []
  for (let offset = 0, index = 0; offset < input.length; index++) {
    const size = sizes[index % sizes.length]!
    chunks.push(input.slice(offset, offset + size) as T)
    offset += size
  }
  return chunks
}

async function* asAsync<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const chunk of chunks) yield chunk
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.place.start.line - b.place.start.line || a.place.start.column - b.place.start.column || a.ruleId.localeCompare(b.ruleId) || a.reason.localeCompare(b.reason)
}

/** Parse whole and streamed, and expect the same bulletin, items (ids after renames), paragraphs and messages. */
async function expectSameAsWhole(input: string | Uint8Array, sizes: readonly number[], options: ParseOptions, reopen: boolean): Promise<number> {
  const chunks = cut(input, sizes.length > 0 ? sizes : [input.length || 1])
  const events: ParseEvent[] = []
  for await (const event of parseBulletinStream(reopen ? () => asAsync(chunks) : asAsync(chunks), options)) events.push(event)
  const renames = new Map(events.flatMap((event) => (event.type === 'rename' ? [[event.from, event.to] as const] : [])))
  if (reopen) expect(renames.size).toBe(0)
  const whole = parseBulletin(input, options)
  const {items, ...bulletin} = whole.bulletin
  expect(events.filter((event) => event.type === 'bulletin').map((event) => event.bulletin)).toEqual([bulletin])
  expect(events.flatMap((event) => (event.type === 'item' ? [{...event.item, id: renames.get(event.item.id) ?? event.item.id}] : []))).toEqual(items)
  expect(events.flatMap((event) => (event.type === 'paragraph' ? [event.paragraph.kind] : []))).toEqual(whole.file.data.paragraphs!.map((paragraph) => paragraph.kind))
  const messages = events.flatMap((event) => (event.type === 'message' ? [event.message] : []))
  expect(messages.sort(byPlace)).toEqual([...whole.messages].sort(byPlace))
  return items.length
}

function run<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<unknown>, numRuns = settings.numRuns): Promise<void> {
  console.log(`${name}: ${numRuns} cases, seed ${settings.seed} (replay with FUZZ_SEED=${settings.seed} FUZZ_RUNS=${numRuns})`)
  return fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      await check(value)
    }),
    {numRuns, seed: settings.seed}
  )
}

const sizes = fc.array(fc.integer({min: 1, max: 97}), {minLength: 1, maxLength: 8})

describe('parseBulletinStream gives what parseBulletin gives', () => {
  it('should for generated bulletins cut into chunks of random sizes, as text or bytes, read once or twice', async () => {
    await run('streamed bulletins', fc.tuple(bulletinArbitrary(6), sizes, fc.boolean(), fc.boolean()), ([bulletin, chunkSizes, bytes, reopen]) =>
      expectSameAsWhole(bytes ? new TextEncoder().encode(bulletin.text) : bulletin.text, chunkSizes, {format: 'text'}, reopen)
    )
  }, timeout)

  it('should for random Unicode text, lone surrogates included', async () => {
    await run('streamed random text', fc.tuple(randomText(400), sizes), ([text, chunkSizes]) => expectSameAsWhole(text, chunkSizes, {}, false))
  }, timeout)

  it('should for the hostile bulletins (the web page is read whole)', async () => {
    for (const name of ['bulletin.txt', 'bulletin.html']) {
      const bytes = new Uint8Array(readFileSync(new URL(name, hostile)))
      for (const chunkSizes of [[1], [3, 50, 7], [4096]]) {
        expect(await expectSameAsWhole(bytes, chunkSizes, {source: name}, false)).toBeGreaterThan(10)
      }
    }
  }, timeout)
})
