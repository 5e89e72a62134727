import {sortItems, type NewsItem} from '@sironet/model'
import {getItemCategories} from './categories.js'
import {describePlaces} from './describe-places.js'
import {addDays, formatRfc3339, getDateRange} from './date-range.js'
import {memoize} from './memoize.js'
import {escapeIcsText, serializeIcs, type IcsComponent, type IcsProperty} from './ics-serialize.js'
import {resolveOptions, type IcsOptions, type ResolvedOptions} from './options.js'

function formatDate(day: string): string {
  return day.replaceAll('-', '')
}

function formatDateTime(date: Date): string {
  // iCalendar's basic format of the same UTC instant: 20180112T000000Z.
  return formatRfc3339(date).replace(/[-:]/g, '')
}

// Many events share days: each day's texts are made once.
const formatStart = memoize(formatDate)
// DTEND of an all-day event is exclusive: the day after the last day.
const formatEnd = memoize((last: string) => formatDate(addDays(last, 1)))
const formatStamp = memoize((first: string) => formatDateTime(new Date(`${first}T00:00:00Z`)))

const dateParameters = {VALUE: 'DATE'}

function buildEvent(item: NewsItem, options: ResolvedOptions, host: string): IcsComponent | undefined {
  if (!item.date) return undefined
  const range = getDateRange(item.date)
  const text = (value: string) => escapeIcsText(value)
  const properties: IcsProperty[] = [
    {name: 'UID', value: text(`${item.id}@${host}`)},
    // Never the clock: the build date when given, else the event's first day.
    {name: 'DTSTAMP', value: options.buildDate ? formatDateTime(options.buildDate) : formatStamp(range.first)},
    {name: 'DTSTART', parameters: dateParameters, value: formatStart(range.first)},
    {name: 'DTEND', parameters: dateParameters, value: formatEnd(range.last)},
    {name: 'SUMMARY', value: text(item.headline)},
    {name: 'DESCRIPTION', value: text(item.summary ? `${item.summary}\n\n${item.body}` : item.body)}
  ]
  const location = describePlaces(item.places, options.language)
  if (location) properties.push({name: 'LOCATION', value: text(location)})
  properties.push({name: 'URL', parameters: {VALUE: 'URI'}, value: options.itemUrl(item)})
  const categories = getItemCategories(item, options.siteUrl, options.language)
  if (categories.length > 0) {
    properties.push({name: 'CATEGORIES', value: categories.map((category) => text(category.label)).join(',')})
  }
  properties.push({name: 'TRANSP', value: 'TRANSPARENT'})
  return {name: 'VEVENT', properties}
}

function renderIcs(caller: string, items: Iterable<NewsItem>, options: IcsOptions): Iterable<string> {
  const resolved = resolveOptions(caller, options, 'events.ics')
  const sorted = options.sorted === true
  if (sorted ? typeof (items as Partial<Iterable<NewsItem>> | null)?.[Symbol.iterator] !== 'function' : !Array.isArray(items)) {
    throw new TypeError(
      `Cannot call \`${caller}\` without items. Pass an array of \`NewsItem\` records (it may be empty)${sorted ? ', or any iterable of them with `sorted: true`' : ''}.`
    )
  }
  if (options.productId !== undefined && (typeof options.productId !== 'string' || options.productId === '')) {
    throw new TypeError(`Cannot call \`${caller}\` with an empty \`productId\`. Pass text like \`-//SIRONET//News Kit//EN\`.`)
  }
  const host = new URL(resolved.siteUrl).hostname
  const ordered = sorted ? items : sortItems(items as readonly NewsItem[])
  // The calendar without events, cut before its last line: each event,
  // serialized on its own, goes there (every line ends in CRLF, so the
  // pieces joined are the whole tree serialized at once).
  const empty = serializeIcs({
    name: 'VCALENDAR',
    properties: [
      {name: 'VERSION', value: '2.0'},
      {name: 'PRODID', value: escapeIcsText(options.productId ?? '-//SIRONET//News Kit//EN')},
      {name: 'CALSCALE', value: 'GREGORIAN'},
      {name: 'METHOD', value: 'PUBLISH'},
      {name: 'X-WR-CALNAME', value: escapeIcsText(resolved.title)},
      {name: 'X-WR-CALDESC', value: escapeIcsText(resolved.description)},
      {name: 'NAME', value: escapeIcsText(resolved.title)},
      {name: 'SOURCE', parameters: {VALUE: 'URI'}, value: resolved.feedUrl},
      {name: 'URL', parameters: {VALUE: 'URI'}, value: resolved.siteUrl}
    ]
  })
  const end = 'END:VCALENDAR\r\n'
  return (function* () {
    yield empty.slice(0, -end.length)
    for (const item of ordered) {
      const event = buildEvent(item, resolved, host)
      if (event) yield serializeIcs(event)
    }
    yield end
  })()
}

/**
 * Render news items as an iCalendar (RFC 5545) calendar to subscribe to: one
 * all-day `VEVENT` per dated item, from its first day to the day after its
 * last (a month is the whole month; early, mid and late a month are days 1–10,
 * 11–20 and 21–end), with `LOCATION` (cities and localized country names),
 * `URL`, `CATEGORIES` and a stable `UID`. Lines end in CRLF and are folded at
 * 75 octets; the output never depends on the clock.
 *
 * @param items News items, in any order; undated items are left out.
 * @param options Site URL and calendar settings.
 * @returns The iCalendar text.
 * @example
 *   const ics = toIcs(items, {siteUrl: 'https://sironet.org/news/'})
 */
export function toIcs(items: readonly NewsItem[], options: IcsOptions): string {
  return [...renderIcs('toIcs', items, options)].join('')
}

/**
 * Render the same calendar as {@link toIcs} in pieces (the header, then each
 * event, then the last line), so a calendar of many events can be written to
 * a file without holding it in memory. Options are checked at once.
 *
 * @param items News items, in any order (or, with `sorted: true`, any iterable of them oldest first); undated items are left out.
 * @param options Site URL and calendar settings.
 * @returns An iterable of strings whose concatenation is the calendar.
 * @example
 *   const file = createWriteStream('events.ics')
 *   for (const chunk of streamIcs(items, {siteUrl: 'https://sironet.org/news/'})) file.write(chunk)
 */
export function streamIcs(items: readonly NewsItem[] | Iterable<NewsItem>, options: IcsOptions): Iterable<string> {
  return renderIcs('streamIcs', items, options)
}
