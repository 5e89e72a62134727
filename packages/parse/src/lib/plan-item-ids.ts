import {continueHash, HashTable64, startHash, toHex, Uint32List} from './hash-table.js'
import {normalizeForIds} from './make-item-ids.js'

/** How each item’s final id is made from its base id and its text hash. */
export interface ItemIdPlan {
  /** Per item: `0` the base id, `1` base and 6 hex digits, `2` base and 16 hex digits. */
  modes: Uint8Array
  /** Items whose id also needs a number (`-2`, `-3` …), by item index. */
  numbers: Map<number, number>
}

/**
 * Collects, per item, the 64-bit hashes of its base id and of its text, and
 * works out the same ids as `makeItemIds` from them alone: 16 bytes an item
 * instead of its text or id. (Two different base ids, or ids, with the same
 * 64-bit hash would be taken for one: about one chance in 10^9 for 300,000 items.)
 */
export class ItemIdPlanner {
  private readonly baseFirst = new Uint32List()
  private readonly baseSecond = new Uint32List()
  private readonly textFirst = new Uint32List()
  private readonly textSecond = new Uint32List()

  /** Number of items added. */
  get count(): number {
    return this.baseFirst.length
  }

  /**
   * Add the next item.
   *
   * @param base Its base id (what `makeItemIds` gives it alone).
   * @param text Its text.
   */
  add(base: string, text: string): void {
    const baseHash = continueHash(startHash(), base)
    const textHash = continueHash(startHash(), normalizeForIds(text))
    this.baseFirst.push(baseHash[0]!)
    this.baseSecond.push(baseHash[1]!)
    this.textFirst.push(textHash[0]!)
    this.textSecond.push(textHash[1]!)
  }

  /**
   * Work out every item’s final id, as `makeItemIds` does: items sharing a
   * base get 6 hex digits of their hash, those still sharing one 16, and any
   * left the same a number, in document order.
   *
   * @returns The plan.
   */
  resolve(): ItemIdPlan {
    const count = this.count
    const state = new Uint32Array(2)
    const baseCounts = new HashTable64(1)
    for (let index = 0; index < count; index++) {
      const {slot} = baseCounts.add(this.baseFirst.at(index), this.baseSecond.at(index))
      baseCounts.set(slot, Math.min(2, baseCounts.get(slot) + 1))
    }
    const shared = new Uint8Array(count)
    const firstIds = new Uint32Array(count * 2)
    const idCounts = new HashTable64(1)
    for (let index = 0; index < count; index++) {
      this.baseState(index, state)
      if (baseCounts.get(baseCounts.find(state[0]!, state[1]!)) > 1) {
        shared[index] = 1
        continueHash(state, `-${this.hex(index).slice(0, 6)}`)
      }
      firstIds[index * 2] = state[0]!
      firstIds[index * 2 + 1] = state[1]!
      const {slot} = idCounts.add(state[0]!, state[1]!)
      idCounts.set(slot, Math.min(2, idCounts.get(slot) + 1))
    }
    const modes = new Uint8Array(count)
    const numbers = new Map<number, number>()
    const used = new HashTable64(0)
    for (let index = 0; index < count; index++) {
      if (idCounts.get(idCounts.find(firstIds[index * 2]!, firstIds[index * 2 + 1]!)) > 1) {
        modes[index] = 2
        continueHash(this.baseState(index, state), `-${this.hex(index)}`)
      } else {
        modes[index] = shared[index]!
        state[0] = firstIds[index * 2]!
        state[1] = firstIds[index * 2 + 1]!
      }
      if (used.add(state[0]!, state[1]!).added) continue
      const stem = Uint32Array.from(state)
      for (let number = 2; ; number++) {
        state.set(stem)
        continueHash(state, `-${number}`)
        if (used.add(state[0]!, state[1]!).added) {
          numbers.set(index, number)
          break
        }
      }
    }
    return {modes, numbers}
  }

  private baseState(index: number, state: Uint32Array): Uint32Array {
    state[0] = this.baseFirst.at(index)
    state[1] = this.baseSecond.at(index)
    return state
  }

  private hex(index: number): string {
    return toHex(this.textFirst.at(index), this.textSecond.at(index))
  }
}

/**
 * The final id of an item from the plan.
 *
 * @param plan The plan.
 * @param index The item’s index.
 * @param base Its base id.
 * @param text Its text.
 * @returns The id `makeItemIds` gives it.
 */
export function toPlannedId(plan: ItemIdPlan, index: number, base: string, text: string): string {
  const mode = plan.modes[index] ?? 0
  let id = base
  if (mode > 0) {
    const hash = continueHash(startHash(), normalizeForIds(text))
    const hex = toHex(hash[0]!, hash[1]!)
    id = `${base}-${mode === 1 ? hex.slice(0, 6) : hex}`
  }
  const number = plan.numbers.get(index)
  return number === undefined ? id : `${id}-${number}`
}
