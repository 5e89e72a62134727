import {jsonSchemaNames, NewsItem, sortItems, toJsonSchema, validateNewsItem} from '@sironet/model'
import {makeSlug} from '@sironet/model'
import {createOrganizationGrouper, groupOrganizations, listEventMonths, serializeJson, streamApiFiles, toApiFiles, toApiItemFile, type ApiFile, type SummaryStore} from '@sironet/json-export'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from './gold-items.ts'
import {makeHostileItem} from './hostile-item.ts'

const items = loadGoldItems()
const siteUrl = 'https://example.org/news/'
const Summary = NewsItem.pick({id: true, date: true, headline: true, summary: true, places: true, tags: true, language: true})

interface Listing {
  total: number
  items: Array<Record<string, unknown> & {id: string; href: string; url: string}>
}

function build(list = items, pageSize = 25): Map<string, unknown> {
  const files = new Map<string, unknown>()
  for (const file of toApiFiles(list, {siteUrl, pageSize})) {
    expect(files.has(file.path), file.path).toBe(false)
    files.set(file.path, JSON.parse(file.content))
  }
  return files
}

function expectSummaries(listing: Listing) {
  expect(listing.items).toHaveLength(listing.total)
  for (const summary of listing.items) {
    expect(Summary.safeParse(summary).success).toBe(true)
    expect(summary.href).toBe(`${siteUrl}api/items/${summary.id}.json`)
    expect(summary.url).toBe(`${siteUrl}items/${summary.id}.html`)
  }
}

