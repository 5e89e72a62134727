import {describe, expect, it} from 'vitest'
import {goldNewsItems, makeGoldFeed} from '../../test/helpers/gold-feed.ts'
import {toDateKey as toExportDateKey} from '@sironet/json-export'
import {findLabel, readFeed, toDateKey} from './read-feed.js'

describe('readFeed', () => {
  it('should read every item of a JSON Feed written by @sironet/json-export, with its record', () => {
    const feed = makeGoldFeed()
    const read = readFeed(feed, feed.feed_url)
    expect(read.title).toBe('SIRONET news')
    expect(read.homePageUrl).toBe(feed.home_page_url)
    expect(read.language).toBe('en')
    expect(read.entries.map((entry) => entry.title)).toEqual(feed.items.map((item) => item.title))
    expect(read.entries.map((entry) => entry.url)).toEqual(feed.items.map((item) => item.url))
    const first = read.entries[0]!
    const record = feed.items[0]!._sironet
    expect(first.date?.start).toBe(record.date?.start)
    expect(first.places).toEqual(record.places)
    expect(first.organizations.map((organization) => organization.name)).toEqual(record.organizations.map((o) => o.name))
  })

  it('should find the dates and countries a feed wrote out under `_sironet.labels`, by the keys json-export gives them', () => {
    const feed = makeGoldFeed({labels: ['fr']})
    const read = readFeed(feed, feed.feed_url)
    let found = 0
    for (const [index, entry] of read.entries.entries()) {
      const record = feed.items[index]!._sironet
      expect(toDateKey(entry.date!)).toBe(toExportDateKey(record.date!))
      expect(findLabel(read, 'fr', 'dates', toDateKey(entry.date!))).toBe(feed._sironet.labels!.fr!.dates[toExportDateKey(record.date!)])
      for (const place of entry.places) expect(findLabel(read, 'fr', 'countries', place.country)).toBe(feed._sironet.labels!.fr!.countries[place.country])
      found++
    }
    expect(found).toBe(goldNewsItems.length)
    expect(findLabel(read, 'fr', 'countries', 'FI')).toBe('Finlande')
    // No label in another language, or in a feed without labels.
    expect(findLabel(read, 'de', 'countries', 'FI')).toBeUndefined()
    expect(findLabel(readFeed(makeGoldFeed()), 'fr', 'countries', 'FI')).toBeUndefined()
  })

  it('should take only non-empty strings as labels', () => {
    const labels = {fr: {dates: {'2018-01-10': 42, '2018-01-11': ''}, countries: {FI: ['Finlande'], CN: 'Chine'}}, ar: 'x'}
    const read = readFeed({_sironet: {labels}, items: []})
    expect(findLabel(read, 'fr', 'dates', '2018-01-10')).toBeUndefined()
    expect(findLabel(read, 'fr', 'dates', '2018-01-11')).toBeUndefined()
    expect(findLabel(read, 'fr', 'countries', 'FI')).toBeUndefined()
    expect(findLabel(read, 'fr', 'countries', 'CN')).toBe('Chine')
    expect(findLabel(read, 'ar', 'countries', 'CN')).toBeUndefined()
    expect(findLabel(readFeed({_sironet: null, items: []}), 'fr', 'countries', 'CN')).toBeUndefined()
  })

  it('should read an array of `NewsItem` records passed in directly', () => {
    const read = readFeed(goldNewsItems)
    expect(read.entries).toHaveLength(goldNewsItems.length)
    const ranged = read.entries.find((entry) => entry.date?.end)!
    expect(ranged.date).toEqual({start: '2018-01-12', end: '2018-01-16'})
    expect(read.entries.find((entry) => entry.date?.part)?.date).toEqual({start: '2018-05', part: 'late'})
  })

  it('should fall back to `date_published` when an item has no `_sironet` record', () => {
    const read = readFeed({items: [{id: '1', title: 'A', date_published: '2018-03-04T00:00:00Z'}]})
    expect(read.entries[0]?.date).toEqual({start: '2018-03-04'})
  })

  it('should ignore fields of the wrong type instead of throwing', () => {
    const hostile: unknown[] = [
      null,
      42,
      'text',
      {title: {toString: () => 'x'}},
      {title: 'Kept', url: 42, tags: 'not-a-list', _sironet: {places: [null, {country: 'china'}, {country: 'CN', city: 5}], organizations: [7, {name: ''}, 'Named'], date: {start: '2018-13-01'}, language: '<script>'}}
    ]
    const read = readFeed({title: 7, items: hostile, home_page_url: 'javascript:alert(1)', language: 'x y z'})
    expect(read).toEqual({
      entries: [{title: 'Kept', places: [{country: 'CN'}], organizations: [{name: 'Named'}], tags: []}]
    })
    expect(readFeed(undefined)).toEqual({entries: []})
  })
})
