import type {DatePart} from '@sironet/model'
import {tokenizeDateText, type DateToken} from './tokenize-date-text.js'
import {personNouns} from './extract-vocabulary.js'

/** A day or month as written, before the year is known. */
export interface DatePoint {
  /** Month, 1 to 12. */
  month: number
  /** Day of the month, when one is written. */
  day?: number
  /** Year, when one is written. */
  year?: number
}

/** Date wording found in text: one point or a range, with offsets of the wording. */
export interface DateWording {
  /** First (or only) day or month. */
  start: DatePoint
  /** Last day or month of a range. */
  end?: DatePoint
  /** Part of the month (`Late May`). */
  part?: DatePart
  /** Offset of the wording’s first character (its lead-in word, such as `On`, included). */
  from: number
  /** Offset just after the wording’s last character. */
  to: number
  /** Whether the text opens with this date (only lead-in words before it). */
  opening: boolean
}

// Words that may stand before a date at the start of an item: “On the morning of”, “At the end of”, “In late”.
const leadWords = new Set([
  'on',
  'in',
  'from',
  'during',
  'throughout',
  'between',
  'since',
  'at',
  'the',
  'morning',
  'afternoon',
  'evening',
  'night',
  'noon',
  'of',
  'around',
  'about',
  'toward',
  'towards',
  'by',
  'early',
  'mid',
  'middle',
  'late',
  'beginning',
  'start',
  'end',
  'first',
  'last',
  'week',
  'weekend',
  // (`In the month of October,`, as South Asian English writes it.)
  'month',
  'half',
  'dated',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday'
])

const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

// Words before a date later in a sentence that make it background, not the event’s date.
const backgroundWords = new Set(['since', 'until', 'till', 'before', 'after', 'than', 'founded', 'established'])

const partOf: Record<string, DatePart> = {
  early: 'early',
  beginning: 'early',
  start: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  end: 'late',
  first: 'early',
  last: 'late'
}

const prepositions = new Set(['in', 'on', 'from', 'during', 'throughout', 'between', 'at', 'by', 'toward', 'towards', 'around'])

const rangeWords = new Set(['to', 'until', 'till', 'through', 'thru', 'and'])

const maxLead = 10

const ofWords: ReadonlySet<string> = new Set(['of'])
const theWords: ReadonlySet<string> = new Set(['the'])

interface Parsed {
  start: DatePoint
  end?: DatePoint
  next: number
}

function isDay(token: DateToken | undefined): token is Extract<DateToken, {type: 'number'}> {
  return token?.type === 'number' && token.digits <= 2 && token.value >= 1 && token.value <= 31
}

function isYear(token: DateToken | undefined): token is Extract<DateToken, {type: 'number'}> {
  return token?.type === 'number' && token.digits === 4 && token.ordinal === undefined && token.value >= 1900 && token.value <= 2099
}

function isWord(token: DateToken | undefined, words: ReadonlySet<string>): boolean {
  return token?.type === 'word' && words.has(token.lower)
}

/** A year after a date: `2018` or `, 2018`. */
function readYear(tokens: DateToken[], index: number): {year: number; next: number} | undefined {
  const token = tokens[index]
  if (isYear(token)) return {year: token.value, next: index + 1}
  if (token?.type === 'comma') {
    const after = tokens[index + 1]
    if (isYear(after)) return {year: after.value, next: index + 2}
  }
  return undefined
}

const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'his', 'her'])

/**
 * Whether a bare number after `In Month` counts people (`In May 30 women tailors`, `In June 120 young volunteers`):
 * a noun for people within the two words after it. (`On May 5 young people …` keeps its day: `On` dates a day.)
 */
function countsPeople(tokens: DateToken[], month: number, number: number): boolean {
  const before = tokens[month - 1]
  if (before?.type !== 'word' || before.lower !== 'in') return false
  for (let index = number + 1; index <= number + 2; index++) {
    const token = tokens[index]
    if (token?.type !== 'word' || token.capital || determiners.has(token.lower)) return false
    if (personNouns.has(token.lower)) return true
  }
  return false
}

