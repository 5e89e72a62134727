import {sortItems, type NewsItem} from '@sironet/model'
import {getItemDate} from './date-range.js'
import type {ResolvedOptions} from './options.js'

/** Items in feed order with the date the whole document carries. */
export interface PreparedItems {
  /** Items, newest event first, ties broken by id. */
  items: NewsItem[]
  /** `buildDate`, else the newest item's date, else the Unix epoch (for an empty feed). */
  updated: Date
}

/**
 * Put items in feed order (newest first) and find the document's date without
 * reading the clock, so the same items always give the same bytes.
 *
 * @param caller Name of the public function, for errors.
 * @param items Items as passed by the caller.
 * @param options Resolved options.
 */
export function prepareItems(caller: string, items: readonly NewsItem[], options: ResolvedOptions): PreparedItems {
  if (!Array.isArray(items)) {
    throw new TypeError(`Cannot call \`${caller}\` without items. Pass an array of \`NewsItem\` records (it may be empty).`)
  }
  const sorted = sortItems(items, {order: 'newest'})
  const newest = sorted.find((item) => item.date !== null)
  const updated = options.buildDate ?? (newest ? getItemDate(newest.date, new Date(0)) : new Date(0))
  return {items: sorted, updated}
}
