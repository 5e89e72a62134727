import {pickMessages} from './messages.js'
import type {WidgetDate} from './read-feed.js'

// Making an Intl.DateTimeFormat costs far more than using one; a list of 50
// items needs two, not a hundred.
const formats = new Map<string, Intl.DateTimeFormat>()

function getFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options)
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

function toUtc(value: string): Date {
  const [year, month, day] = value.split('-').map(Number)
  return new Date(Date.UTC(year!, month! - 1, day ?? 1))
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
  const day = date.start.length > 7
  try {
    const options: Intl.DateTimeFormatOptions = {timeZone: 'UTC', month, year: 'numeric'}
    const withDay = getFormat(locale, {...options, day: 'numeric'})
    const format = day ? withDay : getFormat(locale, options)
    const start = toUtc(date.start)
    if (date.end && date.end !== date.start) {
      // ICU puts thin spaces around the dash; between two bare numbers
      // (“12–16 Jan”) typographic convention closes it up, as the model does.
      return format.formatRange(start, toUtc(date.end)).replace(/(\d)[\u2009\u200a ]?–[\u2009\u200a ]?(\d)/g, '$1–$2')
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
    return pickMessages(language)[date.part].replace('{m}', text)
  } catch {
    return ''
  }
}
