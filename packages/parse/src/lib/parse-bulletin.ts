import {
  isLanguageTag,
  makeSlug,
  validateBulletin,
  type Bulletin,
  type Diagnostic,
  type EventDate,
  type NewsItem,
  type Period
} from '@sironet/model'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {toSourceOffset, type Block} from './block.js'
import {classifyBlocks, type BlockKind} from './classify-blocks.js'
import {collapseWhiteSpace} from './collapse-white-space.js'
import {createReporter, type ReportExtra} from './create-reporter.js'
import {findBadOrdinals} from './find-bad-ordinals.js'
import {findRunTogetherWords} from './find-run-together-words.js'
import {findSentenceEnd} from './find-sentence-end.js'
import {findUnbalancedQuotes} from './find-unbalanced-quotes.js'
import {makeItemIds} from './make-item-ids.js'
import {readEventDate} from './read-event-date.js'
import {readInput} from './read-input.js'
import {readItemFacts} from './read-item-facts.js'
import {readPeriod, readTitleYear} from './read-period.js'
import {sniffFormat} from './sniff-format.js'
import {splitHtmlBlocks} from './split-html-blocks.js'
import {splitTextBlocks} from './split-text-blocks.js'
import {toDiagnostic} from './to-diagnostic.js'

/** Options for {@link parseBulletin}. */
export interface ParseOptions {
  /** Year for dates that state none; by default the year that puts the date inside the title’s period (optional, example: `2018`). */
  year?: number | undefined
  /** BCP 47 language of the bulletin, set on every item (optional, default `'en'`). */
  language?: string | undefined
  /**
   * File name or bulletin id: names the file in messages, and (its base name
   * without extension) becomes the bulletin id and `source.bulletin` of items
   * (optional, example: `'fixtures/sironet-2018-h1.txt'`; default: the VFile’s path, else a slug of the title).
   */
  source?: string | undefined
  /** Whether the input is plain text or an HTML page (optional, default `'auto'`: HTML when it starts with or holds HTML tags). */
  format?: 'text' | 'html' | 'auto' | undefined
  /** Encoding of bytes, instead of detecting it (optional, example: `'windows-1252'`). */
  encoding?: string | undefined
}

/** What a paragraph of the input became, kept in `file.data.paragraphs` so nothing goes unaccounted. */
export interface ParagraphRecord {
  /** `'title'`, `'intro'`, `'heading'`, `'item'`, or `'duplicate'` (dropped with a `duplicate-item` message). */
  kind: BlockKind | 'duplicate'
  /** Offset of the paragraph in the source. */
  offset: number
  /** Length of the paragraph in the source. */
  length: number
  /** Id of the item it became, for `'item'`. */
  id?: string
}

/** What {@link parseBulletin} returns. */
export interface ParseResult {
  /** The bulletin, valid under `@sironet/model`, with its items. */
  bulletin: Bulletin
  /** The news items, in document order (the same array as `bulletin.items`). */
  items: NewsItem[]
  /** Every problem found, in order of place. */
  messages: Diagnostic[]
  /** The file, with `data.bulletin`, `data.items`, `data.paragraphs` and its VFile messages. */
  file: VFile
}

declare module 'vfile' {
  interface DataMap {
    /** The bulletin read by `parseBulletin`. */
    bulletin: Bulletin
    /** The items read by `parseBulletin`. */
    items: NewsItem[]
    /** What each paragraph of the input became. */
    paragraphs: ParagraphRecord[]
  }
}

const formats = new Set(['text', 'html', 'auto'])

function checkOptions(options: unknown): ParseOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') {
    throw new TypeError('Cannot call `parseBulletin` with these options. Pass an object such as `{year: 2018}`, or nothing.')
  }
  const value = options as ParseOptions
  if (value.year !== undefined && (!Number.isInteger(value.year) || value.year < 1000 || value.year > 9999)) {
    throw new TypeError(`Cannot use \`year\` ${JSON.stringify(value.year)}. Pass a four-digit year such as \`2018\`.`)
  }
  if (value.language !== undefined && (typeof value.language !== 'string' || !isLanguageTag(value.language))) {
    throw new TypeError(`Cannot use \`language\` ${JSON.stringify(value.language)}. Pass a BCP 47 language tag such as \`'en'\`.`)
  }
  if (value.source !== undefined && (typeof value.source !== 'string' || value.source.length === 0)) {
    throw new TypeError(`Cannot use \`source\` ${JSON.stringify(value.source)}. Pass a file name or bulletin id such as \`'sironet-2018-h1.txt'\`.`)
  }
  if (value.format !== undefined && !formats.has(value.format)) {
    throw new TypeError(`Cannot use \`format\` ${JSON.stringify(value.format)}. Pass \`'text'\`, \`'html'\` or \`'auto'\`.`)
  }
  if (value.encoding !== undefined && typeof value.encoding !== 'string') {
    throw new TypeError(`Cannot use \`encoding\` ${JSON.stringify(value.encoding)}. Pass an encoding label such as \`'windows-1252'\`.`)
  }
  return value
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path
  return name.replace(/\.[^.]*$/, '') || name
}

