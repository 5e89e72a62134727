import {isCalendarDate, type Period} from '@sironet/model'

/** A period read from a title, with where its wording stands. */
export interface PeriodReading {
  /** The months covered. */
  period: Period
  /** Offset of the wording in the text. */
  offset: number
  /** Length of the wording. */
  length: number
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthWord = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const dash = String.raw`\s*(?:[-\u2010-\u2015~/]|to|through|till|until)\s*`

// `(2018.1-2018.6)`, `2018/01–2018/06`, `2018.7-12`.
const numericRange = new RegExp(String.raw`(?<![\d.])(\d{4})[./](\d{1,2})${dash}(?:(\d{4})[./])?(\d{1,2})(?![\d.])`, 'iu')
// `2018 H1`, `H2 2018`, `2018H2`.
const half = /(?<![\p{L}\d])(?:(\d{4})\s*H([12])|H([12])\s*(\d{4}))(?![\p{L}\d])/iu
// `first half of 2018`, `second half 2018`.
const halfWords = /\b(first|second|1st|2nd)\s+half(?:\s+of)?(?:\s+the\s+year)?\s+(\d{4})\b/iu
// `Q1 2018`, `2018 Q3`.
const quarter = /(?<![\p{L}\d])(?:Q([1-4])\s*(\d{4})|(\d{4})\s*Q([1-4]))(?![\p{L}\d])/iu
// `January–June 2018`, `Jan-Jun 2018`, `December 2018 – May 2019`, with days too: `1 January–30 June 2025`,
// `January 1 – June 30, 2025`.
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`
const monthRange = new RegExp(
  String.raw`\b(?:${day}\s+)?(${monthWord})(?:\s+${day})?(?:\s*,?\s*(\d{4}))?${dash}(?:${day}\s+)?(${monthWord})(?:\s+${day})?\s*,?\s*(\d{4})\b`,
  'iu'
)
// `June 2018`.
const singleMonth = new RegExp(String.raw`\b(${monthWord})\s*,?\s*(\d{4})\b`, 'iu')

function monthOf(word: string): number {
  const prefix = word.toLowerCase().replace(/\.$/, '').slice(0, 3)
  return monthNames.findIndex((name) => name.startsWith(prefix)) + 1
}

function month(year: number | string, value: number): string {
  return `${String(year)}-${String(value).padStart(2, '0')}`
}

function make(start: string, end: string, match: RegExpExecArray): PeriodReading | undefined {
  if (!isCalendarDate(start) || !isCalendarDate(end) || end < start) return undefined
  return {period: {start, end}, offset: match.index, length: match[0].length}
}

/**
 * Read the months a bulletin covers from its title: `(2018.1-2018.6)`,
 * `(2018.7-2018.12)`, `2018 H1`, `H2 2018`, `first half of 2018`, `Q3 2018`,
 * `January–June 2018`, `Jan-Jun 2018`, `December 2018 – May 2019`, `1 January–30 June 2025`, `June 2018`.
 *
 * @param text The title (example: `'Latest News (2018.1-2018.6)'`).
 * @returns The period and where it is written, or `undefined`.
 * @example
 *   readPeriod('Latest News of SIRONET International Exchanges(2018.1-2018.6)')?.period
 *   // {start: '2018-01', end: '2018-06'}
 */
export function readPeriod(text: string): PeriodReading | undefined {
  if (typeof text !== 'string') {
    throw new TypeError('Cannot call `readPeriod` without text. Pass the bulletin’s title as a string.')
  }
  let match = numericRange.exec(text)
  if (match) {
    const startYear = match[1]!
    return make(month(startYear, Number(match[2])), month(match[3] ?? startYear, Number(match[4])), match)
  }
  match = half.exec(text)
  if (match) {
    const year = match[1] ?? match[4]!
    const second = (match[2] ?? match[3]) === '2'
    return make(month(year, second ? 7 : 1), month(year, second ? 12 : 6), match)
  }
  match = halfWords.exec(text)
  if (match) {
    const second = /^(second|2nd)$/i.test(match[1]!)
    return make(month(match[2]!, second ? 7 : 1), month(match[2]!, second ? 12 : 6), match)
  }
  match = quarter.exec(text)
  if (match) {
    const number = Number(match[1] ?? match[4])
    const year = match[2] ?? match[3]!
    return make(month(year, number * 3 - 2), month(year, number * 3), match)
  }
  match = monthRange.exec(text)
  if (match) {
    const endYear = match[4]!
    return make(month(match[2] ?? endYear, monthOf(match[1]!)), month(endYear, monthOf(match[3]!)), match)
  }
  match = singleMonth.exec(text)
  if (match) {
    const value = month(match[2]!, monthOf(match[1]!))
    return make(value, value, match)
  }
  return undefined
}

/**
 * Read the period a text states when it spans two months or more (`(2018.1-2018.6)`, `January–December 2023`), not
 * one month (`March 2024`): a bulletin's, not a month that heads items.
 *
 * @param text The text.
 * @returns The period and where it is written, or `undefined`.
 */
export function readPeriodOfMonths(text: string): PeriodReading | undefined {
  const found = readPeriod(text)
  return found !== undefined && found.period.start !== found.period.end ? found : undefined
}

/**
 * Read a bare year from a title (`Annual Report 2018`), for dates without one
 * when the title states no months.
 *
 * @param text The title.
 * @returns The year, or `undefined`.
 */
export function readTitleYear(text: string): number | undefined {
  const match = /(?<![\d.\-/])(19\d\d|20\d\d)(?![\d.\-/])/u.exec(text)
  return match ? Number(match[1]) : undefined
}
