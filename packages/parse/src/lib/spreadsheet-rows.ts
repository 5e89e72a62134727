import {readLabelKind, type FormField, type FormFieldKind, type FormRecord} from './read-form-record.js'
import {scanDateWording} from './scan-date-wording.js'

/** The columns of a spreadsheet's rows pasted or exported as text (see {@link readTableHeader}). */
export interface TableColumns {
  /** What each column's values are, in order (`undefined` for a column this reader does not know). */
  kinds: Array<FormFieldKind | undefined>
  /** The character between cells: a tab (pasted or `.tsv`), a comma (`.csv`), or `''` for columns aligned with spaces. */
  separator: '\t' | ',' | ''
  /** For columns aligned with spaces (a PDF's table converted with its layout), where each column starts in a line. */
  starts?: number[]
}

// Column names that hold a row's report in a spreadsheet (as a form's `Summary:` does), besides a form's own labels.
const narrativeColumns = new Set(['activity', 'activities', 'event', 'events', 'description', 'news', 'item', 'text', 'report', 'details', 'activity/event', 'what happened'])
// Two tabs; three short cells between commas, with no sentence's mark (`No.,Date,City,Country,Description`).
const twoTabs = /\t[^\t]*\t/
const shortCells = /^(?!.*\.\s)[^,;!?]{1,40}(?:,[^,;!?]{0,40}){2,}$/
// At least this many cells, and this many known columns, make a header row.
const minColumns = 3
const minKnown = 2

/**
 * Read the header row of a spreadsheet pasted or exported as text
 * (`Date⇥City⇥Country⇥Activity⇥Partners⇥Participants`, or the same with
 * commas from a `.csv` file): three cells or more, two or more of them names
 * of known columns (a form's labels, or `Activity`, `Description`, `Event` for
 * the row's report).
 *
 * @param line The line, without its break.
 * @returns The columns, or `undefined` when the line is no header row.
 * @example
 *   readTableHeader('Date\tCity\tCountry\tActivity')?.kinds // ['date', 'place', 'place', 'narrative']
 */
export function readTableHeader(line: string): TableColumns | undefined {
  const separator = line.includes('\t') ? '\t' : line.includes(',') ? ',' : undefined
  // (A quick test first: a line of a text's paragraph has commas too, but longer pieces between them, and a sentence's
  // marks; a form's questions as a sheet's columns open with a short name, `Timestamp,Email Address,…`.)
  if (separator === undefined || !(separator === '\t' ? twoTabs : shortCells.test(line) || questionColumns.test(line))) return undefined
  const cells = splitTableRow(line, separator)
  // (Each column's name opens with a capital, as a header's do, and ends no sentence: `took place in Gothenburg, Sweden,
  // under the theme …` is a paragraph's line.)
  if (cells.length < minColumns || cells.some((cell) => cell.value.length > maxColumnName || (/\.\s*$/.test(cell.value) && cell.value.trim().length > 4) || !columnName.test(cell.value.trim()))) return undefined
  const kinds = cells.map((cell) => readColumnKind(cell.value.trim()))
  if (kinds.filter((kind) => kind !== undefined).length < minKnown || scanDateWording(line, line.length) !== undefined) return undefined
  return {kinds, separator}
}

