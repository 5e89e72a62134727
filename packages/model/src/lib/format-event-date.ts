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
  const dayPrecision = date.start.length === 10
  const format = getFormat(
    locales,
    dayPrecision
      ? {timeZone: 'UTC', day: 'numeric', month: monthStyle, year: 'numeric'}
      : {timeZone: 'UTC', month: monthStyle, year: 'numeric'}
  )
  const start = toUtcDate(date.start)
  if (date.end !== undefined && date.end !== date.start) {
    // ICU spaces the dash with thin spaces everywhere; between two bare numbers
    // (“12–16 January”) typographic convention closes it up.
    return format.formatRange(start, toUtcDate(date.end)).replace(/(\d)[\u2009\u200a ]?–[\u2009\u200a ]?(\d)/g, '$1–$2')
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
