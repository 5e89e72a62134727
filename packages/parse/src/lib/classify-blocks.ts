import type {Block} from './block.js'
import {isDateHeading, opensWithDate} from './block-opening.js'
import {namesDay} from './headline-dateline.js'
import {isItemHeadline} from './item-headline.js'
import {isMailHeader, isQuotedMessage, looksLikeBoilerplate} from './looks-like-boilerplate.js'
import {looksLikeHeading, looksLikeHeadingOverLines} from './looks-like-heading.js'
import {isChatNews} from './chat-export.js'
import {isPipeTable} from './pipe-table.js'
import type {Period} from '@sironet/model'
import {readPeriod, readPeriodOfMonths} from './read-period.js'

/** What a paragraph of the input turned out to be. */
export type BlockKind = 'title' | 'intro' | 'heading' | 'item'

/** The paragraphs of a bulletin, sorted into title, intro, headings and items. */
export interface ClassifiedBlocks {
  /** The title paragraph, when the first one reads as a title (or is an `<h1>`). */
  title: Block | undefined
  /**
   * A line right under a title that states no period, stating only the bulletin's period (`1 JULY - 31 DECEMBER
   * 2020` under a report's title page), if any.
   */
  periodLine: Block | undefined
  /** Paragraphs before the first item that are not headings. */
  intro: Block[]
  /** Paragraphs that are news items, in document order. */
  items: Block[]
  /** Headings after the first item (reported as `skipped-heading`). */
  skippedHeadings: Block[]
  /** For items under a heading that is only a date (`January 2018`), that heading. */
  dateHeadings: Map<Block, Block>
  /** For items right under a headline of their own (see `isItemHeadline`), that headline. */
  headlines: Map<Block, Block>
  /** For items of a later part of the file (see {@link readPartPeriod}), that part's period. */
  partPeriods: Map<Block, Period>
  /** Where the reading of the file's parts is after the last paragraph (for a stream that reads on). */
  part: PartState
  /** The kind of each input block, in input order. */
  kinds: BlockKind[]
}

function isHeading(block: Block): boolean {
  // A copyright notice (a saved web page's footer) is no item either: it is skipped like a heading.
  // (So is a Markdown table that sums up the items, told in full in paragraphs of their own.)
  return block.tag === 'heading' || block.tag === 'title' || looksLikeHeading(block.text) || isPipeTable(block.text) || isFurniture(block)
}

/** Whether a paragraph is page furniture (see `looksLikeBoilerplate`), or a chat's line that is no news (see `isChatNews`). */
function isFurniture(block: Block): boolean {
  if (block.chat !== undefined) return block.chat === 'system' || !isChatNews(block)
  return looksLikeBoilerplate(block.text)
}

/**
 * What a paragraph after the first item is: a heading (not dated, and short
 * without a final period, or marked up as one), else an item. Nothing later
 * changes it, so a stream can decide it at once.
 *
 * @param block The paragraph.
 * @param dated Whether it opens with a date, when already known (optional).
 * @returns `'heading'` or `'item'`.
 */
export function classifyAfterStart(block: Block, dated = opensWithDate(block)): 'heading' | 'item' {
  // (A message quoted under an e-mail is none, though it opens with a date: `> On 2 July 2021, … wrote:`.)
  return (!dated && (isHeading(block) || closingLetter.test(block.text))) || (dated && (isQuotedMessage(block.text) || isFurniture(block))) ? 'heading' : 'item'
}

// `Dear friends, the Board of the Union thanks all member organizations …`: after the items, the editors' letter that
// closes the bulletin (before them, `Dear partners, this issue collects …` is its intro).
const closingLetter = /^Dear\s+(?:friends|colleagues|members|partners|readers|all)\b/i

