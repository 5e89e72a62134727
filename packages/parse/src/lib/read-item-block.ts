import {maxHeadlineLength, type EventDate, type NewsItem, type Period, type Place} from '@sironet/model'
import type {Block} from './block.js'
import type {ReportExtra, Reporter} from './create-reporter.js'
import {collapseWhiteSpace} from './collapse-white-space.js'
import {readDaysOfHeadingMonth} from './days-of-heading-month.js'
import {findBadOrdinals} from './find-bad-ordinals.js'
import {findMojibake, type MojibakeMatch} from './find-mojibake.js'
import {findRunTogetherWords} from './find-run-together-words.js'
import {findSentenceEnd} from './find-sentence-end.js'
import {findUnbalancedQuotes} from './find-unbalanced-quotes.js'
import {readStatedPlaces} from './extract-places.js'
import {findDateStart, readBareDateLine, readBlockForm, readDateLine, readRunInHeading, scanBlockOpening} from './block-opening.js'
import {readHeadlineDateline} from './headline-dateline.js'
import {readDateWording, readEventDate, readEventDateFrom, withStatedRange, type EventDateReading} from './read-event-date.js'
import {scanOpeningDate} from './scan-date-wording.js'
import {splitSentences} from './extract-sentences.js'
import type {FormRecord} from './read-form-record.js'
import {readItemFacts, truncateText, type ItemFacts} from './read-item-facts.js'
import type {TextIssue} from './text-issue.js'

/** What reading an item needs to know of its bulletin. */
export interface ItemBlockContext {
  /** Year for dates that state none (optional). */
  year: number | undefined
  /** The bulletin’s period, or `null`. */
  period: Period | null
  /** BCP 47 language of the bulletin. */
  language: string
  /** Adds a message about a range of the block. */
  reportIn: Reporter['reportIn']
  /** Whether to read the facts and look for text problems; `false` reads only what ids need (optional, default `true`). */
  facts?: boolean
}

/** An item read from its paragraph, before it gets its id. */
export interface ItemDraft {
  /** The paragraph. */
  block: Block
  /** The item’s date, or `null`. */
  date: EventDate | null
  /** Offset in the text just after the date wording the item opens with (`0` when none). */
  after: number
  /** The facts; empty when read with `facts: false`. */
  facts: ItemFacts['facts'] | undefined
}

function isOutside(date: EventDate, period: Period): boolean {
  const start = date.start.slice(0, 7)
  const end = (date.end ?? date.start).slice(0, 7)
  return start < period.start || end > period.end || start > period.end
}

/**
 * Report that a paragraph repeats an earlier item word for word.
 *
 * @param block The repeat.
 * @param first Line and column of the item it repeats.
 * @param reportIn Adds the message.
 */
export function reportDuplicate(block: Block, first: {line: number; column: number}, reportIn: Reporter['reportIn']): void {
  reportIn(block, 'duplicate-item', `Unexpected repeat of the item at ${first.line}:${first.column}; the repeat is dropped`, 0, findSentenceEnd(block.text))
}

/**
 * Read one item paragraph: its date (from its opening words, else from a date
 * heading above it), the problems of its text, and its facts. Used alike by
 * the whole-file and the streaming parse, so both give the same items.
 *
 * @param block The paragraph.
 * @param normalized Its text with white space collapsed.
 * @param dateHeading A heading that is only a date above it (optional).
 * @param context Year, period, language and the reporter.
 * @param headline A headline of its own right above it (optional).
 * @returns The draft item.
 */
