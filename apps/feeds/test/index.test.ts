import {describe, expect, it} from 'vitest'
import {toAtom, toIcs, toRss} from '@sironet/feeds'

describe('@sironet/feeds', () => {
  it('should export exactly the public API', async () => {
    expect(Object.keys(await import('@sironet/feeds')).sort()).toEqual([
      'atomStylesheet',
      'cleanText',
      'getDateRange',
      'renderItemHtml',
      'rssStylesheet',
      'streamAtom',
      'streamFeeds',
      'streamIcs',
      'streamRss',
      'toAtom',
      'toFeeds',
      'toIcs',
      'toRss'
    ])
  })

  it('should throw a TypeError naming `siteUrl` and the fix when it is missing or relative', () => {
    for (const render of [toRss, toAtom, toIcs]) {
      // @ts-expect-error: testing misuse.
      expect(() => render([], {})).toThrow(/`siteUrl` undefined\. Pass an absolute http\(s\) URL/)
      expect(() => render([], {siteUrl: '/news/'})).toThrow(TypeError)
      expect(() => render([], {siteUrl: 'ftp://example.org/'})).toThrow(/`siteUrl`/)
    }
  })

  it('should throw a TypeError when called without options or items', () => {
    // @ts-expect-error: testing misuse.
    expect(() => toRss([])).toThrow(/Cannot call `toRss` without options/)
    // @ts-expect-error: testing misuse.
    expect(() => toAtom(undefined, {siteUrl: 'https://example.org/'})).toThrow(/Cannot call `toAtom` without items/)
  })

  it('should throw a TypeError for a bad language, build date or tag authority', () => {
    const siteUrl = 'https://example.org/'
    expect(() => toRss([], {siteUrl, language: 'english!'})).toThrow(/`language`.*BCP 47/)
    expect(() => toRss([], {siteUrl, buildDate: 'yesterday'})).toThrow(/`buildDate`/)
    expect(() => toAtom([], {siteUrl, tagAuthority: 'sironet'})).toThrow(/`tagAuthority`.*sironet\.org,2018/)
    expect(() => toAtom([], {siteUrl, author: {name: 'SIRONET', email: 'news at sironet'}})).toThrow(/`author\.email`/)
  })

  it('should throw a TypeError when `itemUrl` returns a relative URL', async () => {
    const {loadGoldItems} = await import('./helpers/gold-items.ts')
    const items = loadGoldItems().slice(0, 1)
    expect(() => toRss(items, {siteUrl: 'https://example.org/', itemUrl: (item) => `/items/${item.id}`})).toThrow(
      /`itemUrl\(item\)`/
    )
  })

  it('should add the missing trailing slash to `siteUrl`', () => {
    expect(toRss([], {siteUrl: 'https://example.org/news'})).toContain(
      '<atom:link rel="self" type="application/rss+xml" href="https://example.org/news/feed.xml" />'
    )
  })
})