/** The title without a period in brackets glued to it: `Latest News(2018.1-2018.6)` → `Latest News`. */
function tidyTitle(title: string): string {
  const reading = readPeriod(title)
  if (!reading) return title
  const before = title.slice(0, reading.offset)
  const after = title.slice(reading.offset + reading.length)
  if (/[(（[]\s*$/.test(before) && /^\s*[)）\]]\s*$/.test(after)) {
    const rest = before.replace(/[(（[]\s*$/, '').trim()
    if (rest.length > 0) return rest
  }
  return title
}

/**
 * The year of a bulletin whose title states none: the first year the intro
 * names, else the year items state most often (`On 13 June 2017`).
 */
function guessYear(intro: readonly Block[], items: readonly Block[]): number | undefined {
  for (const block of intro) {
    const match = /(?<![\d.\-/])(19[89]\d|20\d\d)(?![\d.\-/])/.exec(block.text)
    if (match) return Number(match[1])
  }
  const counts = new Map<number, number>()
  for (const block of items) {
    const date = readEventDate(block.text)?.date
    if (!date) continue
    const stated = Number(date.start.slice(0, 4))
    counts.set(stated, (counts.get(stated) ?? 0) + 1)
  }
  let best: number | undefined
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && value < best)) best = value
  return best
}

function isOutside(date: EventDate, period: Period): boolean {
  const start = date.start.slice(0, 7)
  const end = (date.end ?? date.start).slice(0, 7)
  return start < period.start || end > period.end || start > period.end
}

/**
 * Read a legacy SIRONET bulletin (plain text or an HTML page) into a
 * {@link Bulletin} of {@link NewsItem}s valid under `@sironet/model`, with a
 * positioned message for everything doubtful. The title, its period and the
 * intro come first; every other paragraph becomes an item (or a message):
 * its date, stable id, exact source range, and the facts `extractFacts` reads.
 * Content problems never throw; they are messages. The unified way: the
 * records also land in `file.data` and the messages in `file.messages`.
 *
 * @param input The bulletin: a string, a Buffer or `Uint8Array` (encoding detected), or a VFile.
 * @param options Year, language, source name, format, encoding (optional).
 * @returns The bulletin, its items, the messages and the file.
 * @example
 *   const {bulletin, items, messages} = parseBulletin(await fs.readFile('sironet-2018-h1.txt'), {source: 'sironet-2018-h1.txt'})
 *   console.log(bulletin.period, items[0]?.date, messages.map(String))
 */
