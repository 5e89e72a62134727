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

// A word is what `/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu` matches, read by character codes (see `findWord`).
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
const onlyDigits = /^\p{N}+$/u
const letterChar = /^\p{L}$/u
const numberChar = /^\p{N}$/u
const letterBit = 1
const numberBit = 2

/** Whether the code point at `index` is a letter (`letterBit`), a number (`numberBit`) or neither (`0`); ASCII by arithmetic. */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) {
    const lower = code | 0x20
    if (lower >= 0x61 && lower <= 0x7a) return letterBit
    return code >= 0x30 && code <= 0x39 ? numberBit : 0
  }
  const char = String.fromCodePoint(text.codePointAt(index)!)
  return letterChar.test(char) ? letterBit : numberChar.test(char) ? numberBit : 0
}

/** Code units of the code point at `index`: 2 for a surrogate pair, else 1. */
function pointLength(text: string, index: number): number {
  return text.codePointAt(index)! > 0xffff ? 2 : 1
}

// Where the word `findWord` found last ends.
let wordEnd = 0

/**
 * Where the next word at or after `from` starts (`-1` when none), with its end in `wordEnd`: a run of
 * letters and numbers, then any `'` or `’` each followed by letters. What the pattern below finds from
 * `lastIndex` `from`, without a match object per word.
 */
function findWord(text: string, from: number): number {
  const length = text.length
  let index = from
  while (index < length && classAt(text, index) === 0) index += pointLength(text, index)
  if (index >= length) return -1
  const start = index
  while (index < length && classAt(text, index) !== 0) index += pointLength(text, index)
  while (index + 1 < length) {
    const code = text.charCodeAt(index)
    if ((code !== 0x27 && code !== 0x2019) || (classAt(text, index + 1) & letterBit) === 0) break
    index++
    while (index < length && (classAt(text, index) & letterBit) !== 0) index += pointLength(text, index)
  }
  wordEnd = index
  return start
}

/** Whether `index` falls between the two halves of a surrogate pair, where the pattern would not start a search. */
function isInsidePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  const before = text.charCodeAt(index - 1)
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff
}

const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu

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
  const text = item.text
  let from = item.after ?? 0
  if (isInsidePair(text, from)) {
    // A start inside a surrogate pair: leave it to the pattern.
    const pattern = wordPattern
    pattern.lastIndex = from
    let match: RegExpExecArray | null
    while (words.length < keyWordCount && (match = pattern.exec(text)) !== null) addWord(words, match[0])
  } else {
    while (words.length < keyWordCount) {
      const start = findWord(text, from)
      if (start === -1) break
      addWord(words, text.slice(start, wordEnd))
      from = wordEnd
    }
  }
  return makeSlug(`${item.date?.start ?? 'undated'} ${words.join(' ')}`)
}

/** Add a word to the key words unless it is a bare number or a stop word. */
function addWord(words: string[], found: string): void {
  const word = hasApostrophe(found) ? found.replace(/['’]/g, '') : found
  if (!isNumber(word) && !stopWords.has(word.toLowerCase())) words.push(word)
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
