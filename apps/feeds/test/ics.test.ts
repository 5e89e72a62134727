import {describe, expect, it} from 'vitest'
import {streamIcs, toIcs} from '@sironet/feeds'
import {sortItems} from '@sironet/model'
import {loadGoldItems, loadHostileItems} from './helpers/gold-items.ts'
import {runPython, writeTemporary} from './helpers/tools.ts'

const siteUrl = 'https://sironet.org/news/'
const items = loadGoldItems()
const ics = toIcs(items, {siteUrl, title: 'SIRONET events'})
const script = new URL('helpers/read-calendar.py', import.meta.url).pathname

interface Calendar {
  calname: string
  prodid: string
  version: string
  events: Array<{uid: string; dtstart: string; dtend: string; dtstamp: string; summary: string; location: string | null; url: string; categories: string[]}>
}

/** The exclusive end an all-day event should have, worked out from the gold date with plain Date arithmetic. */
function expectedEnd(date: {start: string; end?: string | undefined; part?: string | undefined}): string {
  const last = date.end ?? date.start
  const [year, month, day] = last.split('-').map(Number) as [number, number, number | undefined]
  let exclusive: Date
  if (day !== undefined) exclusive = new Date(Date.UTC(year, month - 1, day + 1))
  else if (date.part === 'early' && !date.end) exclusive = new Date(Date.UTC(year, month - 1, 11))
  else if (date.part === 'mid' && !date.end) exclusive = new Date(Date.UTC(year, month - 1, 21))
  else exclusive = new Date(Date.UTC(year, month, 1))
  return exclusive.toISOString().slice(0, 10)
}

function expectedStart(date: {start: string; part?: string | undefined}): string {
  if (date.start.length === 10) return date.start
  return `${date.start}-${date.part === 'mid' ? '11' : date.part === 'late' ? '21' : '01'}`
}

describe('toIcs', () => {
  it('should parse with Python icalendar into one event per dated item with the right dates', () => {
    const calendar = runPython(script, [writeTemporary('events.ics', ics)]) as Calendar
    expect(calendar.version).toBe('2.0')
    expect(calendar.calname).toBe('SIRONET events')
    expect(calendar.prodid).toBe('-//SIRONET//News Kit//EN')
    const dated = items.filter((item) => item.date)
    expect(calendar.events).toHaveLength(dated.length)
    for (const item of dated) {
      const event = calendar.events.find((entry) => entry.uid === `${item.id}@sironet.org`)
      expect(event, item.id).toBeDefined()
      expect(event!.dtstart).toBe(expectedStart(item.date!))
      expect(event!.dtend).toBe(expectedEnd(item.date!))
      expect(event!.summary).toBe(item.headline)
      expect(event!.url).toBe(`${siteUrl}items/${item.id}.html`)
    }
  })

  it('should make “From January 12 to 16” run to the 17th, exclusive, and “Late May” cover 21–31 May', () => {
    const calendar = runPython(script, [writeTemporary('events.ics', ics)]) as Calendar
    const ranged = items.find((item) => item.date?.start === '2018-01-12')!
    const late = items.find((item) => item.date?.part === 'late')!
    expect(calendar.events.find((event) => event.uid.startsWith(ranged.id))).toMatchObject({dtstart: '2018-01-12', dtend: '2018-01-17'})
    expect(calendar.events.find((event) => event.uid.startsWith(late.id))).toMatchObject({dtstart: '2018-05-21', dtend: '2018-06-01'})
  })

  it('should give the location as cities and localized country names', () => {
    const calendar = runPython(script, [writeTemporary('events.ics', ics)]) as Calendar
    const item = items.find((entry) => entry.date?.start === '2018-01-10')!
    expect(calendar.events.find((event) => event.uid.startsWith(item.id))!.location).toBe('Beijing, China')
    const french = runPython(script, [writeTemporary('events.ics', toIcs([item], {siteUrl, language: 'fr'}))]) as Calendar
    expect(french.events[0]!.location).toBe('Beijing, Chine')
  })

  it('should use CRLF line endings and lines of at most 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/)
    expect(ics).toContain('CALSCALE:GREGORIAN\r\n')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('should stamp events from the build date or the event date, never the clock', () => {
    expect(toIcs(items, {siteUrl, title: 'SIRONET events'})).toBe(ics)
    expect(ics).toContain('DTSTAMP:20180112T000000Z')
    expect(toIcs(items.slice(0, 1), {siteUrl, buildDate: '2018-07-01T12:00:00Z'})).toContain('DTSTAMP:20180701T120000Z')
  })

  it('should leave undated items out', () => {
    const undated = {...items[0]!, id: 'undated', date: null}
    expect(toIcs([undated], {siteUrl})).not.toContain('BEGIN:VEVENT')
  })

  it('should stream the calendar as a header, one piece per dated event and the last line', () => {
    const undated = {...items[0]!, id: 'undated', date: null}
    for (const corpus of [[...items, undated], loadHostileItems(), []]) {
      const pieces = [...streamIcs(corpus, {siteUrl, title: 'SIRONET events'})]
      expect(pieces.join('')).toBe(toIcs(corpus, {siteUrl, title: 'SIRONET events'}))
      expect(pieces.length).toBe(corpus.filter((item) => item.date).length + 2)
      expect(pieces[0]!.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
      for (const piece of pieces.slice(1, -1)) expect(piece).toMatch(/^BEGIN:VEVENT\r\n[\s\S]*\r\nEND:VEVENT\r\n$/)
      expect(pieces.at(-1)).toBe('END:VCALENDAR\r\n')
    }
    // @ts-expect-error: testing misuse.
    expect(() => streamIcs(undefined, {siteUrl})).toThrow(/Cannot call `streamIcs` without items/)
  })

  it('should take items already oldest first from any iterable with `sorted`, reading it once, as given', () => {
    const corpus = [...items, ...loadHostileItems()]
    let reads = 0
    function* oldestFirst() {
      reads++
      yield* sortItems(corpus)
    }
    expect([...streamIcs(oldestFirst(), {siteUrl, sorted: true})].join('')).toBe(toIcs(corpus, {siteUrl}))
    expect(reads).toBe(1)
    // Given as is: the reverse order gives the events reversed, not sorted again.
    const reversed = [...streamIcs(sortItems(corpus, {order: 'newest'}), {siteUrl, sorted: true})].join('')
    expect(reversed).not.toBe(toIcs(corpus, {siteUrl}))
    expect(reversed.length).toBe(toIcs(corpus, {siteUrl}).length)
    expect(() => streamIcs(oldestFirst(), {siteUrl})).toThrow(/Pass an array of `NewsItem` records/)
    // @ts-expect-error: testing misuse.
    expect(() => streamIcs(42, {siteUrl, sorted: true})).toThrow(/or any iterable of them with `sorted: true`/)
  })
})