/** Whether a number goes on with a comma and three digits (`30,000 masks`): a thousands figure, never a day. */
function opensThousands(tokens: DateToken[], index: number): boolean {
  const number = tokens[index]!
  const comma = tokens[index + 1]
  const rest = tokens[index + 2]
  return comma?.type === 'comma' && comma.start === number.end && rest?.type === 'number' && rest.start === comma.end && rest.digits === 3
}

/** Whether a bare number after `Month,` can be its day: only when nothing like a noun follows (`In January, 13 young volunteers`). */
function endsDate(tokens: DateToken[], index: number): boolean {
  const token = tokens[index]
  if (token === undefined) return true
  if (token.type === 'comma' || token.type === 'dash') return true
  if (token.type === 'other') return true
  if (token.type === 'word') return rangeWords.has(token.lower)
  return isYear(token)
}

function withYear(point: DatePoint, tokens: DateToken[], next: number): {point: DatePoint; next: number} {
  const year = readYear(tokens, next)
  return year ? {point: {...point, year: year.year}, next: year.next} : {point, next}
}

/** `2018-01-10`, `2018.1.10`, `2018/01/10`: written without spaces. */
function readIsoPoint(text: string, tokens: DateToken[], index: number): {point: DatePoint; next: number} | undefined {
  const [year, separator1, month, separator2, day] = tokens.slice(index, index + 5)
  if (!isYear(year) || !separator1 || !month || !separator2 || !isDay(day)) return undefined
  if (month.type !== 'number' || month.digits > 2 || month.value < 1 || month.value > 12) return undefined
  const separator = text.slice(separator1.start, separator1.end)
  if (!['-', '.', '/'].includes(separator) || text.slice(separator2.start, separator2.end) !== separator) return undefined
  if (year.end !== separator1.start || separator1.end !== month.start || month.end !== separator2.start || separator2.end !== day.start) {
    return undefined
  }
  if (day.ordinal !== undefined) return undefined
  return {point: {year: year.value, month: month.value, day: day.value}, next: index + 5}
}

/** `January 10`, `Jan. 7th`, `June, 17th`, `January 10, 2018`, `January`, `January 2018`. */
function readMonthFirst(tokens: DateToken[], index: number): {point: DatePoint; next: number} | undefined {
  const month = tokens[index]
  if (month?.type !== 'month') return undefined
  let next = index + 1
  const comma = tokens[next]?.type === 'comma'
  if (comma) next++
  const day = tokens[next]
  if (isDay(day) && tokens[next + 1]?.type !== 'month' && !opensThousands(tokens, next) && !(day.ordinal === undefined && countsPeople(tokens, index, next))) {
    const bare = day.ordinal === undefined
    if (!comma || !bare || endsDate(tokens, next + 1)) {
      return withYear({month: month.month, day: day.value}, tokens, next + 1)
    }
  }
  return withYear({month: month.month}, tokens, index + 1)
}

/** `16 November`, `24th June`, `24th of June`, `13 June 2017`. */
function readDayFirst(tokens: DateToken[], index: number): {point: DatePoint; next: number} | undefined {
  const day = tokens[index]
  if (!isDay(day)) return undefined
  let next = index + 1
  if (isWord(tokens[next], ofWords)) next++
  const month = tokens[next]
  if (month?.type !== 'month') return undefined
  return withYear({month: month.month, day: day.value}, tokens, next + 1)
}

function readPoint(text: string, tokens: DateToken[], index: number): {point: DatePoint; next: number} | undefined {
  return readIsoPoint(text, tokens, index) ?? readMonthFirst(tokens, index) ?? readDayFirst(tokens, index)
}

/** After a range word (`to`, `-`, `and` …) and an optional `the`: the index of what follows, or -1. */
function readRangeSeparator(tokens: DateToken[], index: number): number {
  const token = tokens[index]
  if (token?.type !== 'dash' && !isWord(token, rangeWords)) return -1
  let next = index + 1
  if (isWord(tokens[next], theWords)) next++
  return next
}

