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
