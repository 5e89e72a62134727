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

/**
 * Split text into the tokens dates are made of: month names (with an optional
 * abbreviation period), numbers with their ordinal suffix, words, commas,
 * dashes and other marks. Whitespace separates tokens and is not kept.
 *
 * @param text Text to read (example: `'From January 12 to 16,'`).
 * @param from Offset to start at (optional, default `0`).
 * @param to Offset to stop at (optional, default the end).
 * @returns Tokens with `start`/`end` offsets into `text`.
 */
export function tokenizeDateText(text: string, from = 0, to = text.length): DateToken[] {
  const tokens: DateToken[] = []
  // One shared expression: the loop below runs to completion without calling out, so no other call can move `lastIndex` meanwhile.
  const pattern = tokenPattern
  pattern.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null && match.index < to) {
    const start = match.index
    let end = start + match[0].length
    if (match[1] !== undefined) {
      tokens.push({
        type: 'number',
        value: Number(match[1]),
        digits: match[1].length,
        ordinal: match[2]?.toLowerCase(),
        start,
        end
      })
    } else if (match[3] !== undefined) {
      const word = match[3]
      const lower = word.toLowerCase()
      const month = monthByName.get(lower)
      const capitalized = word.charAt(0) !== word.charAt(0).toLowerCase()
      if (month !== undefined && (capitalized || !lowerCaseNotMonth.has(lower))) {
        // “Jan.”: the period belongs to the abbreviation, not to the sentence.
        if (lower.length < monthNames[month - 1]!.length && text.charAt(end) === '.') {
          end++
          pattern.lastIndex = end
        }
        tokens.push({type: 'month', month, start, end})
      } else {
        tokens.push({type: 'word', lower, capital: capitalized, start, end})
      }
    } else if (match[4] !== undefined) {
      tokens.push({type: 'comma', start, end})
    } else if (match[5] !== undefined) {
      tokens.push({type: 'dash', start, end})
    } else {
      tokens.push({type: 'other', start, end})
    }
  }
  return tokens
}
