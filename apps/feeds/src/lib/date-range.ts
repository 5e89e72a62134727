import {daysInMonth, type EventDate} from '@sironet/model'

/** The days an event covers, both inclusive, as `YYYY-MM-DD`. */
export interface DateRange {
  /** First day (example: `'2018-05-21'`). */
  first: string
  /** Last day (example: `'2018-05-31'`). */
  last: string
}

const partDays = {early: [1, 10], mid: [11, 20], late: [21, 31]} as const

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

function firstDay(value: string, part: EventDate['part']): string {
  if (value.length === 10) return value
  return `${value}-${pad(part ? partDays[part][0] : 1)}`
}

function lastDay(value: string, part: EventDate['part']): string {
  if (value.length === 10) return value
  const [year, month] = value.split('-').map(Number) as [number, number]
  const end = daysInMonth(year, month)
  return `${value}-${pad(part ? Math.min(partDays[part][1], end) : end)}`
}

/**
 * Get the days an event date covers: a day is itself; a month is the whole
 * month; “early”, “mid” and “late” a month are days 1–10, 11–20 and 21–end.
 *
 * @param date The event date of an item.
 * @returns First and last day, both inclusive.
 * @example
 *   getDateRange({start: '2018-05', part: 'late', text: 'Late May'}) // {first: '2018-05-21', last: '2018-05-31'}
 */
export function getDateRange(date: Pick<EventDate, 'start' | 'end' | 'part'>): DateRange {
  // A part of the month qualifies a single month; a range ends with its end month.
  const part = date.end === undefined || date.end === date.start ? date.part : undefined
  return {first: firstDay(date.start, date.part), last: lastDay(date.end ?? date.start, part)}
}

/**
 * Get the first day an event date covers, as {@link getDateRange} does,
 * without working out the last.
 *
 * @param date The event date of an item.
 * @returns First day (example: `'2018-05-21'` for late May 2018).
 */
export function getFirstDay(date: Pick<EventDate, 'start' | 'part'>): string {
  return firstDay(date.start, date.part)
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
