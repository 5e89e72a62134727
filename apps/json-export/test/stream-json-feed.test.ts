import {serializeJson, streamJsonFeed, toJsonFeed} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from './gold-items.ts'
import {makeHostileItem} from './hostile-item.ts'

const siteUrl = 'https://example.org/news/'

describe('streamJsonFeed', () => {
  it('should give exactly the bytes of serializeJson(toJsonFeed(…)) in one piece per item', () => {
    const items = [...loadGoldItems(), makeHostileItem()]
    const cases = [
      {siteUrl, feedSize: items.length},
      {siteUrl, feedSize: 10, page: 2, description: 'Page two.'},
      {siteUrl, feedSize: 10, page: 9},
      {siteUrl, feedSize: 10, page: 2, labels: ['en', 'fr', 'ar']}
    ]
    for (const options of cases) {
      const chunks = [...streamJsonFeed(items, options)]
      expect(chunks.join('')).toBe(serializeJson(toJsonFeed(items, options)))
      expect(chunks.length).toBe(toJsonFeed(items, options).items.length + 2)
    }
    // The hostile item's U+2028 is escaped in its own piece as in the whole text.
    expect([...streamJsonFeed([makeHostileItem()], {siteUrl})].join('')).toContain('\\u2028')
  })

  it('should give the same bytes as toJsonFeed for records in another key order, with escapes, with a nested key named like a text field, or with the placeholder number in text', () => {
    const [first] = loadGoldItems()
    const {body, headline, summary, ...rest} = first!
    const items: NewsItem[] = [
      // Text fields last, after the nested objects.
      {...rest, summary, body, headline, id: 'a-reordered'},
      // Quotes, backslashes, controls, an unpaired surrogate and U+2029 in every repeated field.
      {...first!, id: 'b-escapes', headline: 'a "b" \\ c', summary: 'tab\there\u0001', body: 'lone \uD800 and \u2029 end'},
      // A nested key that looks like a text field, before the record's own.
      {...rest, source: {...first!.source, headline: 0, body: -1.2345678901234568e-300} as NewsItem['source'], headline, summary, body, id: 'c-nested'},
      // The placeholder's number inside text, also after a key's text.
      {...first!, id: 'd-number-in-text', headline: 'x -1.2345678901234568e-300', summary: '"body":-1.2345678901234568e-300', body: '{-1.2345678901234568e-3000'}
    ]
    const options = {siteUrl, feedSize: items.length}
    expect([...streamJsonFeed(items, options)].join('')).toBe(serializeJson(toJsonFeed(items, options)))
  })

  it('should give the same bytes as toJsonFeed for no items', () => {
    expect([...streamJsonFeed([], {siteUrl})].join('')).toBe(serializeJson(toJsonFeed([], {siteUrl})))
  })

  it('should throw a TypeError naming the argument at once, before the first piece is asked for', () => {
    // @ts-expect-error: testing misuse.
    expect(() => streamJsonFeed(undefined, {siteUrl})).toThrow(/`streamJsonFeed` without `items`/)
    expect(() => streamJsonFeed([], {siteUrl, page: 0})).toThrow(/`page` 0/)
  })
})
