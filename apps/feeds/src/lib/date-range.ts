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
 * Get the first day an event date covers, as {@link getDateRange} does.
 *
 * @param date The event date of an item.
 * @returns First day (example: `'2018-05-21'` for late May 2018).
 */
export function getFirstDay(date: Pick<EventDate, 'start' | 'end' | 'part'>): string {
  return getEventDays(date).first
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
