import {readFileSync} from 'node:fs'
import {parseBulletin} from '@sironet/parse'
import {describe, expect, it} from 'vitest'
import {toAtom, toIcs, toRss} from '@sironet/feeds'
import {checkAtom, checkRss} from './helpers/feed-rules.ts'
import {fixturesFolder} from './helpers/gold-items.ts'
import {lintXml, runPython, validateAtom, writeTemporary} from './helpers/tools.ts'

const siteUrl = 'https://sironet.org/news/'
const {items} = parseBulletin(readFileSync(`${fixturesFolder}sironet-2018-h1.txt`), {source: 'sironet-2018-h1.txt'})
const readFeed = new URL('helpers/read-feed.py', import.meta.url).pathname
const readCalendar = new URL('helpers/read-calendar.py', import.meta.url).pathname

describe('feeds of the real bulletin as @sironet/parse reads it', () => {
  it('should read items from the bulletin', () => {
    expect(items.length).toBeGreaterThan(60)
  })

  for (const [name, render, check] of [
    ['RSS', toRss, checkRss],
    ['Atom', toAtom, checkAtom]
  ] as const) {
    it(`should give ${name} that feedparser reads with the same ids, titles and links, and that passes our checks`, () => {
      const xml = render(items, {siteUrl})
      const file = writeTemporary('feed.xml', xml)
      expect(lintXml(file)).toBe('')
      expect(check(xml, `${siteUrl}${name === 'RSS' ? 'feed' : 'atom'}.xml`)).toEqual([])
      if (name === 'Atom') expect(validateAtom(xml)).toBe('')
      const parsed = runPython(readFeed, [file]) as {bozo: boolean; entries: Array<{id: string; title: string; link: string}>}
      expect(parsed.bozo).toBe(false)
      const read = parsed.entries.map((entry) => [entry.id, entry.title, entry.link].join(' ')).sort()
      const expected = items.map((item) => [`tag:sironet.org,2018:items/${item.id}`, item.headline, `${siteUrl}items/${item.id}.html`].join(' ')).sort()
      expect(read).toEqual(expected)
    })
  }

  it('should give a calendar with one event per dated item', () => {
    const calendar = runPython(readCalendar, [writeTemporary('events.ics', toIcs(items, {siteUrl}))]) as {events: unknown[]}
    expect(calendar.events).toHaveLength(items.filter((item) => item.date).length)
  })
})
