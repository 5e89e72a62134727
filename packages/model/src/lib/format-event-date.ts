import type {DatePart, EventDate} from './event-date.js'

/**
 * Words for the parts of a month, by language; `{month}` stands for the
 * localized month and year. Intl has no such phrases, so the six UN languages
 * are given here and other languages fall back to English.
 */
const partPhrases: Record<string, Record<DatePart, string>> = {
  en: {early: 'early {month}', mid: 'mid-{month}', late: 'late {month}'},
  fr: {early: 'début {month}', mid: 'mi-{month}', late: 'fin {month}'},
  es: {early: 'principios de {month}', mid: 'mediados de {month}', late: 'finales de {month}'},
  ru: {early: 'начало {month}', mid: 'середина {month}', late: 'конец {month}'},
  zh: {early: '{month}上旬', mid: '{month}中旬', late: '{month}下旬'},
  ar: {early: 'أوائل {month}', mid: 'منتصف {month}', late: 'أواخر {month}'}
}

/** Options for {@link formatEventDate}. */
export interface FormatEventDateOptions {
  /** `'long'` (`12–16 January 2018`) or `'short'` (`12–16 Jan 2018`) month names (optional, default `'long'`). */
  month?: 'long' | 'short'
}

// Making an Intl.DateTimeFormat costs far more than using one; a site build formats
// thousands of dates with a handful of settings, so each is made once.
const formats = new Map<string, Intl.DateTimeFormat>()

function getFormat(locales: string | string[] | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locales ?? null, options])
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locales, options)
    formats.set(key, format)
  }
  return format
}

function toUtcDate(value: string): Date {
  const [year, month, day] = value.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
}

// A site build formats the dates of many thousands of items in one or two
// languages. For one language tag, every text is remembered, and ranges of
// days are laid out from ICU's own range parts, read once per language and
// shape (`formatRange` costs about 25 µs a call, and ranges
// rarely repeat). The text is the same as Intl's: `format-event-date.test.ts`
// compares it with the path for a list of locales, which always asks Intl.

type MonthStyle = NonNullable<FormatEventDateOptions['month']>
type Shape = 'day' | 'month' | 'year'

/** A part of a formatted range: literal text, or a field of the start or end day. */
interface RangePart {
  type: string
  source: 'start' | 'end'
  value: string
}

/** What one language tag and month style remember. */
interface LanguageFormats {
  day: Intl.DateTimeFormat
  month: Intl.DateTimeFormat
  /** Text of single days and months, by `start`. */
  singles: Map<string, string>
  /** Fields of days (`{day: '12', month: 'January', year: '2018'}`), by day. */
  fields: Map<string, Map<string, string>>
  /** Layout of ranges of days of each shape; `null` when Intl must format them. */
  layouts: Map<Shape, RangePart[] | null>
  /** Text of other dates (parts of months, ranges of months), by start, end and part. */
  others: Map<string, string>
}

/** Most values each map of {@link LanguageFormats} holds; it is emptied when full. */
const limit = 100_000
const languageFormats = new Map<string, LanguageFormats>()

function getLanguageFormats(language: string, monthStyle: MonthStyle): LanguageFormats {
  const key = `${monthStyle} ${language}`
  let formats = languageFormats.get(key)
  if (!formats) {
    formats = {
      day: getFormat(language, {timeZone: 'UTC', day: 'numeric', month: monthStyle, year: 'numeric'}),
      month: getFormat(language, {timeZone: 'UTC', month: monthStyle, year: 'numeric'}),
      singles: new Map(),
      fields: new Map(),
      layouts: new Map(),
      others: new Map()
    }
    languageFormats.set(key, formats)
  }
  return formats
}

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= limit) cache.clear()
  cache.set(key, value)
  return value
}

// ICU spaces the dash with thin spaces everywhere; between two bare numbers
// (“12–16 January”) typographic convention closes it up.
function closeUpDash(text: string): string {
  return text.replace(/(\d)[\u2009\u200a ]?–[\u2009\u200a ]?(\d)/g, '$1–$2')
}

function formatSingle(formats: LanguageFormats, start: string): string {
  const known = formats.singles.get(start)
  if (known !== undefined) return known
  const format = start.length === 10 ? formats.day : formats.month
  return remember(formats.singles, start, format.format(toUtcDate(start)))
}

function getFields(formats: LanguageFormats, day: string): Map<string, string> {
  const known = formats.fields.get(day)
  if (known !== undefined) return known
  const fields = new Map<string, string>()
  for (const part of formats.day.formatToParts(toUtcDate(day))) if (part.type !== 'literal') fields.set(part.type, part.value)
  return remember(formats.fields, day, fields)
}

// How far apart two days are in the language's own calendar (a Gregorian
// December and January may share a Persian year).
function getShape(formats: LanguageFormats, start: string, end: string): Shape {
  const first = getFields(formats, start)
  const last = getFields(formats, end)
  return first.get('year') !== last.get('year') ? 'year' : first.get('month') !== last.get('month') ? 'month' : 'day'
}