export function readItemBlock(block: Block, normalized: string, dateHeading: Block | undefined, context: ItemBlockContext, headline?: Block): ItemDraft {
  const {year, period, language, reportIn} = context
  const body = block.text
  // The opening date the classification found, when it is what the full reader would find.
  const opening = scanBlockOpening(block)
  const opened = opening.exact
    ? readDateWording(body, opening.wording && withStatedRange(body, opening.wording), {year, period})
    : readEventDateFrom(body, findDateStart(block), {year, period})
  // A date line that a post keeps over its text (`19.02.2025 | Tashkent`) dates it; the text may state its last day
  // (`during February 19 and 28`).
  const form = readBlockForm(block)
  const dateLine = form ? undefined : readDateLine(block)
  // (Or a line that is only the day a page posted it: `07.07.2025` over `On July 3, …`.)
  let written = opened
  if (opened?.date && dateLine) written = pickDateLineDate(opened, readEventDateFrom(body, dateLine.end, {year, period}))
  else if (opened?.date && !form) {
    const bareLine = readBareDateLine(block)
    if (bareLine !== undefined) written = pickPostedDate(opened, body, bareLine, period, year)
  }
  // `In May 2024, the clinic … was completed … On March 5, a delegation … revisited it.` in a bulletin of 2026 H1: an
  // opening date of a year before the period is background when a later sentence opens with a date inside it.
  const stated = written?.date && written.yearStated && period && written.date.start.slice(0, 7) < period.start ? (readLaterDate(body, {year, period}) ?? written) : written
  // A headline that closes with the item's place and date (`Mobile clinics reach villages (Lodwar, Kenya, 4–9 March
  // 2024)`) dates it, unless the text opens with a date of its own: a date later in the text is background then.
  const headlineDateline = headline && readHeadlineDateline(headline.text)
  const reading = headlineDateline && stated && !stated.opening ? undefined : stated
  let date: EventDate | null = null
  let after = 0
  // (Or, without one, the date of the item's own headline: `Youth Forum in Almaty (12 May 2024)`.)
  const headingDate = reading
    ? undefined
    : (dateHeading && readEventDate(dateHeading.text, {year, period})?.date) ||
      (headlineDateline && readEventDate(headlineDateline.date, {year, period})?.date) ||
      (headline && readEventDate(headline.text, {year, period})?.date)
  if (headingDate) {
    // `January 2018` above undated items dates them; so does a date in an item's headline.
    // (With the days the item states: `On the 18th,` under `January`.)
    date = (dateHeading && readDaysOfHeadingMonth(headingDate, body)) || headingDate
  } else if (!reading) {
    reportIn(block, 'missing-date', 'Expected a date at the start of the item', 0, findSentenceEnd(body))
  } else if (reading.problem) {
    reportIn(block, reading.problem.ruleId, reading.problem.reason, reading.offset, reading.offset + reading.length, {
      actual: body.slice(reading.offset, reading.offset + reading.length)
    })
  } else {
    date = reading.date
    if (reading.opening) after = reading.offset + reading.length
    if (date && period && isOutside(date, period)) {
      reportIn(
        block,
        'date-outside-period',
        `Unexpected date ${date.end ? `${date.start} to ${date.end}` : date.start} outside the bulletin’s period (${period.start} to ${period.end})`,
        reading.offset,
        reading.offset + reading.length,
        {actual: date.text, expected: [`${period.start} to ${period.end}`]}
      )
    }
  }
  if (context.facts === false) return {block, date, after, facts: undefined}

  // Mojibake (reported by the decoder) is read as what it was, in as many characters (`â€œ` as `“  `), so the
  // quotation marks are counted right and each message keeps its place.
  const mojibake = mayHoldMojibake.test(body) ? findMojibake(body).map(toMojibakeFix) : []
  reportIssues(block, findUnbalancedQuotes(mojibake.length === 0 ? body : maskMojibake(body, mojibake)), reportIn)
  const runTogether = findRunTogetherWords(body, {language})
  reportIssues(block, runTogether, reportIn)
  reportIssues(block, findBadOrdinals(body), reportIn)

  const dateYear = date ? Number(date.start.slice(0, 4)) : (year ?? (period ? Number(period.start.slice(0, 4)) : undefined))
  // Facts are read from the text with the spaces the run-together-words rule expects (`inSuva, Fiji` → `in Suva, Fiji`).
  // (And with words broken at a line end joined again, as text copied out of a PDF has them: `volun-` / `teers`.)
  // (And without a page's header and footer lines inside an item cut by a page break.)
  // (And with its mojibake mended, which the decoder reported: `â€œOne Planetâ€` → `“One Planet”`.)
  // (And after a post's standfirst, which says in short what the paragraph after it tells: see `Block.standfirst`.)
  const fixes = mojibake.length === 0 ? runTogether : [...runTogether, ...mojibake].sort((a, b) => a.start - b.start)
  // (And, for a filled-in reporting form, from its narrative fields, with the facts its other fields state.)
  // (And after a date line that a post keeps over its text, `📅 10 Jan 2025 | 📍 Almaty, Kazakhstan`, whose place is
  // the venue and whose headline after a dash is the item's.)
  const runIn = form || block.standfirst !== undefined || dateLine ? undefined : readRunInHeading(body)
  const textFrom = block.standfirst ?? dateLine?.end ?? runIn?.end
  const factText = form
    ? readNarrative(body, form, fixes)
    : textFrom === undefined
      ? fixes.length === 0 && !hasLineEndHyphen(body) && !block.furniture
        ? normalized
        : collapseWhiteSpace(joinBrokenWords(applyFixes(dropFurniture(block), fixes)))
      : readSlice(body, textFrom, body.length, fixes)
  const {facts, problems} = readItemFacts(factText, {language, ...(dateYear === undefined ? {} : {year: dateYear}), ...(form ? {form} : {})})
  if (dateLine?.place !== undefined) facts.places = withVenue(facts.places, dateLine.place)
  else if (headlineDateline?.place !== undefined) facts.places = withVenue(facts.places, headlineDateline.place)
  // A headline the bulletin gives the item is the one a human editor wrote (or the activity a form names).
  const givenHeadline = headline?.text ?? form?.name ?? dateLine?.headline ?? runIn?.title
  if (givenHeadline !== undefined) facts.headline = truncateText(collapseWhiteSpace(givenHeadline), maxHeadlineLength)
  if (problems.length > 0) {
    reportIn(block, 'invalid-facts', `Dropped facts that are not valid records: ${problems.join('; ')}`, 0, findSentenceEnd(body))
  }
  return {block, date, after, facts}
}

