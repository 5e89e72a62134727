import {compareItems, sortItems, type NewsItem} from '@sironet/model'

// `YYYY-MM` or `YYYY-MM-DD`, the model's event starts.
const startShape = /^\d{4}-\d{2}(?:-\d{2})?$/

/**
 * Sort items newest first in exactly the order of `sortItems(items, {order:
 * 'newest'})` of `@sironet/model`, but faster on large lists: each start
 * becomes a number once (`YYYYMMDD`, a month as `YYYYMM00`, so a month still
 * sorts before its days, as the model's text comparison has it), and only
 * items starting the same day are compared field by field. Undated items come
 * first, as in the model's newest-first order.
 *
 * @param items Records in any order; not changed.
 * @returns A new array, newest first.
 */
export function sortNewestFirst<T extends NewsItem>(items: readonly T[]): T[] {
  const keyed: Array<{item: T; rank: number}> = []
  for (const item of items) {
    const start = item.date?.start
    if (start !== undefined && !startShape.test(start)) return sortItems(items, {order: 'newest'})
    keyed.push({
      item,
      rank: start === undefined ? Number.POSITIVE_INFINITY : Number(start.slice(0, 4) + start.slice(5, 7) + (start.length === 10 ? start.slice(8, 10) : '00'))
    })
  }
  keyed.sort((left, right) => (left.rank === right.rank ? compareNewestFirst(left.item, right.item) : right.rank - left.rank))
  return keyed.map((entry) => entry.item)
}

// Most items that tie share a plain start (no part of a month, no end), where
// `compareItems` comes down to the ids: compared here without its calls.
function compareNewestFirst(left: NewsItem, right: NewsItem): number {
  const a = left.date
  const b = right.date
  if (a && b && a.start === b.start && a.part === undefined && b.part === undefined && a.end === undefined && b.end === undefined) {
    return left.id < right.id ? 1 : left.id > right.id ? -1 : 0
  }
  return compareItems(right, left)
}
