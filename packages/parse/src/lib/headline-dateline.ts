import {readPeriodOfMonths} from './read-period.js'
import {scanDateWording} from './scan-date-wording.js'

/** What a headline's closing parenthesis says (see {@link readHeadlineDateline}). */
export interface HeadlineDateline {
  /** The place before the date (example: `'Lodwar, Kenya'`); unset when the parenthesis holds a date only. */
  place?: string
  /** The date's words (example: `'4–9 March 2024'`). */
  date: string
}

// `… (Lodwar, Kenya, 4–9 March 2024)`: a parenthesis that closes the headline, of a few words.
const closingParenthesis = /\(([^()]{4,120})\)\s*$/

// A day's number beside a month's name (`4–9 March`, `March 4`), which an event's dates have and a period's lack.
const dayOfMonth = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]\s*\d{1,2}\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?!\d)/i

/**
 * Whether words of dates name a day of a month (`4–9 March`, `March 4`, `23 January – 1 March 2024`), as an event's
 * dates do and a period's (`January–June 2022`) do not.
 *
 * @param words The words.
 */
export function namesDay(words: string): boolean {
  return dayOfMonth.test(words)
}

/** Whether a date's words are a period of months without days (`January–June 2022`). */
function spansMonths(date: string): boolean {
  return readPeriodOfMonths(date) !== undefined && !namesDay(date)
}

/**
 * Read the place and date a headline states in its closing parenthesis, as a
 * programme page or a press release writes them (`Mobile clinics reach remote
 * villages (Lodwar, Kenya, 4–9 March 2024)`, `Women’s cooperative opens a
 * workshop (Amman, Jordan, April 2024)`, `Youth forum (12 May 2024)`): the
 * parenthesis ends with a date, and what stands before it, when anything does,
 * is the place.
 *
 * @param headline The headline's text.
 * @returns The place and date, or `undefined` when the headline closes with no such parenthesis.
 * @example
 *   readHeadlineDateline('Mobile clinics reach villages (Lodwar, Kenya, 4–9 March 2024)') // {place: 'Lodwar, Kenya', date: '4–9 March 2024'}
 */
export function readHeadlineDateline(headline: string): HeadlineDateline | undefined {
  const match = closingParenthesis.exec(headline)
  if (!match) return undefined
  const inside = match[1]!.trim()
  // The date opens at the start or after a comma, and runs to the end (`June 5, 2024` holds a comma of its own).
  for (let at = 0; at !== -1 && at < inside.length; at = inside.indexOf(',', at) + 1 || -1) {
    const start = at + (/^\s*/.exec(inside.slice(at))?.[0].length ?? 0)
    const rest = inside.slice(start)
    const wording = scanDateWording(rest, rest.length)
    if (wording?.opening !== true || rest.slice(wording.to).replace(/[\s.]/g, '') !== '') continue
    // (Not a period of months, `Report on international exchanges (January–June 2022)`: a section's, no event's.)
    if (spansMonths(rest)) return undefined
    const place = inside.slice(0, at).replace(/[\s,]+$/, '')
    return place === '' ? {date: rest} : {place, date: rest}
  }
  return undefined
}
