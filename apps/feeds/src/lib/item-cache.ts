/** What {@link createItemCache} returns: a `WeakMap`-like store of at most `limit` entries. */
export interface ItemCache<K extends object, V> {
  /** Get what was remembered for a key, if it still is. */
  get(key: K): V | undefined
  /** Remember a value for a key. */
  set(key: K, value: V): void
}

/**
 * Remember a value per object (an item) weakly, for at most `limit` objects
 * at once (the memory is emptied when full), so renderings shared by RSS,
 * Atom and filtered feeds are made once without holding those of a whole
 * large corpus: a corpus of 100,000 items kept 300 MB more at its peak when
 * every item's HTML was remembered.
 *
 * @param limit Most objects remembered at once (optional, default `10000`).
 * @returns The store.
 */
export function createItemCache<K extends object, V>(limit = 10_000): ItemCache<K, V> {
  let store = new WeakMap<K, V>()
  let size = 0
  return {
    get: (key) => store.get(key),
    set(key, value) {
      if (size >= limit) {
        store = new WeakMap()
        size = 0
      }
      store.set(key, value)
      size++
    }
  }
}