/**
 * The date a later sentence of an item opens with, when it falls inside the bulletin's period (see `readItemBlock`):
 * not the item's opening, so the item's id still reads from its start.
 */
function readLaterDate(body: string, options: {year: number | undefined; period: Period}): EventDateReading | undefined {
  const sentences = splitSentences(body)
  for (let index = 1; index < sentences.length; index++) {
    const sentence = sentences[index]!
    if (scanOpeningDate(sentence.text).wording?.opening !== true) continue
    const reading = readEventDateFrom(body, sentence.start, options)
    if (reading?.date && !reading.problem && !isOutside(reading.date, options.period)) return {...reading, opening: false}
  }
  return undefined
}

/**
 * The date of an item under a date line: the text's own when the date line's day falls within it (`26.05.2025 |
 * Khiva` over `Late May witnessed …`, `19.02.2025` over `during February 19 and 28`), else the date line's (over a
 * background date: `🗓 12–16 January` over `On January 10, registration closed …`).
 */
function pickDateLineDate(line: EventDateReading, text: EventDateReading | undefined): EventDateReading {
  const day = line.date?.start
  const own = text?.date
  if (!day || !own) return line
  const last = own.end ?? own.start
  return day.slice(0, own.start.length) >= own.start && day.slice(0, last.length) <= last ? text! : line
}

/**
 * The date of an item under a line that is only a date (`07.07.2025` over `On July 3, the Youth Dialogue …`): the
 * day a page posted it, so the event's date is the one its text's first sentence states, when that date names at
 * least a month and falls in the bulletin's period; else the line's (over `In 2015, the association …`, or a text
 * with no date).
 */
function pickPostedDate(line: EventDateReading, body: string, from: number, period: Period | null | undefined, year: number | undefined): EventDateReading {
  const text = readEventDateFrom(body, from, {year, period})
  const own = text?.date
  if (!own || own.start.length < 7 || (period && isOutside(own, period))) return line
  // (Its opening date, or one later in its first sentence: `… was held in Vienna on October 20.`)
  return text.offset === from || text.offset < from + findSentenceEnd(body.slice(from)) ? text : line
}

/**
 * The places of an item under a date line naming its venue: that venue, which stands for the text's (a post names
 * where its guests came from, `a squad from Baku`); the text's when the venue reads as no place.
 */
function withVenue(places: Place[], venue: string): Place[] {
  const named = readStatedPlaces(venue)
  return named.length === 0 ? places : named
}

/** The text from `from` to `to`, with the fixes inside it, for reading facts (after a standfirst: see `Block.standfirst`). */
function readSlice(body: string, from: number, to: number, fixes: readonly TextIssue[]): string {
  const shifted = fixes.filter((fix) => fix.start >= from && fix.end <= to).map((fix) => ({...fix, start: fix.start - from, end: fix.end - from}))
  return collapseWhiteSpace(joinBrokenWords(applyFixes(body.slice(from, to), shifted)))
}

/** A form's narrative fields (`Summary: …`), with the fixes inside them, for reading facts; else its activity's name. */
function readNarrative(body: string, form: FormRecord, fixes: readonly TextIssue[]): string {
  const parts: string[] = []
  for (const field of form.fields) {
    if (field.kind !== 'narrative' || field.value === '') continue
    // (A cell wrapped inside its column is read as put together.)
    parts.push(field.joined ? collapseWhiteSpace(field.value) : readSlice(body, field.start, field.start + field.value.length, fixes))
  }
  return parts.length > 0 ? parts.join(' ') : collapseWhiteSpace(form.name ?? '')
}

