// A Markdown table's delimiter row: `|---|---|`, `| :--- | ---: |`.
const delimiterRow = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/

// A grid's border drawn in text: `+-----+------+`, `+=====+`, `┌───┬───┐`, `├───┼───┤`, `╔═══╗`.
const borderRow = /^(?:\+[-=+]{3,}\+|[┌├└╔╠╚╒╞╘╓╟╙][─━═┬┼┴╤╪╧╥╫╨╦╬╩]{3,}[┐┤┘╗╣╝╕╡╛╖╢╜])$/
// What a grid's lines open with: a bar, a border's corner, or a box-drawing line.
const gridStart = /^[|+│┃║┌├└╔╠╚╒╞╘╓╟╙]/

/**
 * Whether a line may be a line of a table drawn in text (see {@link isPipeTable}): it opens with a bar, a `+` corner
 * or a box-drawing character.
 *
 * @param line The line, trimmed.
 */
export function mayBeTableLine(line: string): boolean {
  return gridStart.test(line)
}

/**
 * Whether a paragraph is a table drawn in text: a Markdown pipe table (`| No. | Date | Activity |`, a `|---|---|`
 * row, then its rows), or a grid of an old reporting tool or a monospaced editor (`+-----+------+` borders and
 * `| 1 | 08/07/2020 |` rows, or box-drawing characters `┌───┬───┐`): every line opens with a bar or a border, and
 * one is a delimiter or border row (a note or two may close it). Such a table sums up a report's items; its rows are not read as items (a report
 * that tables its items tells them in full below).
 *
 * @param text The paragraph.
 * @example
 *   isPipeTable('| No. | Date |\n|---|---|\n| 1 | 7 Jan |') // true
 *   isPipeTable('+----+------+\n| No | Date |\n+----+------+') // true
 */
export function isPipeTable(text: string): boolean {
  // (Most paragraphs open with a letter: they are read no further.)
  if (!gridStart.test(text)) return false
  let delimiter = false
  let lines = 0
  let notes = 0
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    // (A note or two may close the table: `(continued on next page)`, `Note: figures are rounded.`)
    if (!gridStart.test(line)) {
      if (lines < 3 || ++notes > maxNotes) return false
      continue
    }
    if (notes > 0) return false
    lines++
    if (!delimiter && (delimiterRow.test(line) || borderRow.test(line))) delimiter = true
  }
  return delimiter && lines >= 3
}

// At most this many lines of notes under a table, before a blank line.
const maxNotes = 2

/**
 * Whether the lines of a block of text are a table drawn in text (see {@link isPipeTable}): three lines or more that
 * open with a bar or a border, then at most two lines of notes.
 *
 * @param lines The lines, trimmed.
 */
export function areTableLines(lines: readonly string[]): boolean {
  let grid = 0
  while (grid < lines.length && mayBeTableLine(lines[grid]!)) grid++
  return grid >= 3 && lines.length - grid <= maxNotes
}
