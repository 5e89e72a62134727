/**
 * Remember the results of a pure function of one string, for at most `limit`
 * distinct arguments (the memory is emptied when full), so feeds of many
 * items with repeating dates and names format each only once.
 *
 * @param compute Pure function to remember.
 * @param limit Most arguments remembered at once (optional, default `10000`).
 * @returns The same function, faster on repeated arguments.
 */
export function memoize<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const cache = new Map<string, T>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      if (cache.size >= limit) cache.clear()
      value = compute(key)
      cache.set(key, value)
    }
    return value
  }
}

/**
 * Remember the results of a pure function of two strings in nested maps, at
 * most `limit` second arguments per first one. Cheaper than {@link memoize}
 * with a joined key when the arguments are strings the caller already holds
 * (a record's fields, an option): their hashes are computed once and kept,
 * whereas a joined key is a new string to hash on every call.
 *
 * @param compute Pure function to remember.
 * @param limit Most second arguments remembered per first one (optional, default `10000`).
 * @returns The same function, faster on repeated arguments.
 */
export function memoizeTwo<T>(compute: (first: string, second: string) => T, limit = 10_000): (first: string, second: string) => T {
  const caches = new Map<string, Map<string, T>>()
  return (first, second) => {
    let cache = caches.get(first)
    if (cache === undefined) {
      cache = new Map()
      caches.set(first, cache)
    }
    let value = cache.get(second)
    if (value === undefined) {
      if (cache.size >= limit) cache.clear()
      value = compute(first, second)
      cache.set(second, value)
    }
    return value
  }
}

/**
 * Remember the last result of a pure function of two strings: one entry, no
 * table. Feeds list their items by day, so the items of one day follow each
 * other and ask for the same text in a row, while a table of every day would
 * be filled once and hardly read on a feed of a few thousand items, whose days
 * are mostly distinct.
 *
 * @param compute Pure function to remember.
 * @returns The same function, faster on an argument pair repeated in a row.
 */
export function memoizeLast<T>(compute: (first: string, second: string) => T): (first: string, second: string) => T {
  let lastFirst: string | undefined
  let lastSecond: string | undefined
  let lastValue: T | undefined
  return (first, second) => {
    if (first !== lastFirst || second !== lastSecond) {
      lastValue = compute(first, second)
      lastFirst = first
      lastSecond = second
    }
    return lastValue as T
  }
}
