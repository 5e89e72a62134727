import type {NewsItem} from '@sironet/model'

/** The columns of {@link toCsv}, in order. */
export const csvColumns = [
  'id',
  'date_start',
  'date_end',
  'date_part',
  'headline',
  'summary',
  'countries',
  'cities',
  'organizations',
  'people',
  'participants',
  'participants_qualifier',
  'themes',
  'tags',
  'source_line'
] as const

/** Joins several values in one cell (example: `CN; FI`). */
export const csvListSeparator = '; '

// Characters a spreadsheet may read as the start of a formula (OWASP’s list).
const formulaStart = /^[=+\-@\t\r]/
const needsQuotes = /[",\r\n]/
const surrogate = /[\uD800-\uDFFF]/
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Make one CSV cell: prefix `'` where a spreadsheet would run the text as a
 * formula, then quote it when it holds a comma, quote or line break (quotes doubled).
 */
function toCell(value: string): string {
  // UTF-8 cannot hold an unpaired surrogate; say so with U+FFFD rather than leave it to the encoder.
  const text = surrogate.test(value) ? value.replace(loneSurrogate, '\uFFFD') : value
  const safe = formulaStart.test(text) ? `'${text}` : text
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

function toRow(item: NewsItem): string[] {
  return [
    item.id,
    item.date?.start ?? '',
    item.date?.end ?? '',
    item.date?.part ?? '',
    item.headline,
    item.summary,
    item.places.map((place) => place.country).join(csvListSeparator),
    item.places.flatMap((place) => (place.city ? [place.city] : [])).join(csvListSeparator),
    item.organizations.map((organization) => organization.name).join(csvListSeparator),
    item.people.map((person) => person.name).join(csvListSeparator),
    item.participants ? String(item.participants.value) : '',
    item.participants?.qualifier ?? '',
    item.themes.join(csvListSeparator),
    item.tags.join(csvListSeparator),
    `${item.source.bulletin}:${item.source.line}`
  ]
}

/**
 * Write records as CSV for spreadsheets: RFC 4180 (CRLF line ends, a header
 * row, fields with a comma, quote or line break quoted, quotes doubled), with a
 * UTF-8 byte order mark so Excel reads the text right. Lists share one cell,
 * joined by `; `. Cells starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return get a leading `'` so no spreadsheet runs them as a formula (CSV
 * injection); strip it if you read the file as data. Unpaired surrogates,
 * which UTF-8 cannot encode, become U+FFFD.
 *
 * @param items Records, written in the order given.
 * @returns The CSV text, starting with U+FEFF; write it as UTF-8.
 * @example
 *   fs.writeFileSync('items.csv', toCsv(sortItems(items)))
 */
export function toCsv(items: readonly NewsItem[]): string {
  if (!Array.isArray(items)) throw new TypeError('Cannot call `toCsv` without `items`. Pass an array of `NewsItem` records.')
  return [...streamCsv(items)].join('')
}

/**
 * The text of {@link toCsv} in pieces — the byte order mark and header, then
 * one row at a time, each ending in CRLF — for writing a large corpus without
 * holding the whole file in memory.
 *
 * @param items Records, written in the order given: an array or any iterable, read once (example: records read back from disk).
 * @returns Pieces that joined are `toCsv(items)`.
 * @example
 *   const out = fs.createWriteStream('items.csv')
 *   for (const piece of streamCsv(items)) out.write(piece)
 */
export function* streamCsv(items: readonly NewsItem[] | Iterable<NewsItem>): Generator<string, void, undefined> {
  if (typeof (items as Partial<Iterable<NewsItem>> | null)?.[Symbol.iterator] !== 'function' || typeof items === 'string') {
    throw new TypeError('Cannot call `streamCsv` without `items`. Pass an array (or any iterable) of `NewsItem` records.')
  }
  yield '\uFEFF' + csvColumns.join(',') + '\r\n'
  for (const item of items) yield toRow(item).map(toCell).join(',') + '\r\n'
}