// A hyphen at a line end: between lower-case letters it breaks one word (`volun-` / `teers`); before a capital it
// is a real one (`Port-au-` / `Prince`), kept.
const brokenWord = /(\p{Ll})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu
const hyphenAtLineEnd = /(\p{L})-[ \t]*\r?\n[ \t]*(\p{Lu})/gu

/** The block's text with the page furniture inside it (see `Block.furniture`) turned into spaces, same length. */
function dropFurniture(block: Block): string {
  let kept = block.text
  for (const [start, end] of block.furniture ?? []) kept = kept.slice(0, start) + ' '.repeat(end - start) + kept.slice(end)
  return kept
}

/** Whether a line of the text ends with a hyphen (a cheap test before the patterns below). */
function hasLineEndHyphen(text: string): boolean {
  return text.includes('-\n') || text.includes('-\r\n')
}

/** The text with words broken at a line end joined again (see `brokenWord`). */
function joinBrokenWords(text: string): string {
  return hasLineEndHyphen(text) ? text.replace(brokenWord, '$1$2').replace(hyphenAtLineEnd, '$1-$2') : text
}

// The first characters of the usual mojibake runs (`Ã©`, `â€œ`, `Â `): text without any has none to mend.
const mayHoldMojibake = /[\u00c2-\u00c5\u00e2]/

/** A run of mojibake as a fix to apply to the text facts are read from. */
function toMojibakeFix(match: MojibakeMatch): TextIssue {
  return {ruleId: 'mojibake', reason: 'Mojibake', start: match.offset, end: match.offset + match.length, expected: [match.expected]}
}

/** The text with each mojibake run replaced by what it was, padded with spaces to the run's length. */
function maskMojibake(text: string, fixes: readonly TextIssue[]): string {
  let masked = ''
  let last = 0
  for (const fix of fixes) {
    const expected = fix.expected![0]!
    masked += text.slice(last, fix.start) + expected + ' '.repeat(Math.max(0, fix.end - fix.start - expected.length))
    last = fix.end
  }
  return masked + text.slice(last)
}

/**
 * The text with each issue's first expected text in its place (issues in order, not overlapping),
 * except inside curly quotes, whose text themes keep verbatim.
 */
function applyFixes(text: string, issues: readonly TextIssue[]): string {
  let fixed = ''
  let last = 0
  for (const issue of issues) {
    const expected = issue.expected?.[0]
    if (expected === undefined || issue.start < last || isQuotedAt(text, issue.start)) continue
    fixed += text.slice(last, issue.start) + expected
    last = issue.end
  }
  return fixed + text.slice(last)
}

/** Whether an offset is inside `“…”`: an opening quote before it with no closing one between. */
function isQuotedAt(text: string, offset: number): boolean {
  const open = text.lastIndexOf('“', offset)
  return open !== -1 && text.lastIndexOf('”', offset) < open
}

function reportIssues(block: Block, issues: readonly TextIssue[], reportIn: Reporter['reportIn']): void {
  for (const issue of issues) {
    const extra: ReportExtra = {}
    if (issue.actual !== undefined) extra.actual = issue.actual
    if (issue.expected !== undefined) extra.expected = issue.expected
    reportIn(block, issue.ruleId, issue.reason, issue.start, issue.end, extra)
  }
}

/**
 * Make the news item of a draft.
 *
 * @param draft The draft, read with facts.
 * @param id Its id.
 * @param bulletinId The bulletin id.
 * @param language BCP 47 language.
 * @param start Line and column of the paragraph.
 * @returns The item.
 */
export function toNewsItem(draft: ItemDraft, id: string, bulletinId: string, language: string, start: {line: number; column: number}): NewsItem {
  const facts = draft.facts!
  return {
    id,
    date: draft.date,
    headline: facts.headline,
    summary: facts.summary,
    // (For text input, the source slice, Markdown's markup included: see `Block.source`.)
    body: draft.block.source ?? draft.block.text,
    places: facts.places,
    participants: facts.participants,
    themes: facts.themes,
    organizations: facts.organizations,
    people: facts.people,
    tags: facts.tags,
    language,
    source: {bulletin: bulletinId, line: start.line, column: start.column, offset: draft.block.offset, length: draft.block.length}
  }
}
