import {compareItems, getFirstEventDay, type NewsItem} from '@sironet/model'
import type {ResolvedOptions} from './options.js'

/** Items in feed order with the date the whole document carries. */
export interface PreparedItems {
  /** Items, latest first day first (undated last), ties broken by the model's order. */
  items: NewsItem[]
  /** `buildDate`, else the newest item's date, else the Unix epoch (for an empty feed). */
  updated: Date
}

interface Keyed {
  item: NewsItem
  day: string
  rank: number
}

// Ranks (`YYYYMMDD`, -1 for undated) stay below 10^8; `(rank + 1) * n + index`
// is then an exact integer for up to this many items.
const maxRanked = Math.floor(Number.MAX_SAFE_INTEGER / 1e8)

/**
 * Sort entries newest rank first, entries of the same rank by
 * `compareItems(right, left)`, in place: the order of sorting all of them with
 * that comparator (a stable sort), but the ranks are sorted as numbers in a
 * typed array, which needs no comparator call, and only the entries of each
 * rank (a dozen a day on large feeds) are compared item by item.
 */
function sortByRank(keyed: Keyed[]): void {
  const count = keyed.length
  if (count > maxRanked) {
    keyed.sort((left, right) => (left.rank === right.rank ? compareItems(right.item, left.item) : right.rank - left.rank))
    return
  }
  // Rank, then position in the input: equal ranks keep the input order, as a stable sort does.
  const keys = new Float64Array(count)
  for (let index = 0; index < count; index++) keys[index] = (keyed[index]!.rank + 1) * count + index
  keys.sort()
  const entries = keyed.slice()
  let at = 0
  let end = count
  while (end > 0) {
    const rank = entries[keys[end - 1]! % count]!.rank
    let start = end - 1
    while (start > 0 && entries[keys[start - 1]! % count]!.rank === rank) start--
    if (end - start === 1) {
      keyed[at++] = entries[keys[start]! % count]!
    } else {
      const group: Keyed[] = []
      for (let index = start; index < end; index++) group.push(entries[keys[index]! % count]!)
      group.sort((left, right) => compareItems(right.item, left.item))
      for (const entry of group) keyed[at++] = entry
    }
    end = start
  }
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
  const keyed: Keyed[] = items.map((item) => {
    const day = item.date ? getFirstEventDay(item.date) : ''
    // `YYYY-MM-DD` as the number `YYYYMMDD` orders as the text does, and
    // numbers compare far faster than strings in a sort of many items.
    return {item, day, rank: day === '' ? -1 : day.length === 10 ? Number(day.replaceAll('-', '')) : Number.NaN}
  })
  if (keyed.every((entry) => Number.isInteger(entry.rank))) {
    sortByRank(keyed)
  } else {
    keyed.sort((left, right) =>
      left.day === right.day ? compareItems(right.item, left.item) : left.day < right.day ? 1 : -1
    )
  }
  const newest = keyed[0]?.day
  const updated = options.buildDate ?? (newest ? new Date(`${newest}T00:00:00Z`) : new Date(0))
  return {items: keyed.map((entry) => entry.item), updated}
}