/** Where a title that states the period stands after other paragraphs (see `classifyBlocks`), or `-1`. */
function findPeriodTitle(blocks: readonly Block[]): number {
  // (An e-mail's header may state the period in its subject: the title is still to come.)
  if (blocks[0] === undefined || (readPeriod(blocks[0].text) !== undefined && !isMailHeader(blocks[0].text))) return -1
  // (A heading of one month, `Distr.: General  15 July 2025`, a document's date, is taken only when no later heading
  // before the items states months: `Report on cooperation …, 1 January–30 June 2025`.)
  let oneMonth = -1
  for (let index = 1; index < blocks.length && index < 40; index++) {
    const block = blocks[index]!
    if (opensWithDate(block) || isDateHeading(block)) break
    // (A title over two lines too, `PFOAC News of International Exchanges` / `Half-year bulletin n°14 (January – June
    // 2021)`; not a list of past issues, which states two periods or more.)
    if ((block.tag === 'heading' || looksLikeHeadingOverLines(block.text)) && !block.chrome && !statesPeriod(block)) {
      const found = readPeriod(block.text)
      if (found === undefined || readPeriod(block.text.slice(found.offset + found.length)) !== undefined) continue
      if (found.period.start !== found.period.end) return index
      if (oneMonth < 0) oneMonth = index
    }
  }
  return oneMonth
}

// `INTRODUCTION`, `1. Foreword`, `Executive summary:`: a heading over a report's intro, not over items.
const introHeading = /^(?:[IVX]+\.|\d{1,2}\.)?\s*(?:introduction|foreword|preface|overview|executive\s+summary|summary|background|editorial|about\s+(?:us|this\s+(?:report|bulletin|issue|newsletter)))\s*:?$/i

/**
 * The period a later title in a bulletin's file states, when the file holds two bulletins or more one after the other
 * (`Latest News … (2019.1-2019.6)` after the items of `(2018.7-2018.12)`): a heading that reads as a title and states
 * a period of several months among other words, and opens with no date.
 *
 * @param block A heading after the first item.
 * @returns The part's period, or `undefined`.
 */
export function readPartPeriod(block: Block): Period | undefined {
  // (Not a date line over an item, `23 January - 1 March 2021`, nor a heading that is only a period: a title has words.)
  if (block.chrome || block.text.length > 300 || isDateHeading(block) || statesPeriod(block)) return undefined
  const found = readPeriod(block.text)
  if (found === undefined || !looksLikeTitle(block)) return undefined
  // (A bulletin's period spans months without days: `23 January – 1 March 2024` in a headline dates an event.)
  const written = block.text.slice(found.offset, found.offset + found.length)
  return monthsOf(found.period) >= minPartMonths && !namesDay(written) ? found.period : undefined
}

// `Upcoming events (July–December 2023)`, `Forthcoming`, `Save the date`, `Events calendar`: a heading over plans.
const plansHeading = /^(?:upcoming|forthcoming|planned|coming\s+up|future|next\s+(?:events|activities)|save\s+the\s+dates?|events?\s+calendar|calendar\s+of\s+events)\b/i
// `Highlights`, `Key figures`, `At a glance`: a summary's heading before the items, whose short lines (a list's) are no
// items (long paragraphs under it are: some bulletins head their news so).
const summaryHeading = /^(?:highlights|key\s+(?:figures|facts|numbers)|at\s+a\s+glance|(?:the\s+)?(?:half[- ]year|year)\s+in\s+(?:numbers|figures))\s*:?$/i
const maxSummaryBlock = 200

// A part's period spans at least this many months (`(2019.1-2019.6)`, `Q1 2019`).
const minPartMonths = 3

/** How many months a period spans, both ends counted. */
function monthsOf(period: Period): number {
  const [startYear, startMonth] = period.start.split('-').map(Number) as [number, number]
  const [endYear, endMonth] = period.end.split('-').map(Number) as [number, number]
  return (endYear - startYear) * 12 + endMonth - startMonth + 1
}

/** Where the reading of a file's parts is (see {@link classifyInPart}). */
export interface PartState {
  /** The period of the part the last paragraph is in, after a later title. */
  period?: Period
  /** Whether the last paragraphs were the part's title and headings, no item yet. */
  opening: boolean
  /** The period of the bulletin's own title, if it states one. */
  base?: Period
  /** Whether the last heading names plans (`Upcoming events`, `Save the date`): the paragraphs under it are no news. */
  upcoming?: boolean
}

/**
 * The state after one more paragraph: a later title (see {@link readPartPeriod}) opens a part; its first item
 * ends the opening. A heading that names plans (`Upcoming events`) opens a section whose paragraphs are no items, up
 * to the next heading.
 *
 * @param state The state before.
 * @param block The paragraph.
 * @param kind What it was read as.
 */
