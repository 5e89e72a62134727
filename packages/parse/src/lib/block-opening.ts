import type {Block} from './block.js'
import {findChatDateStart} from './chat-export.js'
import {isByline} from './looks-like-boilerplate.js'
import {isPipeTable} from './pipe-table.js'
import {readFormRecord, type FormRecord} from './read-form-record.js'
import {readTableRow} from './spreadsheet-rows.js'
import {readYamlEntry} from './yaml-entries.js'
import {scanOpeningDate, type OpeningScan} from './scan-date-wording.js'

/**
 * Whether a paragraph opens with a date and says more than it (`On May 5, …`),
 * so it is an item; a line that is only a date is a heading.
 *
 * @param block The paragraph.
 */
export function opensWithDate(block: Block): boolean {
  // (Nor does a Markdown table that sums up the items: its first row's date is no paragraph's.)
  // (Nor a byline: `By Jun Abellana`.)
  if (block.chrome || isPipeTable(block.text) || isByline(block.text)) return false
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
  // (A spreadsheet's row is a form whose labels are the sheet's columns.)
  const form = block.columns ? readTableRow(block.text, block.columns, block.rowIndent) : block.yaml ? readYamlEntry(block.text) : readFormRecord(block.text)
  forms.set(block, {text: block.text, form})
  return form
}

/**
 * Where a paragraph's date is read from: after a post's standfirst (see `Block.standfirst`), at a form's date
 * field (see `FormRecord.dateAt`), in a chat's message at the first of its first sentences that holds a date, else at
 * its start.
 *
 * @param block The paragraph.
 */
export function findDateStart(block: Block): number {
  // (A chat's message may greet or apologize first: `Sorry for posting so late. On 20 February, …`.)
  if (block.chat === 'message') return findChatDateStart(block.text) ?? 0
  return block.standfirst ?? readBlockForm(block)?.dateAt ?? readRunInHeading(block.text)?.end ?? 0
}

/** A paragraph's run-in heading in bold (see `readRunInHeading`). */
export interface RunInHeading {
  /** The heading's words, without its number and its final period (`Museum Mornings for Newcomer Families`). */
  title: string
  /** Offset where the paragraph's own text begins, after the heading and its space. */
  end: number
}

// `**1. Museum Mornings for Newcomer Families.** On the morning of …`: Markdown's bold (or `__`) around a short
// heading that opens the paragraph, then its text.
const runInHeading = /^(\*\*|__)([^*_\n]{2,150}?)\1[ \t]+(?=\S)/
const headingNumber = /^\d{1,3}[.)]\s+/

// `China study tour. From November 5 to 11, …`: a short label, without figures or commas, ending with a point, before
// the sentence that opens with the item's date (a web page's `<strong>` lead-in, read as text). (Not a field's name
// before its colon, `Date: 11 January 2021`, nor a dateline, `PORTLAND, Ore. — On Tuesday, Feb. 4, …`.)
const runInLabel = /^\p{Lu}[^.,:;!?\d\n“”"]{1,80}?\.[ \t]+(?=\S)/u
const maxLabelWords = 10

/**
 * The run-in heading a paragraph opens with: in bold (`**1. Museum Mornings for Newcomer Families.** On the morning
 * of Jan. 7th, …`), as a Markdown export writes a numbered item's name, or a short label before a sentence that opens
 * with a date (`China study tour. From November 5 to 11, …`, a web page's lead-in in bold): the item's headline, its
 * text after it. Not a date in bold (`**On July 10** the forum …`), which is the item's opening date.
 *
 * @param text The paragraph.
 * @returns The heading, or `undefined`.
 */
export function readRunInHeading(text: string): RunInHeading | undefined {
  if (text.charCodeAt(0) !== 0x2a && text.charCodeAt(0) !== 0x5f) return readRunInLabel(text)
  const match = runInHeading.exec(text)
  if (match === null) return undefined
  const words = match[2]!.trim()
  if (scanOpeningDate(words).wording?.opening === true) return undefined
  const title = words.replace(headingNumber, '').replace(/[.:]$/, '').trim()
  return title === '' ? undefined : {title, end: match[0].length}
}

/** A short label before a sentence that opens with the item's date (see `readRunInHeading`). */
function readRunInLabel(text: string): RunInHeading | undefined {
  const match = runInLabel.exec(text)
  if (match === null) return undefined
  const title = match[0].trim().slice(0, -1).trim()
  // (A few words, no date of their own, and the item's date right after them.)
  if (title.split(/\s+/).length > maxLabelWords || scanOpeningDate(title).wording !== undefined) return undefined
  return scanOpeningDate(text.slice(match[0].length)).wording?.opening === true ? {title, end: match[0].length} : undefined
}

/** A date line over an item's text, read with it (see `readDateLine`). */
export interface DateLine {
  /** Offset where the item's own text begins, after the date line and its line break. */
  end: number
  /** The place after a bar or a middle dot (`| 📍 Almaty, Kazakhstan` → `Almaty, Kazakhstan`), if any. */
  place?: string
  /** The headline after a dash (`– Sewing Workshop for Refugee Women`), if any. */
  headline?: string
}

// The label's emoji (`📍`), which says what the place is, as a pin on a map does.
const leadingPictographs = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u

/**
 * Where the item's own text begins after a first line that is only a date (`07.07.2025`, `July 7, 2025`), as a
 * web page's post keeps the day it was posted over its text; `undefined` when the first line is more than a date or
 * nothing follows it.
 *
 * @param block The item's paragraph.
 * @returns The offset after the date line and its line breaks.
 */
export function readBareDateLine(block: Block): number | undefined {
  const first = readFirstLineDate(block)
  if (first === undefined || first.line.slice(first.dateEnd).trim().replace(/[.,:;]$/, '') !== '') return undefined
  const text = block.text
  let end = first.line.length
  while (end < text.length && /\s/.test(text[end]!)) end++
  return end < text.length ? end : undefined
}

/** The first line of a block that opens with a date ending on that line, and where the date ends; else `undefined`. */
function readFirstLineDate(block: Block): {line: string; dateEnd: number} | undefined {
  const text = block.text
  const lineEnd = text.indexOf('\n')
  if (lineEnd === -1 || findDateStart(block) !== 0) return undefined
  const {wording} = scanBlockOpening(block)
  if (wording?.opening !== true || wording.to > lineEnd) return undefined
  return {line: text.slice(0, lineEnd), dateEnd: wording.to}
}

/**
 * The date line an item's text opens with, on a line of its own (`📅 10 Jan 2025 | 📍 Almaty, Kazakhstan`,
 * `🗓 12–16 January · Bishkek`, `13.03.2024 – Aral Sea Photo Exhibition Opens in Shymkent`), when a post keeps it
 * with its text: its place or its headline, and where the text begins. The block's opening scan (see
 * `scanBlockOpening`) gives the date.
 *
 * @param block The item's paragraph.
 * @returns The date line, or `undefined` when the first line is not one.
 */
export function readDateLine(block: Block): DateLine | undefined {
  const first = readFirstLineDate(block)
  if (first === undefined) return undefined
  const {line} = first
  const rest = line.slice(first.dateEnd, findTrailingMarks(line))
  if (!isDateLabel(rest)) return undefined
  const dateLine: DateLine = {end: line.length + 1}
  const bar = barLabel.exec(rest)
  if (bar) dateLine.place = rest.replace(/^\s*[|·•]\s*/, '').replace(leadingPictographs, '').trim()
  else {
    const headline = dashHeadline.exec(rest)
    if (headline) dateLine.headline = headline[1]!.trim()
  }
  return dateLine
}
