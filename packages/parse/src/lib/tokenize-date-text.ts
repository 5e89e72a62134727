/** A token of text as the date reader sees it. */
export type DateToken =
  | {type: 'month'; month: number; start: number; end: number}
  | {type: 'number'; value: number; digits: number; ordinal: string | undefined; start: number; end: number}
  | {type: 'word'; lower: string; capital: boolean; start: number; end: number}
  | {type: 'comma' | 'dash' | 'other'; start: number; end: number}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]

const monthByName = new Map<string, number>()
for (const [index, name] of monthNames.entries()) {
  monthByName.set(name, index + 1)
  monthByName.set(name.slice(0, 3), index + 1)
}
monthByName.set('sept', 9)

// Words that are also months only when capitalized: “may” the verb, “march” the walk.
const lowerCaseNotMonth = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr'])

const tokenPattern = /(\d+)(st|nd|rd|th)?(?![\p{L}\p{N}])|(\p{L}+(?:['’]\p{L}+)*)|(,)|([-\u2010-\u2015~\u2212])|(\S)/gu
const letterOrNumber = /[\p{L}\p{N}]/u
const ordinals = new Set(['st', 'nd', 'rd', 'th'])

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Whether the character at `index` is a letter or a number (`\p{L}`, `\p{N}`); ASCII without a regular expression. */
function isLetterOrNumber(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (Number.isNaN(code)) return false
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code)
  return letterOrNumber.test(String.fromCodePoint(text.codePointAt(index)!))
}

/**
 * Split text into the tokens dates are made of: month names (with an optional
 * abbreviation period), numbers with their ordinal suffix, words, commas,
 * dashes and other marks. Whitespace separates tokens and is not kept.
 * `tokenPattern` defines the tokens; ASCII text, the common case, is read
 * without it (the same tokens, several times faster), anything else with it.
 *
 * @param text Text to read (example: `'From January 12 to 16,'`).
 * @param from Offset to start at (optional, default `0`).
 * @param to Offset to stop at (optional, default the end).
 * @param limit Most tokens to read (optional, default all); reading again from the last token’s `end` gives the rest.
 * @returns Tokens with `start`/`end` offsets into `text`.
 */
export function tokenizeDateText(text: string, from = 0, to = text.length, limit = Number.POSITIVE_INFINITY): DateToken[] {
  const tokens: DateToken[] = []
  let position = from
  // As a Unicode pattern does, start a split surrogate pair at its first half.
  if (position > 0 && isLowSurrogate(text.charCodeAt(position)) && isHighSurrogate(text.charCodeAt(position - 1))) position--
  while (position < text.length && tokens.length < limit) {
    const code = text.charCodeAt(position)
    // ASCII white space (`\s` outside ASCII is left to the pattern).
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      position++
      continue
    }
    if (position >= to) break
    let start = position
    let end: number
    if (isDigit(code)) {
      // `10.01.2025`, `12.01.`, `16. February`, `03/2025`: numeric dates written the European way.
      const numericEnd = pushNumericDate(text, tokens, position)
      if (numericEnd > position) {
        position = numericEnd
        continue
      }
      let digitsEnd = position + 1
      while (digitsEnd < text.length && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++
      const suffix = text.slice(digitsEnd, digitsEnd + 2)
      // `(\d+)(st|nd|rd|th)?(?![\p{L}\p{N}])`: backtracking never helps, a shorter match is followed by a digit or a letter.
      const suffixEnd = ordinals.has(suffix) && !isLetterOrNumber(text, digitsEnd + 2) ? digitsEnd + 2 : isLetterOrNumber(text, digitsEnd) ? -1 : digitsEnd
      if (suffixEnd >= 0) {
        tokens.push({
          type: 'number',
          value: Number(text.slice(position, digitsEnd)),
          digits: digitsEnd - position,
          ordinal: suffixEnd > digitsEnd ? suffix : undefined,
          start,
          end: suffixEnd
        })
        position = suffixEnd
        continue
      }
      // A digit glued to a letter or another number is a mark of its own.
      tokens.push({type: 'other', start, end: start + 1})
      position = start + 1
      continue
    }
    if (isAsciiLetter(code)) {
      end = position + 1
      // Whether the word has a capital, so a word in lower case already needs no `toLowerCase`.
      let upper = code <= 0x5a
      for (let next = text.charCodeAt(end); end < text.length && isAsciiLetter(next); next = text.charCodeAt(++end)) {
        if (next <= 0x5a) upper = true
      }
      const stop = text.charCodeAt(end)
      if (Number.isNaN(stop) || (stop < 0x80 && stop !== 0x27)) {
        position = pushWord(text, tokens, start, end, upper)
        continue
      }
    } else if (code === 0x2c) {
      tokens.push({type: 'comma', start, end: start + 1})
      position = start + 1
      continue
    } else if (code === 0x2d || code === 0x7e) {
      // (Two hyphens are one dash, as plain-text writers type it: `13 -- 14 April`.)
      const dashEnd = code === 0x2d && text.charCodeAt(start + 1) === 0x2d ? start + 2 : start + 1
      tokens.push({type: 'dash', start, end: dashEnd})
      position = dashEnd
      continue
    } else if (code === 0x28 && (end = weekdayEnd(text, start)) > start) {
      // `On May 12 (Mon.) to 16 (Fri.)`: a weekday after a day says nothing the day does not.
      position = end
      continue
    } else if (code < 0x80) {
      tokens.push({type: 'other', start, end: start + 1})
      position = start + 1
      continue
    }

    // Letters outside ASCII, apostrophes, other scripts and white space: the pattern decides.
    tokenPattern.lastIndex = position
    const match = tokenPattern.exec(text)
    if (match === null || match.index >= to) break
    start = match.index
    end = start + match[0].length
    if (match[1] !== undefined) {
      tokens.push({type: 'number', value: Number(match[1]), digits: match[1].length, ordinal: match[2]?.toLowerCase(), start, end})
    } else if (match[3] !== undefined) {
      end = pushWord(text, tokens, start, end)
    } else if (match[4] !== undefined) {
      tokens.push({type: 'comma', start, end})
    } else if (match[5] !== undefined) {
      tokens.push({type: 'dash', start, end})
    } else {
      tokens.push({type: 'other', start, end})
    }
    position = end
  }
  return tokens
}

/** Push a word or a month name read from `start` to `end` (`upper`: whether it may hold a capital); returns where the next token may start. */
function pushWord(text: string, tokens: DateToken[], start: number, end: number, upper = true): number {
  const word = text.slice(start, end)
  const lower = upper ? word.toLowerCase() : word
  // Month names and their abbreviations are 3 to 9 letters long: skip the look-up for other words.
  const month = lower.length >= 3 && lower.length <= 9 ? monthByName.get(lower) : undefined
  const first = text.charCodeAt(start)
  const capitalized = first < 0x80 ? first >= 0x41 && first <= 0x5a : word.charAt(0) !== word.charAt(0).toLowerCase()
  if (month !== undefined && (capitalized || !lowerCaseNotMonth.has(lower))) {
    // “Jan.”: the period belongs to the abbreviation, not to the sentence.
    const abbreviated = lower.length < monthNames[month - 1]!.length && text.charAt(end) === '.'
    if (abbreviated) end++
    tokens.push({type: 'month', month, start, end})
    return end
  }
  tokens.push({type: 'word', lower, capital: capitalized, start, end})
  return end
}

// `10.01.2025` or `12.01.` (then a space, a dash, a comma or the end): a day, a month and maybe a year, with periods.
const dottedDate = /(\d{1,2})\.(\d{2})\.(?:(\d{4})(?![\d.])|(?=[\s,;)\-\u2010-\u2015]|$))/y
// `16. February`, `13.-14.04.2025`: a day with a period (a German ordinal), then a month's name or a dash.
const dottedDay =
  /(\d{1,2})\.(?=\s*(?:[-\u2010-\u2015]\s*\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))/y
// `(Mon.)`, `(Fri)`, `(Saturday)`: a weekday in parentheses after a day, as Japanese writers add it.
const weekdayInParentheses = /\((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?\)/y
// `03/2025`: a month and a year.
const monthSlashYear = /(\d{2})\/(\d{4})(?![\d/])/y
// `10/01/2025`, `16/01` (before `to`): a day, then a month, with slashes, as most of the world writes them.
const slashedDate = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4})(?![\d/])|(?=\s+(?:to|and|-|–)\s))/y