function nextPart(state: PartState, block: Block, kind: BlockKind): PartState {
  if (kind === 'item') return state.opening ? {...state, opening: false} : state
  // (A heading that names plans opens a section of no news; the next heading closes it.)
  // (Not a row of a table, however short.)
  const heading = !block.chrome && !block.columns && (block.tag === 'heading' || (block.tag !== 'paragraph' && looksLikeHeading(block.text)))
  const upcoming = heading ? plansHeading.test(block.text.trim()) : (state.upcoming ?? false)
  if (upcoming !== (state.upcoming ?? false)) state = {...state, upcoming}
  const period = readPartPeriod(block)
  // (A title of the period read already is a page's running header, `… Bulletin 2025 H1` on each page: no new part.)
  const current = state.period ?? state.base
  if (!period || (current && current.start === period.start && current.end === period.end)) return state
  return {...state, period, opening: true}
}

/** A paragraph after the first item, read within the file's parts (see {@link classifyInPart}). */
export interface PartReading {
  /** What the paragraph is. */
  kind: 'heading' | 'item'
  /** Where the reading of the file's parts is after it. */
  part: PartState
}

/**
 * What a paragraph after the first item is (see {@link classifyAfterStart}), within the file's parts (see
 * {@link nextPart}): a later bulletin's title in the same file (an archive of two half-years) starts a part with its
 * own period, and the undated paragraph right under it is that part's intro, no item; so are the paragraphs under a
 * heading that names plans (`Upcoming events`). Both are read as headings.
 *
 * @param part Where the reading of the file's parts is before the paragraph.
 * @param block The paragraph.
 * @param dated Whether it opens with a date, when already known (optional).
 * @returns Its kind, and the state after it.
 */
export function classifyInPart(part: PartState, block: Block, dated = opensWithDate(block)): PartReading {
  let kind = classifyAfterStart(block, dated)
  if (kind === 'item' && ((!dated && part.opening) || part.upcoming)) kind = 'heading'
  return {kind, part: nextPart(part, block, kind)}
}

// At most this many headings under a title are read for its period line.
const maxTitleLines = 4

/** The first of the headings right under the title that states a period of several months (see `ClassifiedBlocks`). */
function findPeriodLine(blocks: readonly Block[], titleIndex: number, kinds: readonly BlockKind[]): Block | undefined {
  for (let index = titleIndex + 1; index < blocks.length && index <= titleIndex + maxTitleLines && kinds[index] === 'heading'; index++) {
    if (readPeriodOfMonths(blocks[index]!.text) !== undefined) return blocks[index]
  }
  return undefined
}

/** Whether a paragraph is only a period of several months (`January–December 2023`), not a month that heads items. */
function statesPeriod(block: Block): boolean {
  const found = readPeriodOfMonths(block.text)
  return found !== undefined && found.length >= block.text.trim().length - 2
}

/**
 * Whether a paragraph reads as a bulletin title: it does not open with a date,
 * and it states a period (`(2018.1-2018.6)`) or is short without a final period.
 *
 * @param block The first paragraph.
 */
export function looksLikeTitle(block: Block): boolean {
  if (block.tag === 'title') return true
  if (opensWithDate(block)) return false
  if (block.text.length <= 300 && readPeriod(block.text) !== undefined) return true
  return looksLikeHeading(block.text, 200)
}

/**
 * Sort a bulletin’s paragraphs: the title (the first `<h1>`, or the first
 * paragraph when it reads as one), the intro (paragraphs before the first item
 * that do not open with a date), headings (short lines without a final period,
 * such as a repeated `Latest News of SIRONET International Exchanges`), and
 * items (everything from the first dated paragraph on). When a heading
 * separates the intro from undated paragraphs, those paragraphs are items.
 *
 * @param blocks Paragraphs in document order.
 * @returns The classification.
 */
