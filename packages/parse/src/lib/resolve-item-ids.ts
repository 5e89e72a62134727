import {hashText} from './hash-text.js'
import {normalizeForIds, resolveItemIds} from './make-item-ids.js'

/** What an item’s id depends on, kept instead of its text by a streaming parse. */
export interface ItemIdKey {
  /** The id the item gets when no other item shares it (`2018-01-10-dialogue-…`). */
  base: string
  /** 16 hex digits of the hash of its normalized text; the short hash is its start. */
  hash: string
}

/**
 * What an item’s id depends on: its base id (`makeBaseId`) and the long hash
 * of its text, white space normalized as ids see it.
 *
 * @param base The item’s base id.
 * @param text The item’s text.
 * @returns The key.
 */
export function toItemIdKey(base: string, text: string): ItemIdKey {
  return {base, hash: hashText(normalizeForIds(text), 16)}
}

/**
 * Give every item its final id from the keys of all items, as `makeItemIds`
 * does from their texts.
 *
 * @param keys One key per item, in document order.
 * @returns One id per item, unique.
 */
export function resolveKeyedIds(keys: readonly ItemIdKey[]): string[] {
  return resolveItemIds(
    keys.map((key) => key.base),
    (index, length) => keys[index]!.hash.slice(0, length)
  )
}
