import {readPlainDay} from './date-range.js'

// The month names of English dates, as `Intl.DateTimeFormat('en', {month: 'long'})`
// writes them (`english-date.test.ts` compares every day of 1000–2100 and of
// sampled later years with the model's `formatEventDate`, which asks Intl).
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const plainMonth = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])$/

/**
 * Write one day (`YYYY-MM-DD`) or one month (`YYYY-MM`) in English, as
 * `formatEventDate({start}, 'en')` of `@sironet/model` does (`January 12, 2018`,
 * `January 2018`), without `Intl`: making its two date formats costs about
 * 15 ms of CPU time in a fresh process, and formatting each of the thousands
 * of distinct days of a feed about 1.5 µs more, which weighs on feeds of a few
 * thousand items (nearly a day apiece).
 *
 * @param start The start of an event date (example: `'2018-01-12'`).
 * @returns The text, or `undefined` for a day that does not exist or a year
 *   before 1000 (the caller asks the model then).
 * @example
 *   formatEnglishDate('2018-01-12') // 'January 12, 2018'
 */
export function formatEnglishDate(start: string): string | undefined {
  if (start.length === 7) return plainMonth.test(start) ? `${monthNames[Number(start.slice(5, 7)) - 1]!} ${start.slice(0, 4)}` : undefined
  const fields = readPlainDay(start)
  return fields === undefined ? undefined : `${monthNames[fields.month - 1]!} ${fields.date}, ${fields.year}`
}
