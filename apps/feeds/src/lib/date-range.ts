import {getEventDays, type EventDate, type EventDays} from '@sironet/model'

/** The days an event covers, both inclusive, as `YYYY-MM-DD` (the model's `EventDays`). */
export type DateRange = EventDays

/**
 * Get the days an event date covers: a day is itself; a month is the whole
 * month; “early”, “mid” and “late” a month are days 1–10, 11–20 and 21–end.
 * The rule is the model's `getEventDays`, so JSON Feed and the API date items alike.
 *
 * @param date The event date of an item.
 * @returns First and last day, both inclusive.
 * @example
 *   getDateRange({start: '2018-05', part: 'late', text: 'Late May'}) // {first: '2018-05-21', last: '2018-05-31'}
 */
export function getDateRange(date: Pick<EventDate, 'start' | 'end' | 'part'>): DateRange {
  return getEventDays(date)
}

/**
 * Turn a `YYYY-MM-DD` day into a `Date` at midnight UTC.
 *
 * @param day Day (example: `'2018-01-12'`).
 */
export function toUtcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

/**
 * Add days to a `YYYY-MM-DD` day.
 *
 * @param day Day (example: `'2018-01-31'`).
 * @param count Days to add (example: `1`).
 * @returns The later day (example: `'2018-02-01'`).
 */
export function addDays(day: string, count: number): string {
  const date = toUtcDate(day)
  date.setUTCDate(date.getUTCDate() + count)
  return date.toISOString().slice(0, 10)
}

/**
 * Format a date as RFC 822 with a four-digit year, in GMT, as RSS 2.0 wants.
 *
 * @param date Any date.
 * @returns Text (example: `'Fri, 12 Jan 2018 00:00:00 GMT'`).
 */
export function formatRfc822(date: Date): string {
  return date.toUTCString()
}

/**
 * Format a date as RFC 3339 in UTC without fractions, as Atom wants.
 *
 * @param date Any date.
 * @returns Text (example: `'2018-01-12T00:00:00Z'`).
 */
export function formatRfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

// `YYYY-MM-DD` with a month of 01–12 and a day of 01–31, years 1000–9999
// (four digits, never read by `Date.UTC` as 19xx); whether the day exists in
// its month is checked apart.
const plainDay = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dayMs = 86_400_000

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Read a `YYYY-MM-DD` day that exists (years 1000–9999) as its year, month
 * (1–12), day of the month and day of the week (0 for Sunday), without
 * making a `Date`.
 *
 * @param day Day (example: `'2018-01-12'`).
 * @returns The fields, or `undefined` for any other text (example: `'2018-02-30'`).
 */
export function readPlainDay(day: string): {year: number; month: number; date: number; weekday: number} | undefined {
  if (!plainDay.test(day)) return undefined
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const date = Number(day.slice(8, 10))
  // A day past the end of its month (`Date` rolls it over into the next) is not a plain day.
  if (date > 28 && date > daysIn(year, month)) return undefined
  // 1 January 1970 was a Thursday; years from 1000 on are at most 970 years earlier.
  return {year, month, date, weekday: (Date.UTC(year, month - 1, date) / dayMs + 4 + 7 * 400_000) % 7}
}

/**
 * Format a `YYYY-MM-DD` day at midnight UTC as RFC 822, as
 * `formatRfc822(toUtcDate(day))` does (tested), but a day that exists is
 * written from its fields, without a `Date` to parse and format (many
 * thousand distinct days in a large feed).
 *
 * @param day Day (example: `'2018-01-12'`).
 * @returns Text (example: `'Fri, 12 Jan 2018 00:00:00 GMT'`).
 */
export function formatDayRfc822(day: string): string {
  const fields = readPlainDay(day)
  if (fields === undefined) return formatRfc822(toUtcDate(day))
  return `${weekdays[fields.weekday]!}, ${day.slice(8, 10)} ${months[fields.month - 1]!} ${day.slice(0, 4)} 00:00:00 GMT`
}

/**
 * Format a `YYYY-MM-DD` day at midnight UTC as RFC 3339, as
 * `formatRfc3339(toUtcDate(day))` does (tested): a day that exists is that
 * day and `T00:00:00Z`.
 *
 * @param day Day (example: `'2018-01-12'`).
 * @returns Text (example: `'2018-01-12T00:00:00Z'`).
 */
export function formatDayRfc3339(day: string): string {
  return readPlainDay(day) === undefined ? formatRfc3339(toUtcDate(day)) : `${day}T00:00:00Z`
}

/**
 * Get the instant a feed item is dated: the first day of its event, or
 * `fallback` for items without a date.
 *
 * @param date The item's event date.
 * @param fallback Date for undated items.
 */
export function getItemDate(date: EventDate | null, fallback: Date): Date {
  return date ? toUtcDate(getDateRange(date).first) : fallback
}
