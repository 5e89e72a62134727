import {compareCalendarDates} from './calendar-date.js'
import type {EventDate} from './event-date.js'
import type {NewsItem} from './news-item.js'

const partRank = {early: 0, mid: 1, late: 2} as const

/**
 * Compare two event dates in time order: by start, then part of month
 * (early, mid, late), then end (shorter first); `null` (no date) sorts last.
 *
 * @returns A negative number, zero or a positive number, as for `Array#sort`.
 */
export function compareEventDates(left: EventDate | null, right: EventDate | null): number {
  if (!left || !right) return left ? -1 : right ? 1 : 0
  return (
    compareCalendarDates(left.start, right.start) ||
    (left.part === undefined ? -1 : partRank[left.part]) - (right.part === undefined ? -1 : partRank[right.part]) ||
    compareCalendarDates(left.end ?? left.start, right.end ?? right.start)
  )
}

/**
 * Compare two items by date, then by id, so that any list sorts the same way every time.
 *
 * @returns A negative number, zero or a positive number, as for `Array#sort`.
 */
export function compareItems(left: NewsItem, right: NewsItem): number {
  return compareEventDates(left.date, right.date) || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0)
}

/** Options for {@link sortItems}. */
export interface SortItemsOptions {
  /** `'newest'` puts the latest event first (optional, default `'oldest'`). */
  order?: 'oldest' | 'newest'
}

/**
 * Return a new array of items sorted by event date (stable, ties broken by id).
 *
 * @param items Items to sort; not changed.
 * @param options Sort order (optional).
 * @example
 *   sortItems(items, {order: 'newest'})[0] // the latest item
 */
export function sortItems<T extends NewsItem>(items: readonly T[], options: SortItemsOptions = {}): T[] {
  const sign = options.order === 'newest' ? -1 : 1
  return [...items].sort((a, b) => sign * compareItems(a, b))
}
