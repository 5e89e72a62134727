import {getFirstEventDay, type EventDate} from '@sironet/model'

/**
 * The RFC 3339 timestamp of an event's first day, at midnight UTC, by the
 * model's `getEventDays` (as the RSS, Atom and iCalendar outputs date it): a
 * month stands for its first day, “late May” for May 21.
 *
 * @param date The event date, or `null`.
 * @returns Text like `2018-01-12T00:00:00Z`, or `undefined` when there is no date.
 * @example
 *   toRfc3339({start: '2018-05', part: 'late', text: 'Late May'}) // '2018-05-21T00:00:00Z'
 */
export function toRfc3339(date: Pick<EventDate, 'start' | 'end' | 'part'> | null): string | undefined {
  if (!date) return undefined
  return `${getFirstEventDay(date)}T00:00:00Z`
}

/**
 * Every month (`YYYY-MM`) an event touches, from its start to its end.
 *
 * @param date The event date, or `null`.
 * @returns Months in order; empty when there is no date.
 */
export function listEventMonths(date: Pick<EventDate, 'start' | 'end'> | null): string[] {
  if (!date) return []
  const first = date.start.slice(0, 7)
  const last = (date.end ?? date.start).slice(0, 7)
  const months: string[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  // A cap guards against an absurd range turning into thousands of index files.
  while (months.length < 120) {
    const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (value > last) break
    months.push(value)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}