export function parseBulletin(input: string | Uint8Array | VFile, options?: ParseOptions): ParseResult {
  const settings = checkOptions(options)
  const {file, messages: decodeMessages} = readInput(input, 'parseBulletin', settings.source, settings.encoding)
  const text = String(file.value)
  const sourceName = settings.source ?? (file.path || undefined)
  const language = settings.language ?? 'en'
  const {report, reportIn, toPoint} = createReporter(file)

  for (const message of decodeMessages) {
    const extra: ReportExtra = {note: message.note, fatal: message.fatal}
    if (message.actual !== undefined) extra.actual = message.actual
    if (message.expected !== undefined) extra.expected = [message.expected]
    const length = message.ruleId === 'mojibake' && message.actual !== undefined ? message.actual.length : 1
    report(message.ruleId, message.reason, message.textOffset, message.textOffset + length, extra)
  }

  const format = settings.format === undefined || settings.format === 'auto' ? sniffFormat(text) : settings.format
  const blocks = format === 'html' ? splitHtmlBlocks(file) : splitTextBlocks(text)
  const classified = classifyBlocks(blocks)

  let title = classified.title ? tidyTitle(collapseWhiteSpace(classified.title.text)) : ''
  const period = classified.title ? (readPeriod(classified.title.text)?.period ?? null) : null
  const titleYear = classified.title && !period ? readTitleYear(classified.title.text) : undefined
  if (!classified.title) {
    const first = blocks[0]
    report('missing-title', 'Expected a title on the first line, such as `Latest News (2018.1-2018.6)`', first?.offset ?? 0, first ? Math.min(first.offset + first.length, toSourceOffset(first, findSentenceEnd(first.text))) : 0)
    title = sourceName ? baseName(sourceName) : 'Untitled bulletin'
  }
  const bulletinId = makeSlug(sourceName ? baseName(sourceName) : `${title} ${period?.start ?? ''}`)
  const year = settings.year ?? titleYear ?? (period ? undefined : guessYear(classified.intro, classified.items))

  for (const block of classified.skippedHeadings) {
    reportIn(block, 'skipped-heading', `Unexpected heading \`${collapseWhiteSpace(block.text)}\` between items; it is not read as an item`, 0, block.text.length)
  }

  interface Draft {
    block: Block
    date: EventDate | null
    after: number
    facts: ReturnType<typeof readItemFacts>['facts']
  }
  const drafts: Draft[] = []
  const seen = new Map<string, Block>()
  const paragraphKind = new Map<Block, ParagraphRecord['kind']>()

  for (const block of classified.items) {
    const body = block.text
    const normalized = collapseWhiteSpace(body)
    const first = seen.get(normalized)
    if (first) {
      const at = toPoint(first.offset)
      reportIn(block, 'duplicate-item', `Unexpected repeat of the item at ${at.line}:${at.column}; the repeat is dropped`, 0, findSentenceEnd(body))
      paragraphKind.set(block, 'duplicate')
      continue
    }
    seen.set(normalized, block)

    const reading = readEventDate(body, {year, period})
    let date: EventDate | null = null
    let after = 0
    const heading = classified.dateHeadings.get(block)
    const headingDate = reading ? undefined : heading && readEventDate(heading.text, {year, period})?.date
    if (headingDate) {
      // `January 2018` above undated items dates them.
      date = headingDate
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

    for (const issue of [...findUnbalancedQuotes(body), ...findRunTogetherWords(body, {language}), ...findBadOrdinals(body)]) {
      const extra: ReportExtra = {}
      if (issue.actual !== undefined) extra.actual = issue.actual
      if (issue.expected !== undefined) extra.expected = issue.expected
      reportIn(block, issue.ruleId, issue.reason, issue.start, issue.end, extra)
    }

    const dateYear = date ? Number(date.start.slice(0, 4)) : (year ?? (period ? Number(period.start.slice(0, 4)) : undefined))
    const {facts, problems} = readItemFacts(normalized, dateYear === undefined ? {language} : {language, year: dateYear})
    if (problems.length > 0) {
      reportIn(block, 'invalid-facts', `Dropped facts that are not valid records: ${problems.join('; ')}`, 0, findSentenceEnd(body))
    }
    drafts.push({block, date, after, facts})
  }

  const ids = makeItemIds(drafts.map((draft) => ({date: draft.date, text: draft.block.text, after: draft.after})))
  const items: NewsItem[] = drafts.map((draft, index) => {
    const start = toPoint(draft.block.offset)
    return {
      id: ids[index]!,
      date: draft.date,
      headline: draft.facts.headline,
      summary: draft.facts.summary,
      body: draft.block.text,
      places: draft.facts.places,
      participants: draft.facts.participants,
      themes: draft.facts.themes,
      organizations: draft.facts.organizations,
      people: draft.facts.people,
      tags: draft.facts.tags,
      language,
      source: {bulletin: bulletinId, line: start.line, column: start.column, offset: draft.block.offset, length: draft.block.length}
    }
  })

  if (items.length === 0) {
    report('empty-bulletin', 'Expected at least one news item, found none', 0, Math.min(text.length, 1))
  }

  const intro = classified.intro.map((block) => collapseWhiteSpace(block.text)).join('\n\n')
  const bulletin: Bulletin = {id: bulletinId, title, period, language, intro, items}
  const checked = validateBulletin({...bulletin, items: []})
  if (!checked.ok) {
    // Only a title made of white space or symbols can get here: keep a readable one.
    bulletin.title = sourceName ? baseName(sourceName) : 'Untitled bulletin'
  }

  const idOf = new Map(drafts.map((draft, index) => [draft.block, ids[index]!]))
  file.data.paragraphs = blocks.map((block, index) => {
    const record: ParagraphRecord = {kind: paragraphKind.get(block) ?? classified.kinds[index]!, offset: block.offset, length: block.length}
    const id = idOf.get(block)
    if (id !== undefined) record.id = id
    return record
  })
  file.data.bulletin = bulletin
  file.data.items = items

  file.messages.sort(compareMessage)
  const messages = file.messages.map((message) => toDiagnostic(message, sourceName))
  return {bulletin, items, messages, file}
}
