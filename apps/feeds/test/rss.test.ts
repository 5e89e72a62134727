import {describe, expect, it} from 'vitest'
import {streamRss, toRss} from '@sironet/feeds'
import {checkRss} from './helpers/feed-rules.ts'
import {loadGoldItems} from './helpers/gold-items.ts'
import {lintXml, writeTemporary} from './helpers/tools.ts'

const siteUrl = 'https://sironet.org/news/'
const items = loadGoldItems()
const xml = toRss(items, {siteUrl, stylesheetHref: 'feed.xsl'})

function itemBlocks(text: string): string[] {
  return [...text.matchAll(/<item>[\s\S]*?<\/item>/g)].map((match) => match[0])
}

describe('toRss', () => {
  it('should write one item per record with a tag: guid that is not a permalink', () => {
    const blocks = itemBlocks(xml)
    expect(blocks).toHaveLength(items.length)
    for (const item of items) {
      expect(xml).toContain(`<guid isPermaLink="false">tag:sironet.org,2018:items/${item.id}</guid>`)
      expect(xml).toContain(`<link>${siteUrl}items/${item.id}.html</link>`)
    }
  })

  it('should put the newest event first and date the channel from it, not the clock', () => {
    const dates = itemBlocks(xml).map((block) => Date.parse(/<pubDate>(.*?)<\/pubDate>/.exec(block)![1]!))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    // The newest gold item is dated June 2018: the last item starts on 2018-06-28 at the latest.
    const newest = Math.max(...items.map((item) => Date.parse(`${item.date!.start.length === 7 ? `${item.date!.start}-01` : item.date!.start}T00:00:00Z`)))
    expect(xml).toContain(`<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>`)
  })

  it('should date “From January 12 to 16” on 12 January and “In January” on the 1st', () => {
    const ranged = items.find((item) => item.date?.start === '2018-01-12')!
    const month = items.find((item) => item.date?.start === '2018-01')!
    const block = (id: string) => itemBlocks(xml).find((text) => text.includes(`items/${id}<`))!
    expect(block(ranged.id)).toContain('<pubDate>Fri, 12 Jan 2018 00:00:00 GMT</pubDate>')
    expect(block(month.id)).toContain('<pubDate>Mon, 01 Jan 2018 00:00:00 GMT</pubDate>')
  })

  it('should give countries, organizations and tags as categories with a domain', () => {
    const item = items.find((entry) => entry.places.some((place) => place.city === 'Beijing'))!
    const block = itemBlocks(xml).find((text) => text.includes(`items/${item.id}<`))!
    expect(block).toContain(`<category domain="${siteUrl}countries/">cn</category>`)
    expect(block).toContain(`<category domain="${siteUrl}organizations/">`)
  })

  it('should carry the stylesheet instruction, namespaces and a self link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="feed.xsl"?>\n<rss version="2.0"')).toBe(true)
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"')
    expect(xml).toContain(`<atom:link rel="self" type="application/rss+xml" href="${siteUrl}feed.xml" />`)
    expect(xml).toContain('<language>en</language>')
  })

  it('should render the same bytes for the same items in any order', () => {
    const shuffled = [...items].reverse()
    expect(toRss(shuffled, {siteUrl, stylesheetHref: 'feed.xsl'})).toBe(xml)
  })

  it('should break no W3C Feed Validation Service rule we check', () => {
    expect(checkRss(xml, `${siteUrl}feed.xml`)).toEqual([])
  })

  it('should be well-formed for xmllint', () => {
    expect(lintXml(writeTemporary('feed.xml', xml))).toBe('')
  })

  it('should link RFC 5005 archives and mark archive pages with fh:archive', () => {
    const current = toRss(items.slice(0, 10), {siteUrl, archive: {prevArchive: `${siteUrl}archive/1.xml`}})
    expect(current).toContain(`<atom:link rel="prev-archive" type="application/rss+xml" href="${siteUrl}archive/1.xml" />`)
    expect(current).not.toContain('<fh:archive />')
    const page = toRss(items.slice(10), {
      siteUrl,
      feedUrl: `${siteUrl}archive/1.xml`,
      archive: {current: `${siteUrl}feed.xml`, nextArchive: `${siteUrl}archive/2.xml`}
    })
    expect(page).toContain('<fh:archive />')
    expect(page).toContain(`<atom:link rel="current" type="application/rss+xml" href="${siteUrl}feed.xml" />`)
    expect(page).toContain(`<atom:link rel="next-archive" type="application/rss+xml" href="${siteUrl}archive/2.xml" />`)
    expect(checkRss(page, `${siteUrl}archive/1.xml`)).toEqual([])
    expect(toRss(items, {siteUrl, complete: true})).toContain('<fh:complete />')
  })

  it('should not mark the current document as an archive when `archive.current` is its address spelled differently', () => {
    const current = toRss(items.slice(0, 5), {siteUrl, archive: {current: 'https://SIRONET.org/news/feed.xml', prevArchive: `${siteUrl}archive/1.xml`}})
    expect(current).not.toContain('<fh:archive />')
    expect(current).toContain(`<atom:link rel="current" type="application/rss+xml" href="${siteUrl}feed.xml" />`)
  })

  it('should date an empty feed from `buildDate`, else the Unix epoch', () => {
    expect(toRss([], {siteUrl, buildDate: '2018-07-01T00:00:00Z'})).toContain('<lastBuildDate>Sun, 01 Jul 2018 00:00:00 GMT</lastBuildDate>')
    expect(toRss([], {siteUrl})).toContain('<lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT</lastBuildDate>')
  })
})

describe('streamRss', () => {
  it('should yield pieces that join into the same document as toRss', () => {
    const chunks = [...streamRss(items, {siteUrl, stylesheetHref: 'feed.xsl'})]
    expect(chunks.length).toBe(2 + 2 * items.length)
    expect(chunks.join('')).toBe(xml)
  })

  it('should check options when called, not when read', () => {
    expect(() => streamRss(items, {siteUrl: 'news'})).toThrow(/Cannot call `streamRss` with `siteUrl`/)
  })
})
