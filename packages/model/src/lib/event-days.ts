import {daysInMonth} from './calendar-date.js'
import type {EventDate} from './event-date.js'

/** The days an event covers, both inclusive, as `YYYY-MM-DD`. */
export interface EventDays {
  /** First day (example: `'2018-05-21'`). */
  first: string
  /** Last day (example: `'2018-05-31'`). */
  last: string
}

/** Days 1–10, 11–20 and 21–end stand for “early”, “mid” and “late” a month. */
const partDays = {early: [1, 10], mid: [11, 20], late: [21, 31]} as const

function withDay(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`
}

/**
 * Get the days an event date covers, so every output (feeds, calendars, JSON)
 * dates an item the same way: a day is itself; a month is the whole month;
 * “early”, “mid” and “late” a month are days 1–10, 11–20 and 21 to the end.
 *
 * @param date The event date of an item.
 * @returns First and last day, both inclusive.
 * @example
 *   getEventDays({start: '2018-05', part: 'late', text: 'Late May'}) // {first: '2018-05-21', last: '2018-05-31'}
 */
export function getEventDays(date: Pick<EventDate, 'start' | 'end' | 'part'>): EventDays {
  const first = date.start.length === 10 ? date.start : withDay(date.start, date.part ? partDays[date.part][0] : 1)
  const end = date.end ?? date.start
  if (end.length === 10) return {first, last: end}
  // A part of the month qualifies a single month; a month range ends with its whole end month.
  const part = date.end === undefined || date.end === date.start ? date.part : undefined
  const [year, month] = end.split('-').map(Number) as [number, number]
  const monthEnd = daysInMonth(year, month)
  return {first, last: withDay(end, part ? Math.min(partDays[part][1], monthEnd) : monthEnd)}
}