describe('toApiFiles', () => {
  const files = build()

  it('should write every record as `api/items/<id>.json`, valid under the model and equal to the input', () => {
    for (const item of items) {
      const record = files.get(`api/items/${item.id}.json`)
      const result = validateNewsItem(record)
      expect(result.issues).toEqual([])
      expect(record).toEqual(item)
    }
    expect([...files.keys()].filter((path) => path.startsWith('api/items/'))).toHaveLength(items.length)
  })

  it('should page the index newest first, linking `next` and `prev`, covering every item once', () => {
    const pages = [files.get('api/index.json'), files.get('api/pages/2.json'), files.get('api/pages/3.json')] as Array<
      Listing & {page: number; pages: number; next: string | null; prev: string | null}
    >
    expect(files.has('api/pages/4.json')).toBe(false)
    expect(pages.map((page) => [page.page, page.pages, page.total])).toEqual([
      [1, 3, 74],
      [2, 3, 74],
      [3, 3, 74]
    ])
    expect(pages.map((page) => [page.prev, page.next])).toEqual([
      [null, `${siteUrl}api/pages/2.json`],
      [`${siteUrl}api/index.json`, `${siteUrl}api/pages/3.json`],
      [`${siteUrl}api/pages/2.json`, null]
    ])
    const ids = pages.flatMap((page) => page.items.map((summary) => summary.id))
    expect(new Set(ids).size).toBe(74)
    for (const page of pages) {
      for (const summary of page.items) expect(Summary.safeParse(summary).success).toBe(true)
    }
    const starts = pages.flatMap((page) => page.items.map((summary) => (summary.date as {start: string}).start))
    expect([...starts].sort().reverse()).toEqual(starts)
  })

  it('should index items by every month their event touches', () => {
    const months = files.get('api/months.json') as {items: Array<{month: string; total: number; href: string}>}
    expect(months.items.map((entry) => entry.month)).toEqual(['2018-01', '2018-02', '2018-03', '2018-04', '2018-05', '2018-06'])
    for (const entry of months.items) {
      const listing = files.get(`api/months/${entry.month}.json`) as Listing
      expectSummaries(listing)
      expect(listing.total).toBe(entry.total)
      const expected = items.filter((item) => listEventMonths(item.date).includes(entry.month)).length
      expect(listing.total).toBe(expected)
    }
    expect(listEventMonths({start: '2018-11-28', end: '2019-01-03'})).toEqual(['2018-11', '2018-12', '2019-01'])
  })

  it('should index items by venue country, in lower-case file names', () => {
    const countries = files.get('api/countries.json') as {items: Array<{country: string; total: number; href: string}>}
    const cn = countries.items.find((entry) => entry.country === 'CN')!
    expect(cn.href).toBe(`${siteUrl}api/countries/cn.json`)
    const listing = files.get('api/countries/cn.json') as Listing
    expectSummaries(listing)
    expect(listing.total).toBe(items.filter((item) => item.places.some((place) => place.country === 'CN')).length)
    expect(countries.items.reduce((sum, entry) => sum + entry.total, 0)).toBe(
      items.reduce((sum, item) => sum + new Set(item.places.map((place) => place.country)).size, 0)
    )
  })

  it('should index items by organization slug', () => {
    const organizations = files.get('api/organizations.json') as {items: Array<{slug: string; name: string; total: number}>}
    const acyf = organizations.items.find((entry) => entry.name === 'All-China Youth Federation')!
    expect(acyf.slug).toBe('all-china-youth-federation')
    const listing = files.get(`api/organizations/${acyf.slug}.json`) as Listing & {name: string}
    expectSummaries(listing)
    expect(listing.total).toBe(
      items.filter((item) => item.organizations.some((organization) => makeSlug(organization.name) === acyf.slug)).length
    )
  })

  it('should ship the model’s JSON Schemas', () => {
    for (const name of jsonSchemaNames) expect(files.get(`api/schema/${name}`)).toEqual(toJsonSchema(name))
  })

  it('should give the same files and bytes for the same items in any order', () => {
    const once = [...toApiFiles(items, {siteUrl})]
    const again = [...toApiFiles([...items].reverse(), {siteUrl})]
    expect(again.map((file: ApiFile) => file.path)).toEqual(once.map((file) => file.path))
    expect(again).toEqual(once)
  })

  it('should write every file as `serializeJson` of its value, summaries included (spliced text equals whole serialization)', () => {
    const all = [makeHostileItem(), ...items]
    for (const file of toApiFiles(all, {siteUrl, pageSize: 7})) {
      expect(file.content).toBe(serializeJson(JSON.parse(file.content)))
    }
    const first = [...toApiFiles(all, {siteUrl, pageSize: 7})].find((file) => file.path === 'api/index.json')
    expect((JSON.parse(first!.content) as {items: unknown[]}).items).toHaveLength(7)
  })

  it('should write one empty index page when there are no items', () => {
    const empty = build([])
    expect(empty.get('api/index.json')).toMatchObject({total: 0, page: 1, pages: 1, next: null, prev: null, items: []})
  })

  it('should keep hostile text inert and readable back as the same record', () => {
    const hostile = makeHostileItem()
    const file = [...toApiFiles([hostile], {siteUrl})].find((entry) => entry.path.startsWith('api/items/'))!
    expect(file.content).toBe(serializeJson(hostile))
    expect(validateNewsItem(JSON.parse(file.content)).ok).toBe(true)
  })

  it('should throw a TypeError naming `siteUrl` or `pageSize` on misuse', () => {
    expect(() => [...toApiFiles(items, {siteUrl: '/news/'})]).toThrow(/`siteUrl`/)
    expect(() => [...toApiFiles(items, {siteUrl, pageSize: 1.5})]).toThrow(/`pageSize`/)
  })
})

