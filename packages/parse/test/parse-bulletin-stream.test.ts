import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {uniformInt} from 'pure-rand/distribution/uniformInt'
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus'
import {describe, expect, it} from 'vitest'
import type {Diagnostic} from '@sironet/model'
import {parseBulletin, parseBulletinStream, type BulletinChunk, type ParseEvent, type ParseOptions} from '@sironet/parse'
import {fixtureText} from './helpers.js'

/** Cut a string or bytes into chunks of random sizes between `min` and `max`. */
function cut<T extends BulletinChunk>(input: T, seed: number, min: number, max: number): T[] {
  // Seeded (pure-rand's xoroshiro128+), so a failing split can be replayed.
  const random = xoroshiro128plus(seed)
  const chunks: T[] = []
  for (let offset = 0; offset < input.length; ) {
    const size = uniformInt(random, min, max)
    chunks.push(input.slice(offset, offset + size) as T)
    offset += size
  }
  return chunks
}

async function* asAsync<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const chunk of chunks) yield chunk
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return (
    a.place.start.line - b.place.start.line ||
    a.place.start.column - b.place.start.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.reason.localeCompare(b.reason)
  )
}

async function collect(events: AsyncIterable<ParseEvent>) {
  const seen: ParseEvent[] = []
  for await (const event of events) seen.push(event)
  const renames = new Map<string, string>()
  for (const event of seen) if (event.type === 'rename') renames.set(event.from, event.to)
  const rename = (id: string): string => renames.get(id) ?? id
  const firstItem = seen.findIndex((event) => event.type === 'item')
  const bulletinAt = seen.findIndex((event) => event.type === 'bulletin')
  return {
    events: seen,
    renames: renames.size,
    bulletinFirst: bulletinAt >= 0 && (firstItem < 0 || bulletinAt < firstItem),
    bulletins: seen.filter((event) => event.type === 'bulletin').map((event) => event.bulletin),
    items: seen.flatMap((event) => (event.type === 'item' ? [{...event.item, id: rename(event.item.id)}] : [])),
    messages: seen.flatMap((event) => (event.type === 'message' ? [event.message] : [])),
    paragraphs: seen.flatMap((event) =>
      event.type === 'paragraph' ? [event.paragraph.id === undefined ? event.paragraph : {...event.paragraph, id: rename(event.paragraph.id)}] : []
    )
  }
}

/** Parse `input` whole and as chunks, and expect the same records, ids, paragraphs and messages. */
async function expectSame(input: string | Uint8Array, chunks: BulletinChunk[], options: ParseOptions = {}, reopen = false) {
  const whole = parseBulletin(input, options)
  const streamed = await collect(parseBulletinStream(reopen ? () => asAsync(chunks) : asAsync(chunks), options))
  const {items, ...bulletin} = whole.bulletin
  expect(streamed.bulletins).toEqual([bulletin])
  expect(streamed.bulletinFirst).toBe(true)
  expect(streamed.items).toEqual(items)
  expect(streamed.paragraphs).toEqual(whole.file.data.paragraphs)
  expect([...streamed.messages].sort(byPlace)).toEqual([...whole.messages].sort(byPlace))
  // Messages come in order of place, except `empty-bulletin`, known only at the end.
  const placed = streamed.messages.filter((message) => message.ruleId !== 'empty-bulletin')
  expect(placed).toEqual([...placed].sort(byPlace))
  return streamed
}

const crlf = `\uFEFF${fixtureText.replace(/\r?\n/g, '\r\n')}`

/** A bulletin of the real one’s paragraphs repeated, each copy marked so none is a duplicate. */
function repeatBulletin(copies: number): string {
  const paragraphs = fixtureText.split(/\n\s*\n/)
  const [head, ...rest] = paragraphs
  const items = rest.filter((paragraph) => /^\s*On\b|^\s*In\b|^\s*From\b/.test(paragraph))
  const parts = [head!]
  for (let copy = 1; copy <= copies; copy++) for (const [index, item] of items.entries()) parts.push(`${item.trim()} (Ref. ${copy}.${index + 1})`)
  return parts.join('\n\n')
}

