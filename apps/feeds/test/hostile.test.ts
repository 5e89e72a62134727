import type {Element, Root} from 'hast'
import {parseFeed} from '@rowanmanning/feed-parser'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {atomStylesheet, cleanText, renderItemHtml, rssStylesheet, toAtom, toIcs, toRss} from '@sironet/feeds'
import {checkAtom, checkRss} from './helpers/feed-rules.ts'
import {loadHostileItems} from './helpers/gold-items.ts'
import {lintXml, runPython, validateAtom, writeTemporary} from './helpers/tools.ts'

const siteUrl = 'https://sironet.org/news/'
const items = loadHostileItems()
const readFeed = new URL('helpers/read-feed.py', import.meta.url).pathname
const readCalendar = new URL('helpers/read-calendar.py', import.meta.url).pathname

function elementNames(tree: Root | Element, names: string[] = []): string[] {
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    names.push(child.tagName)
    for (const key of Object.keys(child.properties)) names.push(`@${key}`)
    elementNames(child, names)
  }
  return names
}

describe('hostile records (fixtures/hostile/records.json)', () => {
  it('should hold records with every payload the feeds issue lists', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []
    const text = items.flatMap(strings).join(' ')
    const payloads = ['<script>', ']]>', '&', '\u0000', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\u202E', '\u200F', 'W'.repeat(10240)]
    expect(payloads.filter((payload) => !text.includes(payload)).map((payload) => payload.slice(0, 12))).toEqual([])
  })

  it('should render item HTML with only text, paragraphs and the facts list', () => {
    for (const item of items) {
      const names = new Set(elementNames(fromHtml(renderItemHtml(item), {fragment: true})))
      for (const name of names) expect(['p', 'dl', 'dt', 'dd']).toContain(name)
    }
    const script = items.find((item) => item.id === 'hostile-script')!
    const tree = fromHtml(renderItemHtml(script), {fragment: true})
    const paragraph = tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p')!
    // The payload survives as visible text, not as markup.
    expect(paragraph.children[0]).toMatchObject({type: 'text', value: expect.stringContaining('<script>alert(1)</script>')})
  })

  it('should keep RSS well-formed, valid by our W3C rules and readable by both clients', () => {
    const xml = toRss(items, {siteUrl})
    expect(lintXml(writeTemporary('feed.xml', xml))).toBe('')
    expect(checkRss(xml, `${siteUrl}feed.xml`)).toEqual([])
    const parsed = runPython(readFeed, [writeTemporary('feed.xml', xml)]) as {bozo: boolean; bozo_exception: string; entries: Array<{id: string}>}
    expect(parsed.bozo, parsed.bozo_exception).toBe(false)
    expect(parsed.entries.map((entry) => entry.id).sort()).toEqual(items.map((item) => `tag:sironet.org,2018:items/${item.id}`).sort())
    expect(parseFeed(xml).items).toHaveLength(items.length)
  })

  it('should keep Atom well-formed, schema-valid, valid by our W3C rules and readable by both clients', () => {
    const xml = toAtom(items, {siteUrl})
    expect(lintXml(writeTemporary('atom.xml', xml))).toBe('')
    expect(validateAtom(xml)).toBe('')
    expect(checkAtom(xml, `${siteUrl}atom.xml`)).toEqual([])
    const parsed = runPython(readFeed, [writeTemporary('atom.xml', xml)]) as {bozo: boolean; bozo_exception: string; entries: Array<{id: string; title: string}>}
    expect(parsed.bozo, parsed.bozo_exception).toBe(false)
    expect(parsed.entries).toHaveLength(items.length)
    const atomItems = parseFeed(xml).items
    const script = atomItems.find((item) => item.id === 'tag:sironet.org,2018:items/hostile-script')!
    // Atom titles are text: the payload reads back as the same characters, inert.
    expect(script.title).toBe(cleanText(items.find((item) => item.id === 'hostile-script')!.headline))
  })

  it('should keep iCalendar parseable with folded lines and escaped text', () => {
    const ics = toIcs(items, {siteUrl})
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/)
    const calendar = runPython(readCalendar, [writeTemporary('events.ics', ics)]) as {events: Array<{uid: string; summary: string; description: string}>}
    expect(calendar.events).toHaveLength(items.length)
    const unfolded = ics.replace(/\r\n /g, '')
    for (const item of items) {
      const expected = cleanText(item.headline).replace(/\r\n|\r/g, '\n')
      if (expected.includes('\\')) {
        // Python icalendar reads `\\n` as a line break, against RFC 5545 §3.3.11; check our escaping by the RFC instead.
        const line = new RegExp(`^UID:${item.id}@sironet\\.org$[\\s\\S]*?^SUMMARY:(.*)$`, 'm').exec(unfolded)![1]!
        expect(line.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))).toBe(expected)
        continue
      }
      const event = calendar.events.find((entry) => entry.uid === `${item.id}@sironet.org`)!
      expect(event.summary).toBe(expected)
    }
    // The payload `BEGIN:VEVENT\r\nEND:VCALENDAR` stays inside one escaped value.
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(items.length)
  })

  it('should ship well-formed stylesheets', () => {
    expect(lintXml(writeTemporary('feed.xsl', rssStylesheet))).toBe('')
    expect(lintXml(writeTemporary('atom.xsl', atomStylesheet))).toBe('')
  })
})
