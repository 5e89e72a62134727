import {describe, expect, it} from 'vitest'
import {streamFeeds, toAtom, toFeeds, toRss, type FeedsOptions} from '@sironet/feeds'
import {loadGoldItems, loadHostileItems} from './helpers/gold-items.ts'

const siteUrl = 'https://sironet.org/news/'
const corpora = {gold: loadGoldItems(), hostile: loadHostileItems()}

// Option pairs where the one-pass renderer can share each item's parts between
// RSS and Atom, and pairs where it cannot (other language, site, authority or links).
const cases: Array<[string, FeedsOptions]> = [
  ['the same options', {rss: {siteUrl}, atom: {siteUrl}}],
  [
    'archive links and stylesheets',
    {
      rss: {siteUrl, feedUrl: `${siteUrl}archive/feed-2.xml`, stylesheetHref: '../feed.xsl', archive: {current: `${siteUrl}feed.xml`, prevArchive: `${siteUrl}archive/feed-1.xml`}},
      atom: {siteUrl, feedUrl: `${siteUrl}archive/atom-2.xml`, stylesheetHref: '../atom.xsl', archive: {current: `${siteUrl}atom.xml`, nextArchive: `${siteUrl}archive/atom-3.xml`}}
    }
  ],
  ['a build date on one side only', {rss: {siteUrl, buildDate: '2019-01-01T00:00:00Z'}, atom: {siteUrl}}],
  ['other languages', {rss: {siteUrl, language: 'fr'}, atom: {siteUrl, language: 'zh-Hans'}}],
  ['other sites and authorities', {rss: {siteUrl}, atom: {siteUrl: 'https://example.org/', tagAuthority: 'example.org,2020'}}],
  ['other item links', {rss: {siteUrl, itemUrl: (item) => `${siteUrl}months/${item.id}.html`}, atom: {siteUrl}}]
]

describe('toFeeds and streamFeeds', () => {
  for (const [corpus, items] of Object.entries(corpora)) {
    for (const [name, options] of cases) {
      it(`should give the bytes of toRss and toAtom for ${corpus} items with ${name}`, () => {
        const expected = {rss: toRss(items, options.rss), atom: toAtom(items, options.atom)}
        expect(toFeeds(items, options)).toEqual(expected)
        const pieces = [...streamFeeds(items, options)]
        expect(pieces.length).toBe(items.length + 2)
        expect(pieces.map((piece) => piece.rss).join('')).toBe(expected.rss)
        expect(pieces.map((piece) => piece.atom).join('')).toBe(expected.atom)
      })
    }
  }

  it('should give the same bytes for items in any order', () => {
    const items = corpora.gold
    const options = cases[0]![1]
    expect(toFeeds([...items].reverse(), options)).toEqual(toFeeds(items, options))
  })

  it('should throw a TypeError naming `rss` and `atom` when they are missing', () => {
    // @ts-expect-error: testing misuse.
    expect(() => toFeeds([], {siteUrl})).toThrow(/Cannot call `toFeeds` without `rss` and `atom` options/)
    // @ts-expect-error: testing misuse.
    expect(() => streamFeeds([], undefined)).toThrow(TypeError)
    expect(() => streamFeeds([], {rss: {siteUrl}, atom: {siteUrl: '/news/'}})).toThrow(/Cannot call `streamFeeds` with `siteUrl`/)
  })
})
