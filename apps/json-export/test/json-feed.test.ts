import {readFileSync} from 'node:fs'
import {sortItems, validateNewsItem} from '@sironet/model'
import {serializeJson, toDateKey, toJsonFeed, toJsonFeedFiles, toRfc3339, type JsonFeed} from '@sironet/json-export'
import {Ajv} from 'ajv'
import addFormatsModule from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from './gold-items.ts'
import {makeHostileItem} from './hostile-item.ts'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const schema = JSON.parse(readFileSync(new URL('jsonfeed-1.1.schema.json', import.meta.url), 'utf8')) as object
const ajv = new Ajv({allErrors: true, strict: true, strictRequired: false})
addFormats(ajv)
const validateFeed = ajv.compile(schema)
const items = loadGoldItems()
const siteUrl = 'https://example.org/news/'

function expectValidFeed(feed: unknown) {
  const ok = validateFeed(JSON.parse(serializeJson(feed)))
  expect(ajv.errorsText(validateFeed.errors)).toBe('No errors')
  expect(ok).toBe(true)
}

describe('toJsonFeed', () => {
  it('should make a JSON Feed 1.1 that validates against the specification’s fields', () => {
    const feed = toJsonFeed(items, {siteUrl, title: 'SIRONET news', description: 'Exchanges of SIRONET members.'})
    expectValidFeed(feed)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe('https://example.org/news/feed.json')
    expect(feed.home_page_url).toBe(siteUrl)
    expect(feed.language).toBe('en')
    expect(feed.authors).toEqual([{name: 'SIRONET news', url: siteUrl}])
  })

  it('should reject a feed without items or with an unknown key (the schema can fail)', () => {
    expect(validateFeed({version: 'https://jsonfeed.org/version/1.1', title: 'x'})).toBe(false)
    expect(validateFeed({version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [], tittle: 'x'})).toBe(false)
    expect(validateFeed({version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{id: 'a', title: 'no content'}]})).toBe(false)
  })

  it('should list the newest items first, at most `feedSize`, with `next_url` to the older page', () => {
    const feed = toJsonFeed(items, {siteUrl, feedSize: 10})
    expect(feed.items).toHaveLength(10)
    expect(feed.next_url).toBe('https://example.org/news/feed-2.json')
    const starts = feed.items.map((item) => item._sironet.date?.start ?? '')
    expect([...starts].sort().reverse()).toEqual(starts)
    const latest = items.map((item) => item.date?.start ?? '').sort().at(-1)
    expect(starts[0]).toBe(latest)
  })

  it('should carry each item’s full record under `_sironet`, valid under the model', () => {
    const feed = toJsonFeed(items, {siteUrl, feedSize: 100})
    expect(feed.items).toHaveLength(items.length)
    for (const entry of JSON.parse(serializeJson(feed)).items as JsonFeed['items']) {
      const result = validateNewsItem(entry._sironet)
      expect(result.issues).toEqual([])
      expect(entry.title).toBe(entry._sironet.headline)
      expect(entry.content_text).toBe(entry._sironet.body)
      expect(entry.url).toBe(`${siteUrl}items/${entry._sironet.id}.html`)
    }
  })

  it('should date items by their first day as RSS and Atom do: the 1st for a month, the 21st for late in a month', () => {
    expect(toRfc3339({start: '2018-01-12'})).toBe('2018-01-12T00:00:00Z')
    expect(toRfc3339({start: '2018-05'})).toBe('2018-05-01T00:00:00Z')
    expect(toRfc3339({start: '2018-05', part: 'late'})).toBe('2018-05-21T00:00:00Z')
    expect(toRfc3339({start: '2018-06', part: 'mid'})).toBe('2018-06-11T00:00:00Z')
    const late = items.find((item) => item.date?.part === 'late')!
    const entry = toJsonFeed([late], {siteUrl}).items[0]!
    expect(entry.date_published).toBe(`${late.date!.start}-21T00:00:00Z`)
    expect(Date.parse(entry.date_published!)).not.toBeNaN()
  })

  it('should leave out `date_published` for an item without a date', () => {
    const undated = {...items[0]!, id: 'undated', date: null}
    const entry = toJsonFeed([undated], {siteUrl}).items[0]!
    expect(entry).not.toHaveProperty('date_published')
    expectValidFeed(toJsonFeed([undated], {siteUrl}))
  })

  it('should page the whole corpus once, each page linking the next', () => {
    const files = [...toJsonFeedFiles(items, {siteUrl, feedSize: 20})]
    expect(files.map((file) => file.path)).toEqual(['feed.json', 'feed-2.json', 'feed-3.json', 'feed-4.json'])
    const ids = files.flatMap((file) => file.feed.items.map((item) => item.id))
    expect(new Set(ids).size).toBe(items.length)
    files.forEach((file, index) => {
      expectValidFeed(file.feed)
      expect(JSON.parse(file.content)).toEqual(file.feed)
      expect(file.content).toBe(serializeJson(file.feed))
      const next = files[index + 1]
      expect(file.feed.next_url).toBe(next ? `${siteUrl}${next.path}` : undefined)
    })
  })

  it('should write with `labels` the dates and countries of a page’s own items in each language, still a valid JSON Feed', () => {
    const files = [...toJsonFeedFiles(items, {siteUrl, feedSize: 20, labels: ['fr', 'ar']})]
    // The first page only: older pages are for feed readers catching up.
    for (const file of files.slice(1)) expect(file.feed._sironet.labels, file.path).toBeUndefined()
    const pages = [files[0]!, ...[2, 4].map((page) => ({feed: toJsonFeed(items, {siteUrl, feedSize: 20, page, labels: ['fr', 'ar']})}))]
    for (const file of pages) {
      expectValidFeed(file.feed)
      const labels = file.feed._sironet.labels!
      expect(Object.keys(labels)).toEqual(['fr', 'ar'])
      const records = file.feed.items.map((item) => item._sironet)
      const keys = new Set(records.flatMap((record) => (record.date ? [toDateKey(record.date)] : [])))
      expect(Object.keys(labels.fr!.dates)).toEqual([...keys])
      expect(Object.keys(labels.ar!.countries).sort()).toEqual([...new Set(records.flatMap((record) => record.places.map((place) => place.country)))].sort())
    }
    expect(toJsonFeed(items, {siteUrl})._sironet).toEqual({about: expect.any(String), version: 1})
  })

  it('should write each page as the bytes of `serializeJson` of its feed, hostile text included', () => {
    const all = [makeHostileItem(), ...items]
    for (const file of toJsonFeedFiles(all, {siteUrl, feedSize: 7})) expect(file.content).toBe(serializeJson(file.feed))
  })

  it('should name pages after a filtered feed’s own URL', () => {
    const files = [...toJsonFeedFiles(items, {siteUrl, feedSize: 50, feedUrl: 'countries/cn/feed.json'})]
    expect(files[0]!.feed.feed_url).toBe('https://example.org/news/countries/cn/feed.json')
    expect(files[0]!.feed.next_url).toBe('https://example.org/news/countries/cn/feed-2.json')
    expect(files.map((file) => file.path)).toEqual(['feed.json', 'feed-2.json'])
  })

  it('should make one empty page for no items', () => {
    const files = [...toJsonFeedFiles([], {siteUrl})]
    expect(files).toHaveLength(1)
    expect(files[0]!.feed.items).toEqual([])
    expectValidFeed(files[0]!.feed)
  })

  it('should page items already newest first from any iterable with `sorted`, reading it once', () => {
    for (const feedSize of [1, 20, 37, 74, 100]) {
      let reads = 0
      function* newestFirst() {
        reads++
        yield* sortItems(items, {order: 'newest'})
      }
      const streamed = [...toJsonFeedFiles(newestFirst(), {siteUrl, feedSize, sorted: true})]
      expect(streamed.map((file) => [file.path, file.content])).toEqual([...toJsonFeedFiles(items, {siteUrl, feedSize})].map((file) => [file.path, file.content]))
      expect(reads).toBe(1)
    }
    expect([...toJsonFeedFiles([][Symbol.iterator](), {siteUrl, sorted: true})].map((file) => file.content)).toEqual([...toJsonFeedFiles([], {siteUrl})].map((file) => file.content))
    expect(() => [...toJsonFeedFiles(new Set(items), {siteUrl})]).toThrow(/Pass an array of `NewsItem` records/)
  })

  it('should give the same bytes for the same items in any order', () => {
    const once = [...toJsonFeedFiles(items, {siteUrl, feedSize: 30})].map((file) => file.content)
    const again = [...toJsonFeedFiles([...items].reverse(), {siteUrl, feedSize: 30})].map((file) => file.content)
    expect(again).toEqual(once)
  })

  it('should keep hostile text as inert JSON strings that read back the same', () => {
    const hostile = makeHostileItem()
    const text = serializeJson(toJsonFeed([hostile], {siteUrl}))
    expect(text).not.toContain('\u2028')
    const back = JSON.parse(text) as JsonFeed
    expect(back.items[0]!._sironet).toEqual(hostile)
    expect(back.items[0]!.title).toBe(hostile.headline)
    expectValidFeed(back)
  })

  it('should throw a TypeError naming `siteUrl` when it is missing or relative', () => {
    expect(() => toJsonFeed(items, {siteUrl: 'news/'})).toThrow(/`siteUrl`/)
    expect(() => toJsonFeed(items, {} as never)).toThrow(TypeError)
    expect(() => toJsonFeed(items, {siteUrl, feedSize: 0})).toThrow(/`feedSize`/)
  })
})