export function classifyBlocks(blocks: readonly Block[]): ClassifiedBlocks {
  const kinds: BlockKind[] = Array.from({length: blocks.length}, () => 'item')
  let titleIndex = blocks.findIndex((block) => block.tag === 'title')
  // (Without an `<h1>`, a heading before the first item that states the period is the title when the first
  // paragraph states none: `News (2024.1-2024.6)` under a site's menu; what stands before it is the page's. So is one
  // under a forwarded e-mail's header and note: `SCCSEN BULLETIN …, July–December 2019` under `Hi all, FYI …`.)
  if (titleIndex < 0) titleIndex = findPeriodTitle(blocks)
  // (An e-mail saved as text opens with its header, `From: …` / `Subject: …`: the bulletin's title is the line after it.)
  if (titleIndex < 0 && blocks[0] && blocks[1] && isMailHeader(blocks[0].text) && looksLikeTitle(blocks[1])) titleIndex = 1
  if (titleIndex < 0 && blocks[0] && looksLikeTitle(blocks[0])) titleIndex = 0

  const candidates: number[] = []
  const partPeriods = new Map<Block, Period>()
  let part: PartState = {opening: false}
  const titlePeriod = titleIndex >= 0 ? readPeriod(blocks[titleIndex]!.text)?.period : undefined
  if (titlePeriod) part.base = titlePeriod
  let splitHeading = -1
  let started = false
  // Whether the last heading before the first item names a summary (see `summaryHeading`): its short lines are no items.
  let noNews = false
  const skippedHeadings: Block[] = []
  for (const [index, block] of blocks.entries()) {
    if (index === titleIndex) {
      kinds[index] = 'title'
      continue
    }
    if (index < titleIndex) {
      kinds[index] = 'heading'
      continue
    }
    const dated = opensWithDate(block)
    if (!started) {
      // (The summary ends at a heading marked up as one, or at a paragraph longer than a summary's line.)
      if (noNews && (block.tag === 'heading' || block.tag === 'title' || block.text.length > maxSummaryBlock)) noNews = false
      if (!noNews && isHeading(block) && !block.chrome) noNews = summaryHeading.test(block.text.trim())
      else if (noNews) {
        kinds[index] = 'heading'
        skippedHeadings.push(block)
        continue
      }
      if (dated) {
        started = true
        kinds[index] = 'item'
      } else if (isHeading(block)) {
        kinds[index] = 'heading'
        // A heading after the intro, or a date heading (`January 2018`), starts the items.
        // (Not a line of the page's navigation or sidebar, nor the bulletin's period under its title.)
        // (Nor page furniture, which is skipped as a heading is but heads nothing: `[TOC]`, a copyright line.)
        // (Nor a heading that names the intro under it: `INTRODUCTION`, `Foreword`, `Overview`.)
        if ((candidates.length > 0 || (isDateHeading(block) && !statesPeriod(block))) && splitHeading < 0 && !block.chrome && !isFurniture(block) && !introHeading.test(block.text.trim())) splitHeading = index
      } else {
        candidates.push(index)
        kinds[index] = 'intro'
      }
    } else {
      const reading = classifyInPart(part, block, dated)
      kinds[index] = reading.kind
      part = reading.part
      if (kinds[index] === 'heading') skippedHeadings.push(block)
      else if (part.period) partPeriods.set(block, part.period)
    }
  }

  // Undated paragraphs after a heading that follows the intro are items; so are
  // all but the first undated paragraph of a bulletin without dated items (and
  // without such a heading over some of them: a closing note's heading is none).
  const headingOverItems = splitHeading >= 0 && candidates.some((index) => index > splitHeading)
  for (const [position, index] of candidates.entries()) {
    const afterHeading = splitHeading >= 0 && index > splitHeading
    const noItems = !started && !headingOverItems && position > 0
    if (afterHeading || noItems) kinds[index] = 'item'
  }

  // Items under a heading that is only a date (`January 2018`) can take its date.
  const dateHeadings = new Map<Block, Block>()
  let heading: Block | undefined
  for (const [index, block] of blocks.entries()) {
    if (kinds[index] === 'heading') heading = isDateHeading(block) && !statesPeriod(block) ? block : undefined
    else if (heading && kinds[index] === 'item') dateHeadings.set(block, heading)
  }

  // Items right under a headline of their own take it; such a heading is read, not skipped.
  const title = titleIndex >= 0 ? blocks[titleIndex] : undefined
  const headlines = new Map<Block, Block>()
  for (const [index, block] of blocks.entries()) {
    const above = blocks[index - 1]
    if (kinds[index] === 'item' && above && kinds[index - 1] === 'heading' && isItemHeadline(above, block, title)) headlines.set(block, above)
  }
  const used = new Set(headlines.values())

  return {
    title,
    periodLine: title && !titlePeriod ? findPeriodLine(blocks, titleIndex, kinds) : undefined,
    intro: blocks.filter((_, index) => kinds[index] === 'intro'),
    items: blocks.filter((_, index) => kinds[index] === 'item'),
    skippedHeadings: skippedHeadings.filter((block) => !used.has(block)),
    dateHeadings,
    headlines,
    partPeriods,
    part,
    kinds
  }
}
