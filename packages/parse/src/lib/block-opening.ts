import type {Block} from './block.js'
import {readFormRecord, type FormRecord} from './read-form-record.js'
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
  // (So does a date with a place after a bar: `10.01.2025 | Istanbul`.)
  // (And a date before a dash and a headline in title case: `16.02.2024 – Sewing Workshop for Refugee Women`.)
  const end = findTrailingMarks(block.text)
  return wording.to < end && hasLetter.test(block.text) && !isDateLabel(block.text.slice(wording.to, end))
}

/**
 * Whether what follows a date on its line labels it rather than opening an
 * item's text: a place after a bar (`| Istanbul`), or a headline in title case
 * after a dash (`– Sewing Workshop for Afghan Refugee Women`).
 *
 * @param rest The line after its date, without its trailing marks.
 */
export function isDateLabel(rest: string): boolean {
  if (barLabel.test(rest)) return true
  const headline = dashHeadline.exec(rest)
  if (!headline) return false
  const words = headline[1]!.split(/\s+/).filter((word) => word.length > 3)
  return words.length > 0 && words.filter((word) => /^[\p{Lu}\d“"«]/u.test(word)).length / words.length >= 0.75
}

// `– Sewing Workshop …`: a dash, then a short line without a sentence's mark.
const dashHeadline = /^\s*[–—-]\s+([^.!?\n]{3,120})$/

/**
 * Whether a paragraph is only a date (`January 2018`, `March:`, `10.01.2025 | Istanbul`), a heading
 * that dates the undated items under it.
 *
 * @param block The paragraph.
 */
export function isDateHeading(block: Block): boolean {
  if (block.chrome) return false
  const {wording} = scanBlockOpening(block)
  // (Or a date with figures only after it: a date cell's range, `2024.01.12–16`, `2024.01.23–03.01`.)
  if (wording?.opening !== true) return false
  const end = findTrailingMarks(block.text)
  // (Or a date and a label after a bar: a dateline's place, `10.01.2025 | Istanbul`.)
  return wording.to >= end || !hasLetter.test(block.text) || barLabel.test(block.text.slice(wording.to, end))
}

const barLabel = /^\s*[|·•]\s*[^.!?|\n]{1,40}$/

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
  const from = findDateStart(block)
  const scan = from === 0 ? scanOpeningDate(block.text) : scanFrom(block.text, from)
  openingScans.set(block, {text: block.text, scan})
  return scan
}

/** The date the text opens with from `from` on, at its place in the whole text. */
function scanFrom(text: string, from: number): OpeningScan {
  const scan = scanOpeningDate(text.slice(from))
  if (scan.wording === undefined) return scan
  return {...scan, wording: {...scan.wording, from: scan.wording.from + from, to: scan.wording.to + from}}
}

// The form each block is, read once per block and text (see `readFormRecord`).
const forms = new WeakMap<Block, {text: string; form: FormRecord | undefined}>()

/**
 * The reporting form a paragraph is (see `readFormRecord`), read once per paragraph: never a heading's.
 *
 * @param block The paragraph.
 */
export function readBlockForm(block: Block): FormRecord | undefined {
  if (block.tag === 'heading' || block.tag === 'title' || block.chrome) return undefined
  const known = forms.get(block)
  if (known !== undefined && known.text === block.text) return known.form
  const form = readFormRecord(block.text)
  forms.set(block, {text: block.text, form})
  return form
}

/**
 * Where a paragraph's date is read from: after a post's standfirst (see `Block.standfirst`), at a form's date
 * field (see `FormRecord.dateAt`), else at its start.
 *
 * @param block The paragraph.
 */
export function findDateStart(block: Block): number {
  return block.standfirst ?? readBlockForm(block)?.dateAt ?? 0
}
