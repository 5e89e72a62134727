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
  const a = left.date
  const b = right.date
  // Most ties in a large corpus share a plain start (no part of a month, no
  // end), where the comparison comes down to the ids: checked first, cheaply.
  if (!(a && b && a.start === b.start && a.part === undefined && b.part === undefined && a.end === undefined && b.end === undefined)) {
    const byDate = compareEventDates(a, b)
    if (byDate !== 0) return byDate
  }
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0
}

// `YYYY-MM` or `YYYY-MM-DD`, the model's event starts.
const startShape = /^\d{4}-\d{2}(?:-\d{2})?$/

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
  // Each start becomes a number once (`YYYYMMDD`, a month as `YYYYMM00`, so a
  // month sorts before its days as the text does; no date after every date),
  // and only items starting the same day are compared field by field: the
  // same order as comparing every pair, far faster on large lists.
  const keyed: Array<{item: T; rank: number}> = []
  for (const item of items) {
    const start = item.date?.start
    if (start !== undefined && !startShape.test(start)) return [...items].sort((a, b) => sign * compareItems(a, b))
    keyed.push({
      item,
      rank: start === undefined ? Number.POSITIVE_INFINITY : Number(start.slice(0, 4) + start.slice(5, 7) + (start.length === 10 ? start.slice(8, 10) : '00'))
    })
  }
  keyed.sort((left, right) => (left.rank === right.rank ? sign * compareItems(left.item, right.item) : left.rank < right.rank ? -sign : sign))
  return keyed.map((entry) => entry.item)
}
