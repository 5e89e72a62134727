import {isCalendarDate, type EventDate, type Period} from '@sironet/model'
import {findSentenceEnd} from './find-sentence-end.js'
import {scanDateWording, type DatePoint, type DateWording} from './scan-date-wording.js'

/** What {@link readEventDate} needs to know to complete dates that state no year. */
export interface ReadEventDateOptions {
  /** Year for dates that state none; wins over `period` (optional, example: `2018`). */
  year?: number | undefined
  /** Months the bulletin covers: a date without a year takes the year that puts it inside them (optional). */
  period?: Period | null | undefined
}

/** A date read from an item, or the problem that kept it from being one. */
export interface EventDateReading {
  /** The date, or `null` when the wording names no real day or its year is unknown. */
  date: EventDate | null
  /** Offset of the date’s wording in the text. */
  offset: number
  /** Length of the wording. */
  length: number
  /** Whether the item opens with the date (`false` for a date later in the first sentence). */
  opening: boolean
  /** Whether the text states the year (`On 13 June 2017`) rather than taking it from the period. */
  yearStated: boolean
  /** Why `date` is `null`: `'missing-year'` or `'invalid-date'`. */
  problem?: {ruleId: 'missing-year' | 'invalid-date'; reason: string}
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function format(year: number, point: DatePoint): string {
  return point.day === undefined ? `${year}-${pad(point.month)}` : `${year}-${pad(point.month)}-${pad(point.day)}`
}

// `isCalendarDate` answers for each date value once: items share dates, and the check runs two
// patterns and makes a `Date`. `false` is kept too; bounded, so memory stays flat.
const calendarDates = new Map<string, boolean>()

/** Whether `value` is a real calendar date (`isCalendarDate`), remembered per value. */
function isKnownDate(value: string): boolean {
  let known = calendarDates.get(value)
  if (known === undefined) {
    known = isCalendarDate(value)
    if (calendarDates.size >= 10_000) calendarDates.clear()
    calendarDates.set(value, known)
  }
  return known
}

/** The year that puts `month` inside the period, or the explicit year. */
function inferYear(month: number, options: ReadEventDateOptions): number | undefined {
  if (options.year !== undefined) return options.year
  const period = options.period
  if (!period) return undefined
  const first = Number(period.start.slice(0, 4))
  const last = Number(period.end.slice(0, 4))
  for (let year = first; year <= last; year++) {
    const value = `${year}-${pad(month)}`
    if (value >= period.start && value <= period.end) return year
  }
  return first
}

/**
 * Read the date of the event an item reports: the date it opens with (`On
 * January 10,`, `From January 12 to 16,`, `Late May witnessed`, `13 – 14 April
 * 2019`), or else a date stated later in its first sentence (`… visited SWF on
 * March 21.`). Dates of background facts later on are ignored. A month without
 * a day has month precision (`In January, 13 young volunteers` is `2018-01`).
 * The year comes from the wording when it states one, else from `options`.
 *
 * @param text The item’s text.
 * @param options Year and period for dates without a year (optional).
 * @returns The reading, or `undefined` when the item states no date.
 * @example
 *   readEventDate('From January 12 to 16, a delegation …', {year: 2018})?.date
 *   // {start: '2018-01-12', end: '2018-01-16', text: 'From January 12 to 16'}
 */
export function readEventDate(text: string, options: ReadEventDateOptions = {}): EventDateReading | undefined {
  if (typeof text !== 'string') {
    throw new TypeError('Cannot call `readEventDate` without text. Pass the item’s text as a string.')
  }
  const wording = scanDateWording(text, findSentenceEnd(text))
  return readDateWording(text, wording && withStatedRange(text, wording), options)
}

/**
 * Read the date of a text from `from` on (after a post's standfirst, at a form's date field: see
 * `findDateStart`), with the offset of its wording in the whole text.
 *
 * @param text The text.
 * @param from Where to read from (`0` reads the whole text).
 * @param options As for {@link readEventDate}.
 */
export function readEventDateFrom(text: string, from: number, options: ReadEventDateOptions = {}): EventDateReading | undefined {
  if (from === 0) return readEventDate(text, options)
  const reading = readEventDate(text.slice(from), options)
  return reading && {...reading, offset: reading.offset + from}
}

// `NAIROBI, July 23 (Alliance News) –`, `WASHINGTON, D.C., November 22`: a news agency's dateline before the date.
const dateline = /^\p{Lu}[\p{Lu}\p{M} .'’-]*(?:, \p{Lu}\.\p{Lu}\.)?,\s*$/u
// `XI'AN, China,`: a wire dateline's city (and its country or state) before the day of the release.
const datelineWithPlace = /^\p{Lu}[\p{Lu}\p{M} .'’-]*(?:, \p{Lu}\.\p{Lu}\.)?(?:,\s+\p{Lu}[\p{L}\p{M}. ]{1,30})?,\s*$/u
// What ends a wire dateline after its day: the year, the source (`/Silk Road Culture Network/`, `(Net News)`), a dash.
const datelineEnd = /^,?\s*(?:\d{4}\s*)?(?:[/(][^/()\n]{1,60}[/)]\s*)?(?:--|[—–])\s+/

/**
 * A wire release's dateline gives the day of the release (`ALMATY, Kazakhstan, Jan. 10, 2025 -- On January 12 to
 * 16, …`): when the text after its dash opens with a date or states one in its first sentence, that is the event's.
 *
 * @param text The item's text.
 * @param wording The date wording found first (the dateline's).
 * @returns The event's wording, with offsets in `text`, or `wording`.
 */
function readDatelineDate(text: string, wording: DateWording): DateWording {
  if (!datelineWithPlace.test(text.slice(0, wording.from))) return wording
  const end = datelineEnd.exec(text.slice(wording.to, wording.to + 80))
  if (!end) return wording
  const from = wording.to + end[0].length
  const rest = text.slice(from)
  const own = scanDateWording(rest, findSentenceEnd(rest))
  return own ? {...own, from: own.from + from, to: own.to + from} : wording
}

// How many sentences after a dateline's day are read for the event's range.
const rangeSentences = 3

/**
 * A news agency's dateline gives the day the report was filed: when a later
 * sentence states a range that starts that day (`The course ran from July 23
 * to September 1.`), the event's date is that range.
 *
 * @param text The item's text.
 * @param wording The date wording found in it.
 * @returns The wording, its end taken from the stated range when there is one.
 */
export function withStatedRange(text: string, wording: DateWording): DateWording {
  const own = readDatelineDate(text, wording)
  if (own !== wording) return own
  if (wording.end !== undefined || wording.start.day === undefined || !dateline.test(text.slice(0, wording.from))) return wording
  const {month, day} = wording.start
  let from = wording.to
  for (let count = 0; count < rangeSentences && from < text.length; count++) {
    const end = findSentenceEnd(text, from)
    const later = scanDateWording(text.slice(from, end), end - from)
    if (later?.end !== undefined && later.start.month === month && later.start.day === day) return {...wording, end: later.end}
    from = end
  }
  return wording
}

/**
 * Turn the date wording found in an item into its reading, as
 * {@link readEventDate} does once it has found the wording.
 *
 * @param text The item’s text.
 * @param wording The wording `scanDateWording` found in it, or `undefined`.
 * @param options Year and period for dates without a year.
 * @returns The reading, or `undefined` without wording.
 */
export function readDateWording(text: string, wording: DateWording | undefined, options: ReadEventDateOptions): EventDateReading | undefined {
  if (!wording) return undefined
  const wordingText = text.slice(wording.from, wording.to).replace(/\s+/g, ' ')
  const reading: EventDateReading = {
    date: null,
    offset: wording.from,
    length: wording.to - wording.from,
    opening: wording.opening,
    yearStated: wording.start.year !== undefined || wording.end?.year !== undefined
  }
  const {start, end} = wording

  let startYear = start.year
  let endYear = end?.year
  if (startYear === undefined && endYear !== undefined && end) {
    // `December 28 to January 3, 2019` starts in 2018.
    startYear = start.month > end.month ? endYear - 1 : endYear
  }
  startYear ??= inferYear(start.month, options)
  if (startYear === undefined) {
    reading.problem = {
      ruleId: 'missing-year',
      reason: `Cannot tell the year of \`${wordingText}\`: neither the item, the bulletin’s title nor the \`year\` option states one`
    }
    return reading
  }
  if (end && endYear === undefined) endYear = end.month < start.month ? startYear + 1 : startYear

  const startValue = format(startYear, start)
  let endValue = end && endYear !== undefined ? format(endYear, end) : undefined
  const invalid = !isKnownDate(startValue) ? startValue : endValue !== undefined && !isKnownDate(endValue) ? endValue : undefined
  if (invalid !== undefined) {
    reading.problem = {ruleId: 'invalid-date', reason: `Unexpected date \`${wordingText}\`: ${invalid} does not exist`}
    return reading
  }
  if (endValue !== undefined && endValue <= startValue) endValue = undefined

  const date: EventDate = {start: startValue, text: wordingText}
  if (endValue !== undefined) date.end = endValue
  if (wording.part !== undefined && endValue === undefined) date.part = wording.part
  reading.date = date
  return reading
}