/**
 * Push the tokens of a numeric date at `start` (`10.01.2025` and `10/01/2025` as a
 * day, a month and a year, `03/2025` as a month and a year, `16.` before a month's name as a day),
 * each token over its own digits; returns where the next token may start, or
 * `start` when no such date is there. Month and day numbers out of range are
 * no date (`1.200 euros`, `2.5 million` are not matched at all).
 */
function pushNumericDate(text: string, tokens: DateToken[], start: number): number {
  // Most numbers have no period or slash right after one or two digits.
  const after = text.charCodeAt(start + 1) === 0x2e || text.charCodeAt(start + 1) === 0x2f ? start + 1 : text.charCodeAt(start + 2) === 0x2e || text.charCodeAt(start + 2) === 0x2f ? start + 2 : -1
  // (Not inside another number or date: `05/12/2024`, whose order of day and month is unsure, `1.12.5`.)
  const previous = text.charCodeAt(start - 1)
  if (after < 0 || isDigit(previous) || previous === 0x2f || previous === 0x2e) return start
  dottedDate.lastIndex = start
  const dotted = dottedDate.exec(text)
  // (The month's period is part of its token: `01.` in `10.01.2025`.)
  if (dotted && pushDayMonthYear(tokens, start, dotted, 1)) return start + dotted[0].length
  slashedDate.lastIndex = start
  const dayFirst = slashedDate.exec(text)
  if (dayFirst && pushDayMonthYear(tokens, start, dayFirst, 0)) return start + dayFirst[0].length
  monthSlashYear.lastIndex = start
  const slashed = monthSlashYear.exec(text)
  if (slashed) {
    const month = Number(slashed[1])
    if (month >= 1 && month <= 12) {
      tokens.push({type: 'month', month, start, end: start + 2})
      tokens.push({type: 'number', value: Number(slashed[2]), digits: 4, ordinal: undefined, start: start + 3, end: start + 7})
      return start + 7
    }
  }
  dottedDay.lastIndex = start
  const dayOnly = dottedDay.exec(text)
  if (dayOnly) {
    const day = Number(dayOnly[1])
    if (day >= 1 && day <= 31) {
      tokens.push({type: 'number', value: day, digits: dayOnly[1]!.length, ordinal: '.', start, end: start + dayOnly[0].length})
      return start + dayOnly[0].length
    }
  }
  return start
}

