import {compareItems, type NewsItem} from '@sironet/model'
import {getDateRange} from './date-range.js'
import type {ResolvedOptions} from './options.js'

/** Items in feed order with the date the whole document carries. */
export interface PreparedItems {
  /** Items, latest first day first (undated last), ties broken by the model's order. */
  items: NewsItem[]
  /** `buildDate`, else the newest item's date, else the Unix epoch (for an empty feed). */
  updated: Date
}

/**
 * Put items in feed order, newest first by the day each is dated on (so “late
 * May”, dated 21 May, comes after 25 May), and find the document's date
 * without reading the clock, so the same items always give the same bytes.
 *
 * @param caller Name of the public function, for errors.
 * @param items Items as passed by the caller.
 * @param options Resolved options.
 */
export function prepareItems(caller: string, items: readonly NewsItem[], options: ResolvedOptions): PreparedItems {
  if (!Array.isArray(items)) {
    throw new TypeError(`Cannot call \`${caller}\` without items. Pass an array of \`NewsItem\` records (it may be empty).`)
  }
  const keyed = items.map((item) => {
    const day = item.date ? getDateRange(item.date).first : ''
    // `YYYY-MM-DD` as the number `YYYYMMDD` orders as the text does, and
    // numbers compare far faster than strings in a sort of many items.
    return {item, day, rank: day === '' ? -1 : day.length === 10 ? Number(day.replaceAll('-', '')) : Number.NaN}
  })
  if (keyed.every((entry) => Number.isInteger(entry.rank))) {
    keyed.sort((left, right) => (left.rank === right.rank ? compareItems(right.item, left.item) : right.rank - left.rank))
  } else {
    keyed.sort((left, right) =>
      left.day === right.day ? compareItems(right.item, left.item) : left.day < right.day ? 1 : -1
    )
  }
  const newest = keyed[0]?.day
  const updated = options.buildDate ?? (newest ? new Date(`${newest}T00:00:00Z`) : new Date(0))
  return {items: keyed.map((entry) => entry.item), updated}
}