describe('parseBulletinStream', {timeout: 120_000}, () => {
  it('should give the same items, ids, paragraphs and messages as parseBulletin for the real bulletin in text chunks of any size', async () => {
    for (const [seed, min, max] of [
      [1, 1, 7],
      [2, 1, 300],
      [3, 500, 5000],
      [4, 40_000, 90_000]
    ] as const) {
      const result = await expectSame(fixtureText, cut(fixtureText, seed, min, max))
      expect(result.items).toHaveLength(74)
    }
  })

  it('should take item headlines and report skipped headings at their places, in chunks of any size', async () => {
    const text = readFileSync(new URL('fixtures/item-headlines/input.txt', import.meta.url), 'utf8')
    for (const [seed, min, max] of [
      [5, 1, 5],
      [6, 1, 60],
      [7, 200, 2000]
    ] as const) {
      const result = await expectSame(text, cut(text, seed, min, max))
      // Read once, so the lines of what is read are let go of.
      await expectSame(text, cut(text, seed, min, max), {}, true)
      expect(result.items.map((item) => item.headline).slice(0, 2)).toEqual(['Solar Lamps Reach 300 Homes in Pakokku', 'Clean Water for Kassala Schools'])
      expect(result.messages.filter((message) => message.ruleId === 'skipped-heading')).toHaveLength(3)
    }
  })

  it('should decode UTF-8 bytes cut inside characters, CRLF cut between CR and LF, and a BOM', async () => {
    const bytes = new TextEncoder().encode(crlf)
    for (const seed of [5, 6, 7]) await expectSame(bytes, cut(bytes, seed, 1, 64))
    await expectSame(crlf, cut(crlf, 8, 1, 3))
  })

  it('should read every recorded fixture (HTML pages whole) as parseBulletin does', async () => {
    const root = fileURLToPath(new URL('fixtures/', import.meta.url))
    for (const name of readdirSync(root).sort()) {
      const file = readdirSync(`${root}${name}`).find((entry) => entry.startsWith('input.'))!
      const bytes = readFileSync(`${root}${name}/${file}`)
      const optionsPath = `${root}${name}/options.json`
      const options: ParseOptions = {source: file, ...(existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : {})}
      await expectSame(bytes, cut(new Uint8Array(bytes), 9, 1, 200), options)
    }
  })

  it('should rename items whose base id a later item shares when read once, and not when it can reopen the input', async () => {
    const text = repeatBulletin(3)
    const chunks = cut(text, 10, 100, 4000)
    const once = await expectSame(text, chunks, {source: 'repeated.txt'})
    expect(once.renames).toBeGreaterThan(0)
    const twice = await expectSame(text, chunks, {source: 'repeated.txt'}, true)
    expect(twice.renames).toBe(0)
    expect(twice.items.map((item) => item.id)).toEqual(once.items.map((item) => item.id))
  })

  it('should report invalid UTF-8 and mojibake at the same places, with the same byte offset', async () => {
    const text = `News (2019.1-2019.6)\n\nOn May 5, the â€œOpen Dayâ€\u009d took place.\n\nOn May 6, a cafÃ© opened. ${'x'.repeat(300)}\n\nOn May 7, the end.`
    const encoded = new TextEncoder().encode(text)
    const at = encoded.indexOf(0x78)
    const bytes = new Uint8Array([...encoded.subarray(0, at), 0xe9, 0x20, 0xff, ...encoded.subarray(at)])
    const result = await expectSame(bytes, cut(bytes, 11, 1, 9))
    expect(result.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['invalid-encoding', 'mojibake']))
    await expectSame(text, cut(text, 12, 1, 5))
  })

  it('should decode forced Windows-1252 and read guessed legacy encodings whole', async () => {
    const text = 'Nouvelles (2019.1-2019.6)\n\nOn May 5, the “café” opened in Lyon.\n\nOn May 6, it closed.'
    const bytes = new Uint8Array(Array.from(text, (character) => (character === '“' ? 0x93 : character === '”' ? 0x94 : character.charCodeAt(0))))
    await expectSame(bytes, cut(bytes, 13, 1, 4), {encoding: 'windows-1252'})
    await expectSame(bytes, cut(bytes, 14, 1, 4))
  })

  it('should guess the year from every item when neither title nor intro states one', async () => {
    const text = 'Exchange news\n\nOn 13 June 2017, the forum met.\n\nOn June 14, a visit took place.\n\nOn 2 May 2017, a talk.\n\nOn 3 May 2018, a fair.'
    const result = await expectSame(text, cut(text, 15, 1, 10))
    expect(result.items[1]!.date?.start).toBe('2017-06-14')
  })

  it('should read a bulletin with no dated paragraph, and an empty one', async () => {
    for (const text of ['Notes\n\nFirst thought here.\n\nSecond thought here.', '', '\n \n', 'Just a title']) {
      await expectSame(text, cut(text, 16, 1, 3))
    }
  })

  it('should read a web ReadableStream and a Node.js stream', async () => {
    const {Readable} = await import('node:stream')
    const bytes = new TextEncoder().encode(fixtureText)
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of cut(bytes, 17, 1000, 9000)) controller.enqueue(chunk)
        controller.close()
      }
    })
    const fromWeb = await collect(parseBulletinStream(web))
    const fromNode = await collect(parseBulletinStream(Readable.from(cut(Buffer.from(bytes), 18, 100, 9000))))
    expect(fromWeb.items).toEqual(parseBulletin(bytes).items)
    expect(fromNode.items).toEqual(fromWeb.items)
  })

  it('should throw a TypeError naming the fix for a bad source, options or chunks', async () => {
    expect(() => parseBulletinStream(42 as unknown as string[])).toThrow(/`parseBulletinStream`.*Pass a stream/)
    expect(() => parseBulletinStream([], {year: 18})).toThrow(/`year`/)
    expect(() => parseBulletinStream([], {encoding: 'klingon'})).toThrow(/`klingon`/)
    await expect(collect(parseBulletinStream(['text', new Uint8Array([65])]))).rejects.toThrow(/bytes after text/)
    await expect(collect(parseBulletinStream([{} as string]))).rejects.toThrow(/strings only/)
  })
})