/**
 * Tokens read so far by the scan in progress, and how to read more: most items
 * open with their date, so the rest of the first sentence is read only when needed.
 * Every reader below looks at most `lookahead` tokens past the index it is given.
 */
let source: {text: string; to: number; tokens: DateToken[]; complete: boolean; cut: boolean} = {text: '', to: 0, tokens: [], complete: true, cut: false}
const lookahead = 12
// The first read covers the lead-in words (`maxLead`) and a date after them; more are read on demand.
const firstRead = 16

/** Read tokens until `tokens[index]` exists or the text (up to `source.to`) has no more. */
function readUpTo(index: number): void {
  const {tokens} = source
  while (!source.complete && tokens.length <= index) {
    const from = tokens.length === 0 ? 0 : tokens.at(-1)!.end
    const more = tokenizeDateText(source.text, from, source.to, index + 1 - tokens.length + firstRead)
    if (more.length < index + 1 - tokens.length + firstRead) {
      source.complete = true
      // Reading stopped at `source.to`, not at the end of the text: a later `to` could give more.
      if (source.to < source.text.length) source.cut = true
    }
    for (const token of more) tokens.push(token)
  }
}

/** A date or a range of dates starting at `index`. */
function readExpression(text: string, tokens: DateToken[], index: number): Parsed | undefined {
  readUpTo(index + lookahead)
  const first = readPoint(text, tokens, index)
  if (first) {
    let after = first.next
    // A list of days, `June 5th, 6th and 7th`: read from the first to the last.
    for (;;) {
      readUpTo(after + lookahead)
      if (first.point.day === undefined || tokens[after]?.type !== 'comma' || !isDay(tokens[after + 1]) || tokens[after + 2] === undefined) break
      const following = tokens[after + 2]!
      if (following.type !== 'comma' && !isWord(following, rangeWords)) break
      after += 2
    }
    const separator = readRangeSeparator(tokens, after)
    if (separator >= 0) {
      const second = readPoint(text, tokens, separator)
      if (second && (first.point.day !== undefined || second.point.day === undefined)) {
        return {start: first.point, end: second.point, next: second.next}
      }
      const day = tokens[separator]
      if (first.point.day !== undefined && isDay(day) && first.point.year === undefined) {
        // `January 12 to 16`, `May 22-24`, `November 15th to 16th, 2018`.
        const end = withYear({month: first.point.month, day: day.value}, tokens, separator + 1)
        return {start: first.point, end: end.point, next: end.next}
      }
    }
    return {start: first.point, next: first.next}
  }
  const day = tokens[index]
  if (isDay(day)) {
    // `13 – 14 April 2019`, `between 5 and 7 June`.
    const separator = readRangeSeparator(tokens, index + 1)
    if (separator < 0) return undefined
    const second = readDayFirst(tokens, separator)
    if (!second) return undefined
    return {start: {month: second.point.month, day: day.value}, end: second.point, next: second.next}
  }
  return undefined
}

const bullets = new Set(['•', '·', '▪', '●', '◦', '‣', '*', '>'])

/** The index of the first token after a list marker at the start (`1.`, `2)`, `(3)`, `•`, `-`), or `0`. */
function skipListMarker(text: string, tokens: DateToken[]): number {
  // Markdown's emphasis before the date (`**On July 10**,`, `_October_ witnessed`) is markup, not words.
  let marks = 0
  while (marks < 2 && tokens[marks]?.type === 'other' && emphasis.has(text.charAt(tokens[marks]!.start)) && !/\s/.test(text.charAt(tokens[marks]!.end))) marks++
  if (marks > 0) return marks
  const [first, second, third] = tokens
  if (!first) return 0
  const spaced = (token: DateToken) => /\s/.test(text.charAt(token.end))
  if ((first.type === 'dash' || (first.type === 'other' && bullets.has(text.charAt(first.start)))) && spaced(first)) return 1
  // A post's emoji before its date line (`📅 10 Jan 2025 | 📍 Almaty`, `🗓 12–16 January · Bishkek`) marks it as a list's bullet does.
  if (first.type === 'other' && spaced(first) && pictograph.test(text.slice(first.start, first.end))) return 1
  if (first.type === 'number' && first.digits <= 3 && first.ordinal === undefined && second?.type === 'other' && second.start === first.end) {
    if (/^[.)]$/.test(text.charAt(second.start)) && spaced(second)) return 2
  }
  if (first.type === 'other' && text.charAt(first.start) === '(' && second?.type === 'number' && second.digits <= 3 && third?.type === 'other') {
    if (text.charAt(third.start) === ')' && spaced(third)) return 3
  }
  return 0
}

