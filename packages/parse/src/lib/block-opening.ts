import type {Block} from './block.js'
import {scanOpeningDate, type OpeningScan} from './scan-date-wording.js'

/**
 * Whether a paragraph opens with a date and says more than it (`On May 5, …`),
 * so it is an item; a line that is only a date is a heading.
 *
 * @param block The paragraph.
 */
export function opensWithDate(block: Block): boolean {
  if (block.chrome) return false
  const {wording} = scanBlockOpening(block)
  if (wording?.opening !== true) return false
  // A line that is only a date (`January 2018`, `March:`, `2024.01.12–16`) heads the items under it.
  return wording.to < findTrailingMarks(block.text) && hasLetter.test(block.text)
}

/**
 * Whether a paragraph is only a date (`January 2018`, `March:`), a heading
 * that dates the undated items under it.
 *
 * @param block The paragraph.
 */
export function isDateHeading(block: Block): boolean {
  if (block.chrome) return false
  const {wording} = scanBlockOpening(block)
  // (Or a date with figures only after it: a date cell's range, `2024.01.12–16`, `2024.01.23–03.01`.)
  return wording?.opening === true && (wording.to >= findTrailingMarks(block.text) || !hasLetter.test(block.text))
}

const hasLetter = /\p{L}/u

const trailingMark = /[\s.:;,–—-]/

/**
 * Where the white space and punctuation that end a paragraph begin: its length
 * without them, read backwards from the end (a whole-text pattern would scan
 * every character of the paragraph and copy it).
 *
 * @param text The paragraph.
 */
function findTrailingMarks(text: string): number {
  let end = text.length
  while (end > 0 && trailingMark.test(text.charAt(end - 1))) end--
  return end
}

// The opening-date scan of each block, made once: classifying a block and reading its item both need it.
const openingScans = new WeakMap<Block, {text: string; scan: OpeningScan}>()

/**
 * The date a block opens with (see `scanOpeningDate`), scanned once per block
 * and text: the classification and the item reader share it.
 *
 * @param block The paragraph.
 * @returns The opening wording and whether it holds however far a reader looks.
 */
export function scanBlockOpening(block: Block): OpeningScan {
  const known = openingScans.get(block)
  if (known !== undefined && known.text === block.text) return known.scan
  const scan = scanOpeningDate(block.text)
  openingScans.set(block, {text: block.text, scan})
  return scan
}
