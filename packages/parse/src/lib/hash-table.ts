/**
 * Continue the 64-bit FNV-1a hash `hashText` computes (two 32-bit rounds)
 * over more text: `hashText(a + b, 16)` is the hex of
 * `continueHash(continueHash(start, a), b)`. Lets a stream hash `base-suffix`
 * ids from the hash of `base` without keeping `base`.
 *
 * @param state `[first, second]`, updated in place (start from {@link startHash}).
 * @param text Text to add.
 * @returns `state`.
 */
export function continueHash(state: Uint32Array, text: string): Uint32Array {
  let first = state[0]!
  let second = state[1]!
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 0x01000193)
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 15)
  }
  state[0] = first
  state[1] = second
  return state
}

/**
 * The state `hashText` starts from.
 *
 * @returns A new `[first, second]` state.
 */
export function startHash(): Uint32Array {
  return Uint32Array.of(0x811c9dc5, 0x01000193 ^ 0x5bd1e995)
}

/**
 * Hex digits of a hash state, as `hashText(text, 16)` gives them.
 *
 * @param first First 32 bits.
 * @param second Second 32 bits.
 * @returns 16 hex digits.
 */
export function toHex(first: number, second: number): string {
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0')
}

/**
 * A set of 64-bit keys (two 32-bit halves) with `width` 32-bit values each,
 * in typed arrays (open addressing): a few dozen bytes a key, outside the
 * JavaScript heap, where a `Map` of strings would take hundreds.
 */
export class HashTable64 {
  /** Number of keys. */
  size = 0
  private capacity = 1024
  private keys = new Uint32Array(this.capacity * 2)
  private taken = new Uint8Array(this.capacity)
  private values: Uint32Array

  /**
   * @param width 32-bit values kept per key (example: `2`).
   */
  constructor(private readonly width: number) {
    this.values = new Uint32Array(this.capacity * width)
  }

  /**
   * Find a key.
   *
   * @param first First half.
   * @param second Second half.
   * @returns Its slot, or `-1`.
   */
  find(first: number, second: number): number {
    const mask = this.capacity - 1
    for (let slot = this.home(first, second); ; slot = (slot + 1) & mask) {
      if (this.taken[slot] === 0) return -1
      if (this.keys[slot * 2] === first >>> 0 && this.keys[slot * 2 + 1] === second >>> 0) return slot
    }
  }

  /**
   * Find a key, adding it (with zero values) when absent.
   *
   * @param first First half.
   * @param second Second half.
   * @returns Its slot; `added` says whether it was new.
   */
  add(first: number, second: number): {slot: number; added: boolean} {
    // Grow at three quarters full: probes stay short, and a table of n keys takes 16 to 32 bytes a key (width 2).
    if ((this.size + 1) * 4 > this.capacity * 3) this.grow()
    const mask = this.capacity - 1
    for (let slot = this.home(first, second); ; slot = (slot + 1) & mask) {
      if (this.taken[slot] === 0) {
        this.taken[slot] = 1
        this.keys[slot * 2] = first
        this.keys[slot * 2 + 1] = second
        this.size++
        return {slot, added: true}
      }
      if (this.keys[slot * 2] === first >>> 0 && this.keys[slot * 2 + 1] === second >>> 0) return {slot, added: false}
    }
  }

  /**
   * A value of a slot.
   *
   * @param slot From {@link HashTable64.find} or {@link HashTable64.add}.
   * @param index Which value (example: `0`).
   */
  get(slot: number, index = 0): number {
    return this.values[slot * this.width + index]!
  }

  /**
   * Set a value of a slot.
   *
   * @param slot The slot.
   * @param value The value (an unsigned 32-bit number).
   * @param index Which value (optional, default `0`).
   */
  set(slot: number, value: number, index = 0): void {
    this.values[slot * this.width + index] = value
  }

  private home(first: number, second: number): number {
    return (Math.imul(first ^ (second >>> 7), 0x9e3779b1) >>> 0) & (this.capacity - 1)
  }

  private grow(): void {
    const {keys, taken, values, capacity, width} = this
    this.capacity = capacity * 2
    this.keys = new Uint32Array(this.capacity * 2)
    this.taken = new Uint8Array(this.capacity)
    this.values = new Uint32Array(this.capacity * width)
    this.size = 0
    for (let slot = 0; slot < capacity; slot++) {
      if (taken[slot] === 0) continue
      const {slot: next} = this.add(keys[slot * 2]!, keys[slot * 2 + 1]!)
      for (let index = 0; index < width; index++) this.values[next * width + index] = values[slot * width + index]!
    }
  }
}

/** A growable list of unsigned 32-bit numbers in a typed array. */
export class Uint32List {
  /** Number of values. */
  length = 0
  private data = new Uint32Array(1024)

  /**
   * Append a value.
   *
   * @param value An unsigned 32-bit number.
   */
  push(value: number): void {
    if (this.length === this.data.length) {
      const data = new Uint32Array(this.data.length * 2)
      data.set(this.data)
      this.data = data
    }
    this.data[this.length++] = value
  }

  /**
   * A value.
   *
   * @param index Its position.
   */
  at(index: number): number {
    return this.data[index]!
  }
}