const emphasis: ReadonlySet<string> = new Set(['*', '_'])
const pictograph = /^\p{Extended_Pictographic}\uFE0F?$/u

/** Whether a reading names a day, a year or a range, not a bare month. */
function isDated(parsed: Parsed): boolean {
  return parsed.start.day !== undefined || parsed.start.year !== undefined || parsed.end !== undefined
}

/**
 * Whether a bare month at the start is a date: after a preposition or a part
 * of the month (`In January,`, `Late May`), or first and followed by a verb or
 * a comma (`April witnessed`), not in a name (`The May Fourth Medal`).
 */
function opensWithMonth(text: string, tokens: DateToken[], start: number, index: number, part: DatePart | undefined): boolean {
  if (part !== undefined || tokens.slice(start, index).some((word) => isWord(word, prepositions))) return true
  if (index !== start) return false
  // (Past the emphasis that closes a month opened by it: `**October** witnessed`.)
  let after = index + 1
  if (start > 0) while (after < index + 1 + start && tokens[after]?.type === 'other' && emphasis.has(text.charAt(tokens[after]!.start))) after++
  const next = tokens[after]
  return next === undefined || next.type === 'comma' || next.type === 'dash' || (next.type === 'other' && text.charAt(next.start) === ':') || (next.type === 'word' && !next.capital)
}

function toWording(tokens: DateToken[], parsed: Parsed, from: number, part: DatePart | undefined, opening: boolean): DateWording {
  const wording: DateWording = {
    start: parsed.start,
    from,
    to: tokens[parsed.next - 1]!.end,
    opening
  }
  if (parsed.end) wording.end = parsed.end
  if (part !== undefined && parsed.start.day === undefined && parsed.end === undefined) wording.part = part
  return wording
}

/**
 * Find the date an item opens with (`On January 10,`, `Late May witnessed`,
 * `From 13 to 14 April 2019,`), or else the first date in `text` from `from`
 * to `to` that is not background (`since May 2017`), without resolving years.
 *
 * @param text Item text.
 * @param to Where the search for a later date stops (the end of the first sentence).
 * @returns The wording found, or `undefined`.
 */
