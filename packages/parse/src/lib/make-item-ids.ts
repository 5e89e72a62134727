import {makeSlug, type EventDate} from '@sironet/model'
import {hashText} from './hash-text.js'

/** What {@link makeItemIds} needs of each item. */
export interface ItemIdInput {
  /** The item’s date, or `null`. */
  date: EventDate | null
  /** The item’s text. */
  text: string
  /** Offset just after the date wording the item opens with, to skip it (optional, default `0`). */
  after?: number
}

// Little words that say nothing about which event an item reports.
const stopWords = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'to',
  'with',
  'by',
  'from',
  'as',
  'is',
  'was',
  'were',
  'be',
  'been',
  'its',
  'their',
  'this',
  'that',
  'into',
  'via',
  'under',
  'after',
  'during',
  'about',
  'between',
  'among',
  'it',
  'his',
  'her',
  'has',
  'have',
  'had',
  'are',
  'which',
  'who',
  'witnessed',
  'saw'
])

const keyWordCount = 5

const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
const onlyDigits = /^\p{N}+$/u

function hasApostrophe(word: string): boolean {
  return word.includes("'") || word.includes('’')
}

/** Whether a word is digits only; one opening with an ASCII letter is not, without a pattern. */
function isNumber(word: string): boolean {
  const lower = word.charCodeAt(0) | 0x20
  if (lower >= 0x61 && lower <= 0x7a) return false
  return onlyDigits.test(word)
}

/**
 * Text as ids see it: the same for the same words, whatever the white space
 * (NFC, white space collapsed, trimmed).
 *
 * @param text An item’s text.
 * @returns The text its id hash is taken of.
 */
export function normalizeForIds(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/**
 * The id an item gets when no other item shares it: its date (or `undated`)
 * and the first key words after the date wording.
 *
 * @param item Date, text and the end of the opening date wording.
 * @returns The base id (example: `'2018-01-10-dialogue-parliament-speakers-north-europe'`).
 */
export function makeBaseId(item: ItemIdInput): string {
  // Bare numbers would read as part of the date (`2018-01-13-…` for “In January, 13 volunteers”).
  const words: string[] = []
  // The shared pattern is safe: `lastIndex` is set before the loop, which calls nothing that uses it.
  const pattern = wordPattern
  pattern.lastIndex = item.after ?? 0
  let match: RegExpExecArray | null
  while (words.length < keyWordCount && (match = pattern.exec(item.text)) !== null) {
    const word = hasApostrophe(match[0]) ? match[0].replace(/['’]/g, '') : match[0]
    if (!isNumber(word) && !stopWords.has(word.toLowerCase())) words.push(word)
  }
  return makeSlug(`${item.date?.start ?? 'undated'} ${words.join(' ')}`)
}

/**
 * Make base ids unique as `makeItemIds` does: items that share a base id get
 * `-` and 6 hex digits of their text’s hash, those that still share one get
 * 16 digits, and any left the same are numbered `-2`, `-3` … in document order.
 *
 * @param bases Base ids, one per item, in document order.
 * @param hashOf The first `length` hex digits of the hash of item `index`’s normalized text, asked only for items that share an id.
 * @returns One id per item, unique.
 */
export function resolveItemIds(bases: readonly string[], hashOf: (index: number, length: 6 | 16) => string): string[] {
  const counts = new Map<string, number>()
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1)
  const ids = bases.map((base, index) => (counts.get(base)! > 1 ? `${base}-${hashOf(index, 6)}` : base))
  // Two different texts with the same short hash: lengthen the hash, then number them.
  const seen = new Map<string, number>()
  for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1)
  const used = new Set<string>()
  return ids.map((id, index) => {
    let result = id
    if (seen.get(id)! > 1) result = `${bases[index]}-${hashOf(index, 16)}`
    let number = 2
    const stem = result
    while (used.has(result)) result = `${stem}-${number++}`
    used.add(result)
    return result
  })
}

/**
 * Make ids for a bulletin’s items: the date (or `undated`) and the first key
 * words after it (`2018-01-10-dialogue-parliament-speakers-north-europe`).
 * Items whose ids would be the same all get a short hash of their own text
 * (`…-3fa2c1`), so an id depends only on its item: re-parsing gives the same
 * ids, and editing one item changes no other item’s id (unless the edit makes
 * it collide with another).
 *
 * @param items The items, in document order.
 * @returns One id per item, unique.
 * @example
 *   makeItemIds([{date: {start: '2018-01-10', text: 'On January 10'}, text: 'On January 10, the Dialogue …', after: 13}])
 *   // ['2018-01-10-dialogue-…']
 */
export function makeItemIds(items: readonly ItemIdInput[]): string[] {
  return resolveItemIds(items.map(makeBaseId), (index, length) => hashText(normalizeForIds(items[index]!.text), length))
}