// `Timestamp,Email Address,Name of your organisation,…`: a short first column, then more.
const questionColumns = /^[A-Z][\w .()/-]{0,30},[^,]/
// An answer that says there is none.
const noAnswer = /^(?:n\/?a|none|nil|no|not applicable|-+|—|–)\.?$/i
// A column's name: empty, or opening with a capital, a figure, `#` or `(`, without a typographic quotation mark.
const columnName = /^(?:$|[\p{Lu}\d#(][^“”«»]*$)/u
// Most characters of a column's name (a form's question).
const maxColumnName = 150

// What a column's name says its cells hold, when it is no form's label: a form's question as a sheet's column
// (`Date(s) of the activity`, `City and country`, `Partner organisations (if any)`, `Please describe the activity`).
// (Not a question to answer yes or no: `May we share your report?`.)
const yesNoQuestion = /^(?:may|can|do|does|is|are|would|will|should)\b/i
const columnWords: ReadonlyArray<[RegExp, FormFieldKind]> = [
  [/\b(?:describe|description|summary|narrative|what happened|details?)\b/i, 'narrative'],
  [/\bdates?\b|\bwhen\b/i, 'date'],
  [/\b(?:participants?|attendance|attendees|headcount|number of (?:people|persons))\b/i, 'participants'],
  [/\b(?:city|cities|country|countries|venue|location|place|where)\b/i, 'place'],
  [/\b(?:organi[sz]ations?|partners?|hosts?|organi[sz]ers?|sponsors?)\b/i, 'organizations'],
  [/\b(?:theme|topic)\b/i, 'theme']
]

/**
 * What a column's name says its cells hold (a form's label, a report's column, a form's question), if known.
 *
 * @param name The column's name (`Date`, `No. of participants`, `City and country`).
 */
export function readColumnKind(name: string): FormFieldKind | undefined {
  const kind = readNamedColumnKind(name)
  if (kind !== undefined || yesNoQuestion.test(name)) return kind
  for (const [pattern, found] of columnWords) if (pattern.test(name)) return found
  return undefined
}

/** What a column's name says its cells hold when it is a report's column or a form's label (`Activity`, `Venue`). */
function readNamedColumnKind(name: string): FormFieldKind | undefined {
  return narrativeColumns.has(name.toLowerCase()) ? 'narrative' : readLabelKind(name)
}

// Cells of a header aligned with spaces: words, set apart by two spaces or more.
const alignedCell = /\S+(?: \S+)*/g

/**
 * Read the header row of a table whose columns are aligned with spaces, as a
 * converter that keeps a PDF's layout writes it (`Date            City/Country
 * Activity            Participants`): three cells or more set apart by two
 * spaces or more, two or more of them names of known columns.
 *
 * @param line The line, without its break (its leading white space included).
 * @returns The columns with where each starts, or `undefined`.
 */
export function readAlignedHeader(line: string): TableColumns | undefined {
  if (!/\S {2,}\S.* {2,}\S/.test(line)) return undefined
  const kinds: Array<FormFieldKind | undefined> = []
  const starts: number[] = []
  for (const match of line.matchAll(alignedCell)) {
    const name = match[0]
    kinds.push(readNamedColumnKind(name))
    starts.push(match.index)
  }
  if (kinds.length < minColumns || kinds.filter((kind) => kind !== undefined).length < minKnown) return undefined
  return {kinds, separator: '', starts}
}

/**
 * Split a spreadsheet's row into its cells, with the offset of each value in
 * the row (a `.csv` cell in double quotes without them, `""` inside it one
 * quotation mark's two characters, as written).
 *
 * @param row The row's text (a `.csv` row may hold line breaks inside quotes).
 * @param separator The character between cells.
 * @returns The cells.
 */
export function splitTableRow(row: string, separator: '\t' | ','): Array<{value: string; start: number}> {
  const cells: Array<{value: string; start: number}> = []
  let at = 0
  while (at <= row.length) {
    if (separator === ',' && row[at] === '"') {
      // A quoted cell runs to the quote that is not doubled.
      let end = at + 1
      while (end < row.length && !(row[end] === '"' && row[end + 1] !== '"')) end += row[end] === '"' ? 2 : 1
      cells.push({value: row.slice(at + 1, end), start: at + 1})
      const next = row.indexOf(separator, end)
      at = next === -1 ? row.length + 1 : next + 1
      continue
    }
    const next = row.indexOf(separator, at)
    const end = next === -1 ? row.length : next
    cells.push({value: row.slice(at, end), start: at})
    at = end + 1
  }
  return cells
}

/**
 * Whether a `.csv` row goes on over the next line: a quoted cell is still open.
 *
 * @param row The row so far.
 */
export function isOpenRow(row: string): boolean {
  let quotes = 0
  for (let index = 0; index < row.length; index++) if (row.charCodeAt(index) === 34) quotes++
  return quotes % 2 === 1
}

/**
 * Read a spreadsheet's row as a reporting form (see `readFormRecord`): each
 * cell of a known column is a field (the `Date` cell where the item's date is
 * read, the `City` and `Country` cells one place, the row's report its
 * narrative).
 *
 * @param row The row's text.
 * @param columns The sheet's columns.
 * @returns The form, or `undefined` when the row holds no known cell with a value.
 */
export function readTableRow(row: string, columns: TableColumns, indent = 0): FormRecord | undefined {
  if (columns.starts) return readAlignedRow(row, columns, columns.starts, indent)
  const fields: FormField[] = []
  const cells = splitTableRow(row, columns.separator === '' ? '\t' : columns.separator)
  for (const [index, cell] of cells.entries()) {
    const kind = columns.kinds[index]
    const written = cell.value.trim()
    // (A `.csv` cell's doubled quotation marks are one; an answer that says there is none, `N/A`, `none`, `-`, is none.)
    const value = written.includes('""') ? written.replace(/""/g, '"').replace(/^"(.*)"$/s, '$1') : written
    if (kind === undefined || value === '' || noAnswer.test(value)) continue
    const start = cell.start + (cell.value.length - cell.value.trimStart().length)
    addCellField(fields, value === written ? {kind, value, start} : {kind, value, start, joined: true}, columns.kinds[index - 1])
  }
  if (fields.length === 0) return undefined
  const record: FormRecord = {fields}
  // (A date cell the reader cannot read as a date, `2025-04`, leaves the date to the row's report: `April witnessed …`.)
  const dated = fields.find((field) => field.kind === 'date' && scanDateWording(field.value, field.value.length)?.opening === true) ?? fields.find((field) => field.kind === 'narrative')
  if (dated) record.dateAt = dated.start
  return record
}

/**
 * Read a row of a table aligned with spaces: each line cut at the columns' starts, a column's pieces over the row's
 * lines put together (a cell wrapped inside its column).
 *
 * @param row The row's text (its first line from its first character, the others whole).
 * @param columns The table's columns.
 * @param starts Where each column starts in a line.
 * @param indent How far the row's first line is indented (its white space is not in `row`).
 */
function readAlignedRow(row: string, columns: TableColumns, starts: readonly number[], indent: number): FormRecord | undefined {
  const pieces: Array<Array<{value: string; start: number}>> = starts.map(() => [])
  let lineStart = 0
  for (const [index, line] of row.split('\n').entries()) {
    // (The first line's text starts after its indent.)
    const shift = index === 0 ? indent : 0
    for (let column = 0; column < starts.length; column++) {
      const from = Math.max(0, starts[column]! - shift)
      // (A cell may run a little past the next column's start: it ends at the last gap of two spaces before it, or there.)
      const to = column + 1 < starts.length ? Math.max(from, starts[column + 1]! - shift) : line.length
      const text = line.slice(from, to)
      const value = text.trim()
      if (value !== '') pieces[column]!.push({value, start: lineStart + from + (text.length - text.trimStart().length)})
    }
    lineStart += line.length + 1
  }
  const fields: FormField[] = []
  for (const [column, cell] of pieces.entries()) {
    const kind = columns.kinds[column]
    if (kind === undefined || cell.length === 0) continue
    const value = cell.map((piece) => piece.value).join(' ').replace(/- (?=\d)/g, '-')
    const field: FormField = {kind, value, start: cell[0]!.start}
    if (cell.length > 1) field.joined = true
    addCellField(fields, field, columns.kinds[column - 1])
  }
  if (fields.length === 0) return undefined
  const record: FormRecord = {fields}
  const dated = fields.find((field) => field.kind === 'date' && !field.joined && scanDateWording(field.value, field.value.length)?.opening === true) ?? fields.find((field) => field.kind === 'narrative')
  if (dated) record.dateAt = dated.start
  return record
}

/**
 * Add a cell's field to its row's: a place in the column after another place's is joined to it (`Suva` under City and
 * `Fiji` under Country are one place: `Suva, Fiji`).
 *
 * @param fields The row's fields so far.
 * @param field The cell's field.
 * @param previousKind What the column before the cell's holds.
 */
function addCellField(fields: FormField[], field: FormField, previousKind: FormFieldKind | undefined): void {
  const last = fields.at(-1)
  if (field.kind === 'place' && last?.kind === 'place' && previousKind === 'place') last.value = `${last.value}, ${field.value}`
  else fields.push(field)
}