/**
 * Push the day, month and maybe year tokens of a numeric date matched at `start` (groups: day, month, year), each
 * over its own digits, the month's also over the `markAfterMonth` characters after it; `false` (nothing pushed) when
 * the day or the month is out of range.
 */
function pushDayMonthYear(tokens: DateToken[], start: number, match: RegExpExecArray, markAfterMonth: number): boolean {
  const [, dayText, monthText, yearText] = match as unknown as [string, string, string, string | undefined]
  const day = Number(dayText)
  const month = Number(monthText)
  if (day < 1 || day > 31 || month < 1 || month > 12) return false
  const monthStart = start + dayText.length + 1
  tokens.push({type: 'number', value: day, digits: dayText.length, ordinal: undefined, start, end: monthStart - 1})
  tokens.push({type: 'month', month, start: monthStart, end: monthStart + monthText.length + markAfterMonth})
  if (yearText !== undefined) {
    const yearStart = monthStart + monthText.length + 1
    tokens.push({type: 'number', value: Number(yearText), digits: 4, ordinal: undefined, start: yearStart, end: yearStart + 4})
  }
  return true
}

/** Where a weekday in parentheses at `start` ends (`(Mon.)`), or `start` when there is none. */
function weekdayEnd(text: string, start: number): number {
  weekdayInParentheses.lastIndex = start
  return weekdayInParentheses.test(text) ? weekdayInParentheses.lastIndex : start
}
