import {parseFeed} from '@rowanmanning/feed-parser'
import {describe, expect, it} from 'vitest'
import {toAtom, toRss} from '@sironet/feeds'
import {loadGoldItems} from './helpers/gold-items.ts'
import {runPython, writeTemporary} from './helpers/tools.ts'

const siteUrl = 'https://sironet.org/news/'
const items = loadGoldItems()
const script = new URL('helpers/read-feed.py', import.meta.url).pathname

interface Parsed {
  bozo: boolean
  bozo_exception: string
  version: string
  feed: {title: string; language: string | null}
  entries: Array<{id: string; title: string; link: string; published: number | null; content: string[]}>
}

/** What every client should read for each record: id, title, link and date. */
const expected = items
  .map((item) => ({
    id: `tag:sironet.org,2018:items/${item.id}`,
    title: item.headline,
    link: `${siteUrl}items/${item.id}.html`,
    published: Date.parse(`${item.date!.start.length === 7 ? `${item.date!.start}-${item.date!.part === 'late' ? '21' : item.date!.part === 'mid' ? '11' : '01'}` : item.date!.start}T00:00:00Z`)
  }))
  .sort((a, b) => a.id.localeCompare(b.id))

const formats = [
  {name: 'RSS', text: toRss(items, {siteUrl}), version: 'rss20'},
  {name: 'Atom', text: toAtom(items, {siteUrl}), version: 'atom10'}
]

describe('feed clients', () => {
  for (const format of formats) {
    it(`should read every ${format.name} item with Python feedparser with the same titles, links, dates and ids`, () => {
      const parsed = runPython(script, [writeTemporary('feed.xml', format.text)]) as Parsed
      expect(parsed.bozo, parsed.bozo_exception).toBe(false)
      expect(parsed.version).toBe(format.version)
      expect(parsed.feed.language).toBe('en')
      const read = parsed.entries
        .map((entry) => ({id: entry.id, title: entry.title, link: entry.link, published: entry.published}))
        .sort((a, b) => a.id.localeCompare(b.id))
      expect(read).toEqual(expected)
      expect(parsed.entries.every((entry) => entry.content[0]?.startsWith('<p>'))).toBe(true)
    })

    it(`should read every ${format.name} item with @rowanmanning/feed-parser with the same titles, links, dates and ids`, () => {
      const feed = parseFeed(format.text)
      expect(feed.language).toBe('en')
      const read = feed.items
        .map((item) => ({id: item.id, title: item.title, link: item.url, published: item.published?.getTime() ?? null}))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      expect(read).toEqual(expected)
    })
  }
})
