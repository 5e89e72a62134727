import {hashText} from './hash-text.js'
import {makeItemIds, type ItemIdInput} from './make-item-ids.js'

/** What an item’s id depends on, kept instead of its text by a streaming parse. */
export interface ItemIdKey {
  /** The id the item gets when no other item shares it (`2018-01-10-dialogue-…`). */
  base: string
  /** 16 hex digits of the hash of its normalized text; the short hash is its start. */
  hash: string
}

/**
 * What an item’s id depends on: its base id (what `makeItemIds` gives an item
 * alone) and the long hash of its text, white space normalized as ids see it.
 *
 * @param item Date, text and the end of the opening date wording.
 * @returns The key.
 */
export function toItemIdKey(item: ItemIdInput): ItemIdKey {
  return {base: makeItemIds([item])[0]!, hash: hashText(item.text.normalize('NFC').replace(/\s+/g, ' ').trim(), 16)}
}

/**
 * Give every item its final id from the keys of all items, as `makeItemIds`
 * does from their texts: items that share a base id get `-` and 6 hex digits
 * of their hash, those that still share one get 16 digits, and any left the
 * same are numbered `-2`, `-3` … in document order.
 *
 * @param keys One key per item, in document order.
 * @returns One id per item, unique.
 */
export function resolveItemIds(keys: readonly ItemIdKey[]): string[] {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key.base, (counts.get(key.base) ?? 0) + 1)
  const ids = keys.map((key) => (counts.get(key.base)! > 1 ? `${key.base}-${key.hash.slice(0, 6)}` : key.base))
  const seen = new Map<string, number>()
  for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1)
  const used = new Set<string>()
  return ids.map((id, index) => {
    let result = id
    if (seen.get(id)! > 1) result = `${keys[index]!.base}-${keys[index]!.hash}`
    let number = 2
    const stem = result
    while (used.has(result)) result = `${stem}-${number++}`
    used.add(result)
    return result
  })
}