export function scanDateWording(text: string, to: number): DateWording | undefined {
  const limit = Math.max(to, Math.min(text.length, 120))
  const tokens = tokenizeDateText(text, 0, limit, firstRead)
  const complete = tokens.length < firstRead
  source = {text, to: limit, tokens, complete, cut: complete && limit < text.length}

  // The opening date: a list marker (`1.`, `(2)`, `•`), lead-in words, then a date.
  // (Or a wire dateline's city in capitals, maybe with its country, then the day: `ALMATY, Kazakhstan, Jan. 10, 2025 --`.)
  const marked = skipListMarker(text, tokens)
  const start = skipDatelinePlace(text, tokens, marked)
  let index = start
  let part: DatePart | undefined
  while (index < tokens.length && index < maxLead) {
    const token = tokens[index]!
    if (token.type === 'word' && leadWords.has(token.lower)) {
      part = partOf[token.lower] ?? part
      index++
      // `Mid-June`, `Monday, June 5`.
      const after = tokens[index]
      if ((after?.type === 'dash' && partOf[token.lower]) || (after?.type === 'comma' && weekdays.has(token.lower))) index++
      continue
    }
    break
  }
  const opening = readExpression(text, tokens, index)
  if (opening && (isDated(opening) || opensWithMonth(text, tokens, start, index, part))) {
    return toWording(tokens, opening, tokens[start]!.start, part, true)
  }

  // A date later in the first sentence: `… visited SWF on March 21.` (none before `to` when it is 0).
  if (to <= 0) return undefined
  readUpTo(Number.POSITIVE_INFINITY)
  // A date in a relative clause (`classrooms, which were torn apart … in December 2021, were handed back on March 13th`)
  // is background: it is taken only when the sentence states no other date.
  let relative: DateWording | undefined
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position]!
    if (token.start >= to) break
    if (token.type !== 'month' && !isDay(token) && !isYear(token)) continue
    const parsed = readExpression(text, tokens, position)
    if (!parsed) continue
    let lead = position
    let leadPart: DatePart | undefined
    while (lead > 0 && position - lead < 4 && isWord(tokens[lead - 1], leadWords) && !weekdays.has((tokens[lead - 1] as {lower: string}).lower)) {
      lead--
      leadPart = partOf[(tokens[lead] as {lower: string}).lower] ?? leadPart
    }
    if (tokens.slice(Math.max(0, lead - 1), position).some((word) => isWord(word, backgroundWords))) continue
    // A bare month name mid-sentence (`the May Fourth Movement`) is a date only after a preposition or with a year.
    const hasPreposition = tokens.slice(lead, position).some((word) => isWord(word, prepositions))
    if (parsed.start.day === undefined && parsed.start.year === undefined && parsed.end === undefined && !hasPreposition && leadPart === undefined) continue
    const wording = toWording(tokens, parsed, tokens[lead]!.start, leadPart, false)
    if (!inRelativeClause(tokens, lead)) return wording
    relative ??= wording
  }
  return relative
}

// A wire dateline's place: a city in capitals (two letters at least), maybe a country or state, then a comma.
const datelinePlace = /\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}(?:,\s+\p{Lu}[\p{L}\p{M}.]*(?: \p{Lu}[\p{L}\p{M}.]*){0,2})?,\s+/uy

/** The index of the first token after a wire dateline's place at `index` (`ALMATY, Kazakhstan, `), or `index`. */
function skipDatelinePlace(text: string, tokens: DateToken[], index: number): number {
  const first = tokens[index]
  // (Most items open with a word in small letters after its capital: one look at the second character.)
  if (first?.type !== 'word' || !first.capital || first.end - first.start < 2 || text.charCodeAt(first.start + 1) > 0x5a || text.charCodeAt(first.start + 1) < 0x41) return index
  datelinePlace.lastIndex = first.start
  if (!datelinePlace.test(text)) return index
  const end = datelinePlace.lastIndex
  let next = index
  while (next < tokens.length && tokens[next]!.start < end) next++
  return next
}

// Words that open a relative clause (`which`, `who`, `whose`, `where`).
const relativeWords = new Set(['which', 'who', 'whose', 'where'])

/** Whether the clause a token is in, back to the last comma, opens with a relative word. */
function inRelativeClause(tokens: DateToken[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const token = tokens[cursor]!
    if (token.type === 'comma') return false
    if (isWord(token, relativeWords)) return true
  }
  return false
}

/** What {@link scanOpeningDate} found. */
export interface OpeningScan {
  /** The date the text opens with, or `undefined`. */
  wording: DateWording | undefined
  /**
   * Whether `wording` is also what `scanDateWording(text, to)` gives for any `to`: an opening
   * date read without reaching the end of the first 120 characters before the end of the text.
   */
  exact: boolean
}

/**
 * Find the date a text opens with, as `scanDateWording(text, 0)` does, and
 * whether a reader that looks as far as the end of the first sentence would
 * find the same one, so that it can take this answer instead of scanning again.
 *
 * @param text Item text.
 * @returns The opening wording, if any, and whether it holds for any `to`.
 */
export function scanOpeningDate(text: string): OpeningScan {
  const wording = scanDateWording(text, 0)
  return {wording, exact: wording !== undefined && !source.cut}
}
