import {daysInMonth} from './calendar-date.js'
import type {EventDate} from './event-date.js'

/** The days an event covers, both inclusive, as `YYYY-MM-DD`. */
export interface EventDays {
  /** First day (example: `'2018-05-21'`). */
  first: string
  /** Last day (example: `'2018-05-31'`). */
  last: string
}

// Days 1–10, 11–20 and 21–end stand for “early”, “mid” and “late” a month.
const partFirstDays = {early: '-01', mid: '-11', late: '-21'} as const
const partLastDays = {early: 10, mid: 20, late: 31} as const

function withDay(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`
}

/**
 * Get the first day an event date covers: the first day of `getEventDays`,
 * without working out the last (every item of a feed asks for it).
 *
 * @param date The event date of an item.
 * @returns The first day, `YYYY-MM-DD`.
 * @example
 *   getFirstEventDay({start: '2018-05', part: 'late', text: 'Late May'}) // '2018-05-21'
 */
export function getFirstEventDay(date: Pick<EventDate, 'start' | 'part'>): string {
  const start = date.start
  if (start.length === 10) return start
  return start + (date.part ? partFirstDays[date.part] : '-01')
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
  const first = getFirstEventDay(date)
  const end = date.end ?? date.start
  if (end.length === 10) return {first, last: end}
  // A part of the month qualifies a single month; a month range ends with its whole end month.
  const part = date.end === undefined || date.end === date.start ? date.part : undefined
  const [year, month] = end.split('-').map(Number) as [number, number]
  const monthEnd = daysInMonth(year, month)
  return {first, last: withDay(end, part ? Math.min(partLastDays[part], monthEnd) : monthEnd)}
}
