import {formatEventDate, type EventDate} from '@sironet/model'
import {memoize, memoizeTwo} from './memoize.js'

// `formatEventDate` of `@sironet/model` gives the text; this file gives the
// same text faster for what large corpora hold most: single days and months
// (one cached `Intl.DateTimeFormat` per language) and ranges of days (ICU's
// `formatRange` costs about 25 µs a call, and ranges rarely repeat). Anything
// else goes to `formatEventDate`, remembered per date.

type Shape = 'day' | 'month' | 'year'

/** A part of a formatted range: literal text, or a field of the start or end date. */
interface RangePart {
  type: string
  source: 'start' | 'end'
  value: string
}

const limit = 100_000
const dayFormats = new Map<string, Intl.DateTimeFormat>()
const monthFormats = new Map<string, Intl.DateTimeFormat>()

function getFormat(cache: Map<string, Intl.DateTimeFormat>, language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, {timeZone: 'UTC', ...options})
    cache.set(language, format)
  }
  return format
}

// The options `formatEventDate` uses for days and for months.
const getDayFormat = (language: string) => getFormat(dayFormats, language, {day: 'numeric', month: 'long', year: 'numeric'})
const getMonthFormat = (language: string) => getFormat(monthFormats, language, {month: 'long', year: 'numeric'})

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

const formatSingle = memoizeTwo((language: string, start: string): string => {
  return start.length === 10 ? getDayFormat(language).format(toUtc(start)) : getMonthFormat(language).format(toUtc(`${start}-01`))
}, limit)

const formatOther = memoize((key: string) => {
  const [language, start, end, part] = key.split('|') as [string, string, string, string]
  const date: Pick<EventDate, 'start' | 'end' | 'part'> = {start}
  if (end) date.end = end
  if (part) date.part = part as NonNullable<EventDate['part']>
  return formatEventDate(date, language)
}, limit)

// The fields of one day, as the day format gives them (example: `{day: '12', month: 'January', year: '2018'}`).
const getFields = memoizeTwo((language: string, day: string): Map<string, string> => {
  const fields = new Map<string, string>()
  for (const part of getDayFormat(language).formatToParts(toUtc(day))) if (part.type !== 'literal') fields.set(part.type, part.value)
  return fields
}, limit)

// How far apart two days are in the language's own calendar (a Gregorian
// December and January may share a Persian year).
function getShape(language: string, start: string, end: string): Shape {
  const first = getFields(language, start)
  const last = getFields(language, end)
  return first.get('year') !== last.get('year') ? 'year' : first.get('month') !== last.get('month') ? 'month' : 'day'
}

// Sample ranges of each shape: one to read the layout of the range from, one to check it on.
const samples: Record<Shape, [[string, string], [string, string]]> = {
  day: [['2001-02-03', '2001-02-05'], ['2017-11-21', '2017-11-28']],
  month: [['2001-02-03', '2001-03-05'], ['2017-09-21', '2017-11-08']],
  year: [['2001-02-03', '2002-03-05'], ['2016-12-21', '2018-01-08']]
}

// What `formatEventDate` does after `formatRange`: close up the dash between two bare numbers.
function closeUpDash(text: string): string {
  return text.replace(/(\d)[\u2009\u200a ]?–[\u2009\u200a ]?(\d)/g, '$1–$2')
}

function fillRange(parts: readonly RangePart[], language: string, start: string, end: string): string | undefined {
  const fields = {start: getFields(language, start), end: getFields(language, end)}
  let text = ''
  for (const part of parts) {
    if (part.type === 'literal') text += part.value
    else {
      const value = fields[part.source].get(part.type)
      if (value === undefined) return undefined
      text += value
    }
  }
  return closeUpDash(text)
}

/**
 * The layout of a range of days of one shape in one language, read from
 * `formatRangeToParts` once and checked against `formatRange` on a second
 * sample; `null` when the check fails (then every such range is formatted by ICU).
 */
const getRangeLayout = memoizeTwo((language: string, shape: string): RangePart[] | null => {
  const format = getDayFormat(language)
  const [[first, last], [otherFirst, otherLast]] = samples[shape as Shape]
  if (getShape(language, first, last) !== shape || getShape(language, otherFirst, otherLast) !== shape) return null
  const parts: RangePart[] = format
    .formatRangeToParts(toUtc(first), toUtc(last))
    .map((part) => ({type: part.type, source: part.source === 'endRange' ? 'end' : 'start', value: part.value}))
  // Some languages write fields differently in ranges (Japanese pads months
  // and days there): the fields of the sample range must be those of its days.
  const fields = {start: getFields(language, first), end: getFields(language, last)}
  if (parts.some((part) => part.type !== 'literal' && fields[part.source].get(part.type) !== part.value)) return null
  const expected = closeUpDash(format.formatRange(toUtc(otherFirst), toUtc(otherLast)))
  return fillRange(parts, language, otherFirst, otherLast) === expected ? parts : null
})

/**
 * Format an item's date for display: the same text as `formatEventDate` of
 * `@sironet/model`, faster on corpora of many items (formats made once per
 * language, ranges of days laid out from ICU's own range parts).
 *
 * @param date The event date.
 * @param language BCP 47 language tag (example: `'en'`).
 * @returns Display text (example: `'12–16 January 2018'`).
 * @example
 *   formatItemDate({start: '2018-01-12', end: '2018-01-16'}, 'en') // '12–16 January 2018'
 */
export function formatItemDate(date: Pick<EventDate, 'start' | 'end' | 'part'>, language: string): string {
  const {start, end, part} = date
  const dayPrecision = start.length === 10
  if (end === undefined || end === start) {
    if (part === undefined || dayPrecision) return formatSingle(language, start)
  } else if (dayPrecision && end.length === 10) {
    const layout = getRangeLayout(language, getShape(language, start, end))
    const text = layout ? fillRange(layout, language, start, end) : undefined
    if (text !== undefined) return text
  }
  return formatOther(`${language}|${start}|${end ?? ''}|${part ?? ''}`)
}