// Sample ranges of each shape: one to read the layout of the range from, one to check it on.
const samples: Record<Shape, [[string, string], [string, string]]> = {
  day: [['2001-02-03', '2001-02-05'], ['2017-11-21', '2017-11-28']],
  month: [['2001-02-03', '2001-03-05'], ['2017-09-21', '2017-11-08']],
  year: [['2001-02-03', '2002-03-05'], ['2016-12-21', '2018-01-08']]
}

function fillRange(parts: readonly RangePart[], formats: LanguageFormats, start: string, end: string): string | undefined {
  const fields = {start: getFields(formats, start), end: getFields(formats, end)}
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
 * The layout of a range of days of one shape, read from `formatRangeToParts`
 * once and checked against `formatRange` on a second sample; `null` when the
 * check fails (then every such range is formatted by Intl).
 */
function getRangeLayout(formats: LanguageFormats, shape: Shape): RangePart[] | null {
  const known = formats.layouts.get(shape)
  if (known !== undefined) return known
  const [[first, last], [otherFirst, otherLast]] = samples[shape]
  let layout: RangePart[] | null = null
  if (getShape(formats, first, last) === shape && getShape(formats, otherFirst, otherLast) === shape) {
    const parts: RangePart[] = formats.day
      .formatRangeToParts(toUtcDate(first), toUtcDate(last))
      .map((part) => ({type: part.type, source: part.source === 'endRange' ? 'end' : 'start', value: part.value}))
    // Some languages write fields differently in ranges (Japanese pads months
    // and days there): the fields of the sample range must be those of its days.
    const fields = {start: getFields(formats, first), end: getFields(formats, last)}
    const same = parts.every((part) => part.type === 'literal' || fields[part.source].get(part.type) === part.value)
    const expected = closeUpDash(formats.day.formatRange(toUtcDate(otherFirst), toUtcDate(otherLast)))
    if (same && fillRange(parts, formats, otherFirst, otherLast) === expected) layout = parts
  }
  formats.layouts.set(shape, layout)
  return layout
}

// Any date in one language tag: single days and months and ranges of days
// from the remembered formats and layouts, the rest from Intl, remembered.
function formatInLanguage(date: Pick<EventDate, 'start' | 'end' | 'part'>, language: string, monthStyle: MonthStyle): string {
  const {start, end, part} = date
  const formats = getLanguageFormats(language, monthStyle)
  const dayPrecision = start.length === 10
  if (end === undefined || end === start) {
    if (part === undefined || dayPrecision) return formatSingle(formats, start)
  } else if (dayPrecision && end.length === 10) {
    const layout = getRangeLayout(formats, getShape(formats, start, end))
    const text = layout ? fillRange(layout, formats, start, end) : undefined
    if (text !== undefined) return text
  }
  const key = `${start} ${end ?? ''} ${part ?? ''}`
  return formats.others.get(key) ?? remember(formats.others, key, formatWithIcu(date, language, monthStyle))
}

// Every date, in any locales: Intl's own `format` and `formatRange`.
function formatWithIcu(date: Pick<EventDate, 'start' | 'end' | 'part'>, locales: string | string[] | undefined, monthStyle: MonthStyle): string {
  const dayPrecision = date.start.length === 10
  const format = getFormat(
    locales,
    dayPrecision
      ? {timeZone: 'UTC', day: 'numeric', month: monthStyle, year: 'numeric'}
      : {timeZone: 'UTC', month: monthStyle, year: 'numeric'}
  )
  const start = toUtcDate(date.start)
  if (date.end !== undefined && date.end !== date.start) {
    return closeUpDash(format.formatRange(start, toUtcDate(date.end)))
  }
  if (date.part === undefined || dayPrecision) return format.format(start)
  const language = format.resolvedOptions().locale.split('-')[0] ?? 'en'
  const phrases = partPhrases[language] ?? partPhrases.en!
  // The month after a part-of-month word is in the genitive in some languages
  // (Russian “конца мая”); a day-month format yields that form, so take it and drop the day.
  const withDay = getFormat(locales, {timeZone: 'UTC', day: 'numeric', month: monthStyle, year: 'numeric'})
  const month =
    language === 'ru'
      ? withDay
          .formatToParts(start)
          .filter((part) => part.type !== 'day')
          .map((part) => part.value)
          .join('')
          .trim()
      : format.format(start)
  return phrases[date.part].replace('{month}', month)
}

/**
 * Format an event date for display in any locale with `Intl.DateTimeFormat`:
 * days and day ranges, months, month ranges and parts of a month.
 *
 * @param date The event date.
 * @param locales A BCP 47 tag or list of them (example: `'en-GB'`, `'fr'`).
 * @param options Month name length (optional).
 * @returns Display text (example: `12–16 January 2018`, `late May 2018`, `janvier 2018`).
 * @example
 *   formatEventDate({start: '2018-01-12', end: '2018-01-16', text: ''}, 'en-GB') // '12–16 January 2018'
 *   formatEventDate({start: '2018-05', part: 'late', text: ''}, 'fr') // 'fin mai 2018'
 */
export function formatEventDate(
  date: Pick<EventDate, 'start' | 'end' | 'part'>,
  locales?: string | string[],
  options: FormatEventDateOptions = {}
): string {
  const monthStyle = options.month ?? 'long'
  return typeof locales === 'string' ? formatInLanguage(date, locales, monthStyle) : formatWithIcu(date, locales, monthStyle)
}
