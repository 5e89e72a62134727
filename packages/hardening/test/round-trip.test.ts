import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {toAtom, toRss} from '@sironet/feeds'
import {serializeJson, toApiFiles, toJsonFeed} from '@sironet/json-export'
import {validateNewsItem, type EventDate, type NewsItem} from '@sironet/model'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {readFuzzSettings} from '../src/fuzz-settings.js'
import {newsItemsArbitrary, plainText} from '../src/news-item-arbitrary.js'

const siteUrl = 'https://example.org/news/'
const buildDate = '2030-01-01T00:00:00Z'
const settings = readFuzzSettings(100)
const python = '/usr/bin/python3'
const hasFeedparser = existsSync(python) && canImportFeedparser()
const folder = mkdtempSync(path.join(tmpdir(), 'sironet-round-trip-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function canImportFeedparser(): boolean {
  try {
    execFileSync(python, ['-c', 'import feedparser'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

interface ReadFeed {
  bozo: boolean
  error: string
  entries: Array<{id: string; title: string; link: string; published: number | null}>
}

function readFeeds(files: string[]): ReadFeed[] {
  const script = new URL('helpers/read-feeds.py', import.meta.url).pathname
  return JSON.parse(execFileSync(python, [script, ...files], {encoding: 'utf8', maxBuffer: 64 << 20})) as ReadFeed[]
}

/** Through the bytes a server would send: UTF-8 out, UTF-8 in. */
function throughUtf8(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8')
}

// The first day of an event, as the feeds document it: a day is itself, a
// month starts on the 1st, “mid” on the 11th and “late” on the 21st.
function firstDayMs(date: EventDate): number {
  if (date.start.length === 10) return Date.parse(`${date.start}T00:00:00Z`)
  const day = date.part === 'mid' ? 11 : date.part === 'late' ? 21 : 1
  return Date.parse(`${date.start}-${String(day).padStart(2, '0')}T00:00:00Z`)
}

describe('JSON round trip', () => {
  it('should give back every generated record from api/items/<id>.json and from feed.json', () => {
    console.log(`JSON round trip: ${settings.numRuns} cases, seed ${settings.seed}`)
    fc.assert(
      fc.property(newsItemsArbitrary(8), (items) => {
        const files = new Map([...toApiFiles(items, {siteUrl})].map((file) => [file.path, throughUtf8(file.content)]))
        for (const item of items) {
          const content = files.get(`api/items/${item.id}.json`)
          expect(content, item.id).toBeDefined()
          const result = validateNewsItem(JSON.parse(content!))
          expect(result.issues).toEqual([])
          expect(result.value).toEqual(item)
        }
        const feed = JSON.parse(throughUtf8(serializeJson(toJsonFeed(items, {siteUrl, feedSize: Math.max(1, items.length)})))) as {
          items: Array<{_sironet: unknown}>
        }
        const back = feed.items.map((entry) => validateNewsItem(entry._sironet))
        expect(back.every((result) => result.ok)).toBe(true)
        const byId = new Map(back.map((result) => [result.value!.id, result.value]))
        expect(byId.size).toBe(items.length)
        for (const item of items) expect(byId.get(item.id)).toEqual(item)
      }),
      settings
    )
  }, 120_000)
})

describe.skipIf(!hasFeedparser)('feed round trip through Python feedparser', () => {
  it('should stay well-formed with hostile text in every field and keep every entry', () => {
    const samples = fc.sample(newsItemsArbitrary(25), {numRuns: 12, seed: settings.seed + 1})
    const files: Array<{file: string; items: NewsItem[]}> = []
    for (const [index, items] of samples.entries()) {
      for (const [format, content] of [
        ['rss', toRss(items, {siteUrl, buildDate})],
        ['atom', toAtom(items, {siteUrl, buildDate})]
      ] as const) {
        const file = path.join(folder, `hostile-${index}-${format}.xml`)
        writeFileSync(file, content)
        files.push({file, items})
      }
    }
    const results = readFeeds(files.map((entry) => entry.file))
    for (const [index, {items}] of files.entries()) {
      const result = results[index]!
      // feedparser parses strictly first (expat) and sets `bozo` on any well-formedness error.
      expect(result.error, files[index]!.file).toBe('')
      expect(result.bozo).toBe(false)
      expect(result.entries.map((entry) => entry.link).sort()).toEqual(items.map((item) => `${siteUrl}items/${item.id}.html`).sort())
    }
  }, 120_000)

  it('should read the same titles, links, dates and ids from RSS, Atom and JSON Feed', () => {
    const samples = fc.sample(newsItemsArbitrary(25, {text: plainText}), {numRuns: 12, seed: settings.seed})
    const files: Array<{file: string; items: NewsItem[]; format: 'rss' | 'atom' | 'json'}> = []
    for (const [index, items] of samples.entries()) {
      const documents = {
        rss: toRss(items, {siteUrl, buildDate}),
        atom: toAtom(items, {siteUrl, buildDate}),
        json: serializeJson(toJsonFeed(items, {siteUrl, feedSize: Math.max(1, items.length)}))
      }
      for (const [format, content] of Object.entries(documents) as Array<['rss' | 'atom' | 'json', string]>) {
        const file = path.join(folder, `${index}.${format === 'json' ? 'json' : 'xml'}`.replace('.xml', `-${format}.xml`))
        writeFileSync(file, content)
        files.push({file, items, format})
      }
    }
    const results = readFeeds(files.map((entry) => entry.file))
    let compared = 0
    for (const [index, {items, format}] of files.entries()) {
      const result = results[index]!
      expect(result.error, `${format} #${index}`).toBe('')
      expect(result.bozo).toBe(false)
      const read = new Map(result.entries.map((entry) => [entry.link, entry]))
      expect(read.size).toBe(items.length)
      for (const item of items) {
        const link = `${siteUrl}items/${item.id}.html`
        const entry = read.get(link)
        expect(entry, `${format}: ${item.id}`).toBeDefined()
        expect(entry!.title).toBe(item.headline)
        expect(entry!.id).toBe(format === 'json' ? link : `tag:example.org,2018:items/${item.id}`)
        if (item.date) {
          const expected = firstDayMs(item.date)
          expect(entry!.published, `${format}: ${item.id} ${JSON.stringify(item.date)}`).toBe(expected)
        }
        else if (format === 'json') expect(entry!.published).toBeNull()
        compared++
      }
    }
    console.log(`feed round trip: ${samples.length} corpora, ${compared} entries compared (seed ${settings.seed})`)
    expect(compared).toBeGreaterThan(0)
  }, 120_000)
})
