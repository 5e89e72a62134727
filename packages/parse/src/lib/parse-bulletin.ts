import type {Bulletin, Diagnostic, NewsItem} from '@sironet/model'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import type {Block} from './block.js'
import {classifyBlocks, type BlockKind} from './classify-blocks.js'
import {collapseWhiteSpace} from './collapse-white-space.js'
import {createReporter, type ReportExtra, type Reporter} from './create-reporter.js'
import type {DecodeMessage} from './decode-input.js'
import {joinContinuations} from './join-continuations.js'
import {isPipeTable} from './pipe-table.js'
import {makeItemIds} from './make-item-ids.js'
import {
  checkParseOptions,
  countItemYear,
  findIntroYear,
  makeBulletin,
  pickCommonYear,
  readBulletinHead,
  type ParseOptions
} from './read-bulletin-head.js'
import {readInput} from './read-input.js'
import {readItemBlock, reportDuplicate, toNewsItem, type ItemDraft} from './read-item-block.js'
import {sniffFormat} from './sniff-format.js'
import {isFeed, splitFeedBlocks} from './split-feed-blocks.js'
import {isJsonNews, splitJsonBlocks} from './split-json-blocks.js'
import {splitHtmlBlocks} from './split-html-blocks.js'
import {splitTextBlocks} from './split-text-blocks.js'
import {toDiagnostic} from './to-diagnostic.js'

export type {ParseOptions} from './read-bulletin-head.js'

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
  const settings = checkParseOptions(options, 'parseBulletin')
  const {file, messages: decodeMessages} = readInput(input, 'parseBulletin', settings.source, settings.encoding)
  const text = String(file.value)
  const sourceName = settings.source ?? (file.path || undefined)
  const language = settings.language ?? 'en'
  const {report, reportIn, toPoint} = createReporter(file)

  for (const message of decodeMessages) reportDecodeMessage(message, report)

  const format = settings.format === undefined || settings.format === 'auto' ? sniffFormat(text) : settings.format
  // (A news feed, RSS or Atom, is read as the saved page of its entries.)
  // (So is a JSON document of news, a CMS's export: its entries are forms.)
  const blocks = joinContinuations(
    format === 'html' ? (isFeed(text) ? splitFeedBlocks(text) : isJsonNews(text) ? splitJsonBlocks(text) : splitHtmlBlocks(file)) : splitTextBlocks(text)
  )
  const classified = classifyBlocks(blocks)

  const head = readBulletinHead(classified.title, blocks[0], sourceName, report, classified.periodLine)
  let year = settings.year ?? head.titleYear
  if (year === undefined && !head.period) {
    year = findIntroYear(classified.intro)
    if (year === undefined) {
      const counts = new Map<number, number>()
      for (const block of classified.items) countItemYear(block, counts)
      year = pickCommonYear(counts)
    }
  }

  for (const block of classified.skippedHeadings) reportSkippedHeading(block, reportIn)

  const drafts: ItemDraft[] = []
  // The first item of each collapsed text, by the text's length: a string key would be hashed whole, and
  // texts of the same length are few and mostly differ early.
  const seen = new Map<number, Array<[string, Block]>>()
  const paragraphKind = new Map<Block, ParagraphRecord['kind']>()
  const context = {year, period: head.period, language, reportIn}

  for (const block of classified.items) {
    const normalized = collapseWhiteSpace(block.text)
    const sameLength = seen.get(normalized.length)
    const first = sameLength?.find(([seenText]) => seenText === normalized)?.[1]
    if (first) {
      reportDuplicate(block, toPoint(first.offset), reportIn)
      paragraphKind.set(block, 'duplicate')
      continue
    }
    if (sameLength) sameLength.push([normalized, block])
    else seen.set(normalized.length, [[normalized, block]])
    // (An item of a later part of the file is dated by that part's period.)
    const partPeriod = classified.partPeriods.get(block)
    const itemContext = partPeriod ? {...context, year: settings.year, period: partPeriod} : context
    drafts.push(readItemBlock(block, normalized, classified.dateHeadings.get(block), itemContext, classified.headlines.get(block)))
  }

  const ids = makeItemIds(drafts.map((draft) => ({date: draft.date, text: draft.block.text, after: draft.after})))
  const items: NewsItem[] = drafts.map((draft, index) => toNewsItem(draft, ids[index]!, head.id, language, toPoint(draft.block.offset)))

  if (items.length === 0) reportEmpty(text, report)

  const bulletin = makeBulletin(head, language, classified.intro, sourceName)
  bulletin.items = items

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

/**
 * Report a problem met decoding the input (or mojibake) at its place in the text.
 *
 * @param message The decoding message.
 * @param report Adds a message.
 */
export function reportDecodeMessage(message: DecodeMessage, report: Reporter['report']): void {
  const extra: ReportExtra = {note: message.note, fatal: message.fatal}
  if (message.actual !== undefined) extra.actual = message.actual
  if (message.expected !== undefined) extra.expected = [message.expected]
  const length = message.ruleId === 'mojibake' && message.actual !== undefined ? message.actual.length : 1
  report(message.ruleId, message.reason, message.textOffset, message.textOffset + length, extra)
}

/**
 * Report a heading between items, which is not read as an item.
 *
 * @param block The heading.
 * @param reportIn Adds a message.
 */
export function reportSkippedHeading(block: Block, reportIn: Reporter['reportIn']): void {
  if (isPipeTable(block.text)) {
    const rows = block.text.split('\n').filter((line) => line.trim() !== '').length - 2
    reportIn(block, 'skipped-heading', `Unexpected table of ${rows} rows between items; its rows are not read as items`, 0, block.text.length)
    return
  }
  reportIn(block, 'skipped-heading', `Unexpected heading \`${collapseWhiteSpace(block.text)}\` between items; it is not read as an item`, 0, block.text.length)
}

/**
 * Report a bulletin without items.
 *
 * @param text The text, or its first character (only its length up to 1 counts).
 * @param report Adds a message.
 */
export function reportEmpty(text: string, report: Reporter['report']): void {
  report('empty-bulletin', 'Expected at least one news item, found none', 0, Math.min(text.length, 1))
}
