// A Markdown table's delimiter row: `|---|---|`, `| :--- | ---: |`.
const delimiterRow = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/

/**
 * Whether a paragraph is a Markdown pipe table (`| No. | Date | Activity |`, a `|---|---|` row, then its rows):
 * every line opens with a bar, and one is the delimiter row. Such a table sums up a report's items; its rows are
 * not read as items (a report that tables its items tells them in full below).
 *
 * @param text The paragraph.
 * @example
 *   isPipeTable('| No. | Date |\n|---|---|\n| 1 | 7 Jan |') // true
 */
export function isPipeTable(text: string): boolean {
  // (Most paragraphs open with a letter: they are read no further.)
  if (text.charCodeAt(0) !== 0x7c) return false
  let delimiter = false
  let lines = 0
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    if (line.charCodeAt(0) !== 0x7c) return false
    lines++
    if (!delimiter && delimiterRow.test(line)) delimiter = true
  }
  return delimiter && lines >= 3
}