describe('streamApiFiles', () => {
  const all = [makeHostileItem(), ...items]
  const newest = sortItems(all, {order: 'newest'})

  it('should give the files and bytes of `toApiFiles` from items newest first, reading them once', () => {
    for (const pageSize of [1, 7, 100]) {
      let reads = 0
      function* newestFirst() {
        reads++
        yield* newest
      }
      const streamed = [...streamApiFiles(newestFirst(), {siteUrl, pageSize, total: all.length})].map((file) => [file.path, [...file.content].join('')])
      expect(streamed).toEqual([...toApiFiles(all, {siteUrl, pageSize})].map((file) => [file.path, file.content]))
      expect(reads).toBe(1)
    }
  })

  it('should keep each summary once in the store it is given and read the indexes back from it', () => {
    const kept: string[] = []
    let gets = 0
    const store: SummaryStore = {
      add: (text) => kept.push(text) - 1,
      get: (handle) => {
        gets++
        return kept[handle]!
      }
    }
    const files = new Map([...streamApiFiles(newest, {siteUrl, total: newest.length, summaries: store})].map((file) => [file.path, [...file.content].join('')]))
    expect(kept).toHaveLength(newest.length)
    expect(kept.map((text) => (JSON.parse(text) as {id: string}).id)).toEqual(newest.map((item) => item.id))
    // Every summary listed in a month, country or organization index came from the store.
    let listed = 0
    for (const [path, text] of files) {
      if (/^api\/(months|countries|organizations)\/[^/]+\.json$/.test(path)) listed += (JSON.parse(text) as Listing).items.length
    }
    expect(gets).toBe(listed)
    expect(listed).toBeGreaterThan(newest.length)
  })

  it('should leave the item files out with `itemFiles: false`, `toApiItemFile` giving each of them alone', () => {
    const text = (files: Iterable<{path: string; content: Iterable<string>}>) => [...files].map((file) => [file.path, [...file.content].join('')] as const)
    const whole = text(streamApiFiles(newest, {siteUrl, total: newest.length}))
    const rest = text(streamApiFiles(newest, {siteUrl, total: newest.length, itemFiles: false}))
    const alone = text(newest.map((item) => toApiItemFile(item)))
    expect(alone.map(([path]) => path)).toEqual(newest.map((item) => `api/items/${item.id}.json`))
    // The two parts are the whole, file for file and byte for byte, none twice.
    expect(new Map([...rest, ...alone])).toEqual(new Map(whole))
    expect(rest.length + alone.length).toBe(whole.length)
  })

  it('should throw a TypeError when `total` is not how many items there are', () => {
    expect(() => [...streamApiFiles(newest, {siteUrl, total: newest.length + 1})]).toThrow(/`total` \d+: the items gave \d+/)
    expect(() => streamApiFiles(newest, {siteUrl, total: -1})).toThrow(/`total`/)
    // @ts-expect-error: testing misuse.
    expect(() => streamApiFiles(undefined, {siteUrl, total: 0})).toThrow(/Cannot call `streamApiFiles` without items/)
  })
})

describe('createOrganizationGrouper', () => {
  it('should give the groups of `groupOrganizations`, one item at a time, and check `limit` the same way', () => {
    const newest = sortItems(items, {order: 'newest'})
    for (const limit of [1, 3, undefined]) {
      const grouper = createOrganizationGrouper({limit})
      for (const item of newest) grouper.add(item)
      expect(grouper.list()).toEqual(groupOrganizations(newest, {limit}))
    }
    expect(() => createOrganizationGrouper({limit: 0})).toThrow(/`createOrganizationGrouper` with `limit` 0/)
  })
})

describe('groupOrganizations', () => {
  it('should keep the first `limit` items of each group and count them all', () => {
    const newest = sortItems(items, {order: 'newest'})
    const whole = groupOrganizations(newest)
    const cut = groupOrganizations(newest.values(), {limit: 2})
    expect(cut.map((group) => [group.key, group.name, group.acronym, group.total])).toEqual(whole.map((group) => [group.key, group.name, group.acronym, group.items.length]))
    for (const [index, group] of cut.entries()) expect(group.items).toEqual(whole[index]!.items.slice(0, 2))
    expect(whole.some((group) => group.items.length > 2)).toBe(true)
    expect(() => groupOrganizations(items, {limit: 0})).toThrow(/`limit` 0/)
  })
})
