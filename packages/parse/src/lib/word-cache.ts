/**
 * A bounded cache from words (or short names) to values, for lookups made once
 * per token. A `Map` hashes every string it is asked about, and each token is a
 * new string, so a `Map` lookup costs a full hash of the word every time; this
 * cache looks first in a direct-mapped table indexed by the length and five
 * characters of the key and compares the one string found there, falling back
 * to a `Map` only when that slot holds another key. Answers are the `Map`'s.
 *
 * @example
 *   const lengths = new WordCache<number>()
 *   lengths.get('Beijing') ?? lengths.set('Beijing', 7) // 7
 */
export class WordCache<V> {
  private readonly keys: Array<string | undefined> = new Array<string | undefined>(slotCount).fill(undefined)
  private readonly values: Array<V | undefined> = new Array<V | undefined>(slotCount).fill(undefined)
  private readonly map = new Map<string, V>()

  /**
   * @param limit Keys kept before the cache starts over (optional, default `50_000`).
   */
  constructor(private readonly limit = 50_000) {}

  /**
   * The value kept for a key, or `undefined`.
   *
   * @param key Word or name.
   */
  get(key: string): V | undefined {
    const slot = slotOf(key)
    if (this.keys[slot] === key) return this.values[slot]
    const value = this.map.get(key)
    if (value !== undefined) {
      this.keys[slot] = key
      this.values[slot] = value
    }
    return value
  }

  /**
   * Keep a value for a key (it must not be `undefined`).
   *
   * @param key Word or name.
   * @param value Value.
   * @returns `value`.
   */
  set(key: string, value: V): V {
    // Bounded, so memory stays flat however much text goes through.
    if (this.map.size >= this.limit) {
      this.map.clear()
      this.keys.fill(undefined)
      this.values.fill(undefined)
    }
    this.map.set(key, value)
    const slot = slotOf(key)
    this.keys[slot] = key
    this.values[slot] = value
    return value
  }
}

const slotCount = 4096

/** Slot of a key: its length and first, second, middle, next-to-last and last code units. */
function slotOf(key: string): number {
  const length = key.length
  if (length === 0) return 0
  let hash = Math.imul(length, 0x9e3779b1) ^ key.charCodeAt(0)
  hash = Math.imul(hash, 0x01000193) ^ key.charCodeAt(length - 1)
  if (length > 2) {
    hash = Math.imul(hash, 0x01000193) ^ key.charCodeAt(1)
    hash = Math.imul(hash, 0x01000193) ^ key.charCodeAt(length >> 1)
    hash = Math.imul(hash, 0x01000193) ^ key.charCodeAt(length - 2)
  }
  return (hash ^ (hash >>> 13)) & (slotCount - 1)
}
