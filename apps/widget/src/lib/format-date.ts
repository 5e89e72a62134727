import {pickMessages} from './messages.js'
import {datePartNames, type WidgetDate} from './read-feed.js'

// Making an Intl.DateTimeFormat costs far more than using one: a list needs
// two per language, made once.
const formats: Record<string, Intl.DateTimeFormat> = {}

/**
 * The formatter for a language, month style and precision, made once.
 *
 * @param locale BCP 47 tag (example: `'fr'`).
 * @param month `'short'` or `'long'`.
 * @param day Whether the dates have days.
 */
export function getDateFormat(locale: string, month: 'short' | 'long', day: boolean): Intl.DateTimeFormat {
  return (formats[locale + month + day] ??= new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month,
    year: 'numeric',
    ...(day && {day: 'numeric'})
  }))
}

/**
 * Format an event date for a language with `Intl.DateTimeFormat`: days, day
 * ranges, months, month ranges and parts of a month. A small twin of
 * `formatEventDate` from `@sironet/model` (tested to agree with it), so the
 * widget need not bundle zod.
 *
 * @param date The date (example: `{start: '2018-01-12', end: '2018-01-16'}`).
 * @param locale BCP 47 tag (example: `'fr'`).
 * @param month `'short'` (`Jan`) or `'long'` (`January`) month names (optional, default `'short'`).
 * @returns Display text, or `''` when the date cannot be formatted.
 * @example
 *   formatDate({start: '2018-01-12', end: '2018-01-16'}, 'en-GB') // '12–16 Jan 2018'
 *   formatDate({start: '2018-05', part: 'late'}, 'fr', 'long') // 'fin mai 2018'
 */
export function formatDate(date: WidgetDate, locale: string, month: 'short' | 'long' = 'short'): string {
  try {
    const day = date.start.length > 7
    const withDay = getDateFormat(locale, month, true)
    const format = day ? withDay : getDateFormat(locale, month, false)
    // `YYYY-MM` and `YYYY-MM-DD` are read as UTC.
    const start = new Date(date.start)
    if (date.end && date.end !== date.start) {
      // ICU puts thin spaces around the dash; between two bare numbers
      // (“12–16 Jan”) typographic convention closes it up, as the model does.
      return format.formatRange(start, new Date(date.end)).replace(/(\d)[\u2009\u200a ]?–[\u2009\u200a ]?(\d)/g, '$1–$2')
    }
    if (!date.part || day) return format.format(start)
    const language = format.resolvedOptions().locale.split('-')[0]!
    // Russian puts the month after “конец” in the genitive (“конец мая”), which
    // only a day-month format yields: take that and drop the day.
    const text =
      language === 'ru'
        ? withDay
            .formatToParts(start)
            .filter((part) => part.type !== 'day')
            .map((part) => part.value)
            .join('')
            .trim()
        : format.format(start)
    return pickMessages(language)[datePartNames.indexOf(date.part) + 6]!.replace('%', text)
  } catch {
    return ''
  }
}
