import {serializeJson, streamJsonFeed, toJsonFeed} from '@sironet/json-export'
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
      {siteUrl, feedSize: 10, page: 9}
    ]
    for (const options of cases) {
      const chunks = [...streamJsonFeed(items, options)]
      expect(chunks.join('')).toBe(serializeJson(toJsonFeed(items, options)))
      expect(chunks.length).toBe(toJsonFeed(items, options).items.length + 2)
    }
    // The hostile item's U+2028 is escaped in its own piece as in the whole text.
    expect([...streamJsonFeed([makeHostileItem()], {siteUrl})].join('')).toContain('\\u2028')
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
