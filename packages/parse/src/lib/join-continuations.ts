import type {EventDate} from '@sironet/model'
import type {Block} from './block.js'
import {findDateStart, opensWithDate} from './block-opening.js'
import {earlierEditionOpeningSource} from './earlier-edition.js'
import {looksLikeBoilerplate} from './looks-like-boilerplate.js'
import {looksLikeHeading, looksLikeHeadingOverLines} from './looks-like-heading.js'
import {readHeadlineDateline} from './headline-dateline.js'
import {pageNumberSource} from './page-number.js'
import {isHashtagLine} from './post-marks.js'
import {readEventDate, readEventDateFrom} from './read-event-date.js'
import {readPeriodOfMonths} from './read-period.js'

// `The delegation also went to Osh`, `The visitors then toured …`: the event's own people or the event, then `also`/`then`.
const sameEventGoesOn =
  /^(?:The|This|These|Its|Their)\s+(?:[a-z-]+\s+)?(?:delegation|delegates|group|guests|visitors|team|participants|trainees|students|volunteers|experts|visit|event|forum|meeting|conference|project|programme|program|training|course|caravan|campaign|tour|mission|exchange|ceremony|festival|exhibition|fair|camp)\s+(?:also|then|later|further|next|afterwards|subsequently)\b/
// `During the visit, …`, `Afterwards, …`, `After that, …`, `In addition, …`.
const sameEventOpening =
  /^(?:Afterwards|After\s+that|Later\s+on|During\s+(?:the|their|its)\s+(?:visit|stay|trip|tour|event|forum|meeting|conference|training|camp|exchange)|In\s+addition|Besides|Moreover|Furthermore|Apart\s+from\s+(?:this|that))\b/

// `> “We will …,” said …`: a passage quoted under the item (a Markdown or e-mail block quote, a release's `Quote:`).
const quotedPassage = /^>[ \t]|^Quotes?\s*:\s/
// `“We were welcomed like family,” said Ms. …`: someone's words about the item, quoted under it.
const quotedWords = /^["“][^"“”]{3,400}[,.!?]["”]\s+(?:said|says|added|noted|recalled|explained|told)\b/
// `“Radio is still the first voice a village hears.” — Josefa Waqairatu`: a pull quote with its speaker.
const pullQuote = /^["“][^"“”]{3,400}[.!?…]?["”]\s*[—–-]{1,2}\s*\p{Lu}/u

/**
 * Whether a paragraph goes on with the item before it rather than starting a new
 * one: it opens without a date, states none in its first sentence, and opens
 * with words that tell the same event goes on (`The delegation also went to
 * Osh, …`, `During the visit, …`), or is quoted under it (a `<blockquote>`).
 *
 * @param block The paragraph.
 * @returns `true` for a continuation.
 * @example
 *   continuesItem({text: 'The delegation also went to Osh.', offset: 0, length: 32}) // true
 *   continuesItem({text: 'The delegation also went to Osh on June 12.', offset: 0, length: 43}) // false
 */
export function continuesItem(block: Block): boolean {
  const text = block.text
  // (A `<blockquote>` under an item, with no date of its own, is quoted under it.)
  if (block.quoted && !opensWithDate(block)) return true
  if (!sameEventGoesOn.test(text) && !sameEventOpening.test(text) && !quotedPassage.test(text) && !quotedWords.test(text) && !pullQuote.test(text)) return false
  return !opensWithDate(block) && readEventDate(text) === undefined
}

/**
 * Whether a paragraph is mostly in a script other than the Latin one (Chinese, Japanese, Korean, Arabic,
 * Cyrillic …) and the one before mostly in Latin letters: a translation (of 30 characters at least: `点击关注`,
 * follow us, is a page's line).
 */
function translates(held: Block, block: Block): boolean {
  // (Its first characters are read first: most paragraphs open in Latin letters, and are not scanned whole.)
  return block.text.length >= 30 && otherScriptOpening.test(block.text.slice(0, 8)) && otherScriptShare(block.text) > 0.5 && otherScriptShare(held.text) < 0.2
}

// A letter of another script than Latin (right-to-left marks and white space may come first).
const otherScriptOpening = /(?!\p{Script=Latin})\p{L}/u
const otherScript = /(?!\p{Script=Latin})\p{L}/gu
const letter = /\p{L}/gu

/** The share of a text's letters written in a script other than the Latin one. */
function otherScriptShare(text: string): number {
  const letters = text.match(letter)?.length ?? 0
  return letters === 0 ? 0 : (text.match(otherScript)?.length ?? 0) / letters
}

/**
 * Whether a paragraph is a later one of the same entry of a web page as the one
 * before (see `Block.container`): the entry's item goes on. An entry that holds
 * several items is no entry (`splitHtmlBlocks` keeps only entries of one story:
 * one dated paragraph, later ones inside its dates, or a headed post's follow-up).
 *
 * @param held The paragraph before.
 * @param block The paragraph.
 */
function sharesEntry(held: Block, block: Block): boolean {
  // (Not its furniture: a `Read more »` link, a photo's credit.)
  // (Nor a page's title over its intro in one cell: `PFOAC News …` / `Half-year bulletin n°14 (January – June 2021)`.)
  return block.container !== undefined && block.container === held.container && !looksLikeBoilerplate(block.text) && !isPeriodTitle(held)
}

/** Whether a paragraph is a title that states a period of months (see `readPeriodOfMonths`): a heading, not an item. */
function isPeriodTitle(block: Block): boolean {
  return readPeriodOfMonths(block.text) !== undefined && looksLikeHeadingOverLines(block.text)
}

/**
 * Whether a paragraph goes on with the story of the one before (see `Block.section`): both are between the same two
 * separator lines, and it opens with no date nor reads as a heading or page furniture (a story's second paragraph,
 * its pull quote).
 *
 * @param held The paragraph before.
 * @param block The paragraph.
 * @param grouped Whether two paragraphs or more of the section opened with a date (a group of items, not one story).
 */
function sharesStory(held: Block, block: Block, grouped: boolean): boolean {
  if (block.section === undefined || block.section !== held.section || looksLikeHeading(block.text) || looksLikeBoilerplate(block.text) || opensWithDate(block)) return false
  // (Between dividers that group several dated items, as a page's months, not one that dates an event of its own in
  // its first sentence, outside the dates of the item before: `A study visit to Hanoi from 23 to 27 October …` under
  // `On 12 October, …` is an item of its own.)
  return !grouped || readEventDate(block.text, {year: 2000})?.date === undefined || isDatedWithin(held, block)
}

/**
 * Whether a paragraph is the list of points its item announces: the item ends with a colon (or a point before it with
 * a semicolon), the list opens in lower case.
 */
function listsPoints(held: Block, block: Block): boolean {
  return endsWithColon.test(held.text) && startsWithLowerCase.test(block.text)
}

const endsWithColon = /[:;]\s*$/
const startsWithLowerCase = /^\p{Ll}/u

/** Whether a paragraph is a heading: marked up as one, or shaped as one (short, no sentence's end). */
function isHeadingBlock(block: Block): boolean {
  return block.tag === 'heading' || (block.tag === undefined && looksLikeHeading(block.text))
}

/** Whether a paragraph goes on with the story under a dated headline: no heading, no page furniture, no date of its own at its start. */
function goesOnUnderHeadline(block: Block): boolean {
  return !block.chrome && block.tag !== 'title' && !isHeadingBlock(block) && !looksLikeBoilerplate(block.text) && !opensWithDate(block)
}

/**
 * Whether a paragraph opens with a date inside the dates of the one before
 * (`On 16 August, the children …` after `From July 23 to September 1, the
 * camp …`): a day of the same event.
 *
 * @param first The paragraph before.
 * @param block The paragraph.
 */
export function isDatedWithin(first: Block, block: Block): boolean {
  const dates = readDatesOfBoth(first, block)
  const end = dates?.[0].end
  if (!dates || !end) return false
  const [outer, inner] = dates
  return inner.start >= outer.start && (inner.end ?? inner.start) <= end
}

/**
 * Whether a paragraph's date falls before the date of the one before (`… had already delivered 3,000 baskets in May and
 * June.` after `In September, the institute distributed …`): background to the story, in the same year.
 */
function isDatedBefore(first: Block, block: Block): boolean {
  const dates = readDatesOfBoth(first, block)
  if (!dates) return false
  const [outer, inner] = dates
  const last = inner.end ?? inner.start
  return last < outer.start.slice(0, last.length)
}

/** The dates of two paragraphs, read in any one year (both in the same), or `undefined` when either states none. */
function readDatesOfBoth(first: Block, block: Block): [EventDate, EventDate] | undefined {
  const outer = readEventDate(first.text, {year: 2000})?.date
  const inner = outer ? readEventDate(block.text, {year: 2000})?.date : undefined
  return outer && inner ? [outer, inner] : undefined
}

// At most this long, a standfirst: a line or two.
const maxStandfirst = 300

/** Whether a paragraph of an entry is a standfirst: short, and stating no date (see `canContinue`). */
function isStandfirst(block: Block): boolean {
  return block.tag === 'paragraph' && block.standfirst === undefined && block.text.length <= maxStandfirst && !canContinue(block)
}

/**
 * Whether a paragraph can be continued: an item that opens with a date or
 * states one in its first sentence (not a title, intro line or heading).
 *
 * @param block The paragraph.
 */
function canContinue(block: Block): boolean {
  return opensWithDate(block) || readEventDateFrom(block.text, findDateStart(block)) !== undefined
}

/**
 * One paragraph made of two, spanning the source from the first's start to the
 * second's end. Its text is the exact source slice when both are (text input,
 * with the source between them kept in `before`); else the texts of both with
 * a blank line between, mapped to the end of the first.
 *
 * @param first The item.
 * @param second Its continuation.
 * @returns The joined paragraph.
 */
export function joinBlocks(first: Block, second: Block): Block {
  const length = second.offset + second.length - first.offset
  const between = second.before
  if (!first.sourceOffsets && !second.sourceOffsets && between !== undefined && first.offset + first.length + between.length === second.offset) {
    const joined: Block = {text: first.text + between + second.text, offset: first.offset, length}
    if (first.before !== undefined) joined.before = first.before
    if (first.chat) joined.chat = first.chat
    if (first.standfirst !== undefined) joined.standfirst = first.standfirst
    if (first.section !== undefined) joined.section = first.section
    return joined
  }
  const separator = '\n\n'
  const offsets: number[] = []
  for (let index = 0; index < first.text.length; index++) offsets.push(first.sourceOffsets?.[index] ?? first.offset + index)
  for (let index = 0; index < separator.length; index++) offsets.push(first.offset + first.length)
  for (let index = 0; index < second.text.length; index++) offsets.push(second.sourceOffsets?.[index] ?? second.offset + index)
  const joined: Block = {text: first.text + separator + second.text, offset: first.offset, length, sourceOffsets: offsets}
  // (Text input whose markup is left out of `text`: the source of both and what stands between them.)
  if (between !== undefined && first.offset + first.length + between.length === second.offset && (first.source !== undefined || !first.sourceOffsets) && (second.source !== undefined || !second.sourceOffsets)) {
    joined.source = (first.source ?? first.text) + between + (second.source ?? second.text)
    if (first.before !== undefined) joined.before = first.before
    if (first.section !== undefined) joined.section = first.section
  }
  if (first.tag) joined.tag = first.tag
  // (A page's furniture joined stays furniture: a comment's date line and its text, in one `<article>`.)
  if (first.chrome && second.chrome) joined.chrome = true
  if (first.chat) joined.chat = first.chat
  if (first.standfirst !== undefined) joined.standfirst = first.standfirst
  // (An entry's third paragraph goes on with the first two.)
  if (first.container !== undefined && first.container === second.container) joined.container = first.container
  return joined
}

/**
 * Joins each continuation paragraph (see {@link continuesItem}) to the item
 * before it, as paragraphs arrive: a paragraph is held until the next one
 * shows whether it goes on.
 */
export interface ContinuationJoiner {
  /** Take the next paragraph; returns the paragraphs now complete. */
  push(block: Block): Block[]
  /** Returns the paragraph still held, if any. */
  end(): Block[]
}

/**
 * Create a {@link ContinuationJoiner}, which the whole and the streaming parse
 * share, so both read the same items.
 *
 * @returns The joiner.
 */
export function createContinuationJoiner(): ContinuationJoiner {
  let held: Block | undefined
  // Page furniture after an item that breaks off mid-sentence, held until the next paragraph shows whether the item goes on.
  let furniture: Block[] = []
  // Whether the last paragraph given is a headline that states its item's place and date, and whether `held` is
  // the story under one: its undated paragraphs, up to the next heading, are the item's.
  let datedHeadline = false
  let underDatedHeadline = false
  // The section (see `Block.section`) of the last paragraph given, and how many of its paragraphs opened with a date.
  let section: number | undefined
  let datedInSection = 0
  // Whether `held` opened right under a heading that is not the document's first (its title), how many headings were
  // given, how many paragraphs opened with a date since the last, and whether a heading has headed two dated items.
  let underHeadline = false
  let headings = 0
  let datedSinceHeading = 0
  let headingsGroupItems = false
  const release = (): Block[] => {
    const done = held ? [held, ...furniture] : furniture
    held = undefined
    furniture = []
    return done
  }
  return {
    push(block) {
      // The cheap test of the new paragraph first: most are no continuation, and the held one is then not read again.
      // (So is a line of hashtags under a post: `#Heritage #SilkRoadFriends`.)
      // (And a paragraph in another script than Latin under one in Latin letters: its translation.)
      // (So is a list the item announces with a colon, whose points open in lower case: `… agreed on two points:` /
      // `1) the forum will take place in Santiago …`.)
      if (held && furniture.length === 0 && (continuesItem(block) || sharesEntry(held, block) || isHashtagLine(block.text) || translates(held, block) || sharesStory(held, block, datedInSection >= 2) || listsPoints(held, block)) && canContinue(held)) {
        held = joinBlocks(held, block)
        return []
      }
      // (So does an undated paragraph of an entry whose first paragraph, a sentence, states no date either: an item
      // dated by the cell beside it, `<td class="date">28 January 2021</td><td class="text"><p>…</p><p>…</p></td>`.)
      if (held && furniture.length === 0 && sharesEntry(held, block) && held.tag !== 'heading' && !canContinue(block) && !looksLikeHeadingOverLines(held.text)) {
        held = joinBlocks(held, block)
        return []
      }
      // A chat's message goes on over the paragraphs after it, up to the next message (a blank line inside it).
      if (held?.chat === 'message' && block.chat === undefined && furniture.length === 0) {
        held = joinBlocks(held, block)
        return []
      }
      // A story under a headline that states its place and date (`Mobile clinics reach villages (Lodwar, Kenya, 4–9
      // March 2024)`) goes on over its undated paragraphs: its text need not state the date at all.
      if (held && underDatedHeadline && furniture.length === 0 && goesOnUnderHeadline(block)) {
        held = joinBlocks(held, block)
        return []
      }
      // A post's standfirst (`<p class="standfirst">`, one short line under its headline) opens the story of the
      // dated paragraph after it in the same entry.
      if (held && furniture.length === 0 && sharesEntry(held, block) && isStandfirst(held) && canContinue(block)) {
        const joined = joinBlocks(held, block)
        joined.standfirst = joined.text.length - block.text.length
        held = joined
        return []
      }
      // A story under a headline of its own (`<h2>Medical caravan reaches villages around Kayes</h2>`) goes on over its
      // paragraphs that state no date up to the next heading, where each heading so far has headed one item at most.
      // (Not figures' labels and values, each a short line: `Volunteers trained` / `2,340`.)
      // (A date in its first sentence may be an earlier edition's: `The first edition of the forum took place in Bishkek in
      // October 2021 …`.)
      // (Nor one whose date, later in its first sentence, is before the story's: `… recalled that the institute had
      // already delivered 3,000 baskets in May and June.` under a story of September.)
      if (
        held && underHeadline && !headingsGroupItems && furniture.length === 0 && !looksLikeHeading(held.text) && !looksLikeHeading(block.text) && goesOnUnderHeadline(block) &&
        (!canContinue(block) || earlierEditionOpening.test(block.text) || isDatedBefore(held, block))
      ) {
        held = joinBlocks(held, block)
        return []
      }
      // A page break inside an item (text copied out of a PDF): the item breaks off mid-sentence, the page's
      // running header and footer lines follow, then the item goes on in lower case (or, after a page's number, with
      // no date of its own: `… and Zhang Hong, Cultural` / `- 1 -` / `Counsellor of the Embassy …`). The footer and
      // header may also be the last lines of the item's paragraph or the first of its rest's.
      // (Only a paragraph of several lines can end with a page's lines.)
      const tail = held && held.before !== undefined && !held.sourceOffsets && held.text.lastIndexOf('\n') !== -1 ? findPageLinesAtEnd(held.text) : -1
      if (held && held.before !== undefined && !held.sourceOffsets && brokenOff.test(tail === -1 ? held.text : held.text.slice(0, tail).trimEnd())) {
        if (tail === -1 && furniture.length < maxFurniture && isPageFurniture(block) && canContinue(held)) {
          furniture.push(block)
          return []
        }
        // (Not a table's row, whose cells' text goes on under it: `late Mar 2023   Muynak, Uzbekistan   Volunteers …`.)
        const paged = (tail !== -1 || furniture.some(isPageMark)) && !columnGap.test(held.text.slice(0, held.text.indexOf('\n') >>> 0))
        // (A header line opens the rest only after a footer inside the item's paragraph: `… and Azamat` / `- 3 -`.)
        const lead = paged && tail !== -1 ? findPageLinesAtStart(block.text) : 0
        const rest = block.text.slice(lead)
        if ((furniture.some(isPageMark) || tail !== -1) && canContinue(held) && (startsInLowerCase.test(rest) || (paged && goesOnAfterPage(block, lead)))) {
          held = joinAcrossPage(held, furniture, block, tail, lead)
          furniture = []
          return []
        }
      }
      const done = release()
      // (Headings held as page furniture that no page break followed are headings all the same.)
      for (let index = 1; index < done.length; index++) {
        if (isHeadingBlock(done[index]!)) {
          headings++
          datedSinceHeading = 0
        }
      }
      const heading = isHeadingBlock(block)
      underHeadline = !heading && done.length > 0 && isHeadingBlock(done.at(-1)!) && headings >= 2
      if (heading) {
        headings++
        datedSinceHeading = 0
      } else if (opensWithDate(block) && ++datedSinceHeading >= 2) headingsGroupItems = true
      held = block
      if (block.section !== section) datedInSection = 0
      section = block.section
      if (section !== undefined && opensWithDate(block)) datedInSection++
      underDatedHeadline = datedHeadline && !isHeadingBlock(block)
      datedHeadline = isHeadingBlock(block) && readHeadlineDateline(block.text) !== undefined
      return done
    },
    end() {
      return release()
    }
  }
}

// `The first edition of the forum took place …`, `The previous Dialogue, held in Jakarta in 2023, …`: a paragraph on an
// earlier edition of the event.
const earlierEditionOpening = new RegExp(`^${earlierEditionOpeningSource}`)

// At most this many lines of page furniture (a footer, a form feed, a header) between an item's two halves.
const maxFurniture = 3
// (Or with the parenthesis that went on with the last word: `… Network` / `(ZAWEN) trained …`.)
const startsInLowerCase = /^(?:\p{Ll}|\((?=\p{Lu}{2,}\)))/u
// Ends without a sentence's final mark: a letter, a figure, a comma or a hyphen.
const brokenOff = /[\p{L}\d,-]$/u
// (Dashes may frame it: `- 3 -`, `— 12 —`.)
const pageNumber = new RegExp(String.raw`^(?:[-–—]\s*)?${pageNumberSource}(?:\s*[-–—])?$`, 'i')

// A line that is a page's footer with its number (`SIRONET Newsletter 2020 H1      Page 4`, `- 3 -`): the number alone,
// set apart from the footer's words by three spaces or more, or after the word `Page`.
const footerLine = new RegExp(String.raw`${pageNumber.source}|\S\s{3,}${pageNumberSource}$|\s(?=page\s)${pageNumberSource}$`, 'i')

/**
 * Where the page's lines that close a paragraph begin (a footer with the page's number, then at most two lines of
 * the next page's running header), or `-1` when its last lines are none.
 */
function findPageLinesAtEnd(text: string): number {
  const lines = text.split('\n')
  for (let back = 1; back <= 3 && back < lines.length; back++) {
    const line = lines[lines.length - back]!.trim()
    if (footerLine.test(line)) {
      // (What follows the footer is the next page's header: short lines shaped as headings.)
      for (let after = lines.length - back + 1; after < lines.length; after++) if (!looksLikeHeading(lines[after]!.trim())) return -1
      return lines.slice(0, lines.length - back).join('\n').length
    }
    if (!looksLikeHeading(line)) return -1
  }
  return -1
}

// Columns set apart by three spaces or more: a table's row.
const columnGap = /\S {3,}\S/
// A running header's line: it opens with a capital and holds no comma or semicolon (`Latest News … (2020.1-2020.6)`).
const headerLine = /^\p{Lu}[^,;]*$/u

/** How many characters of a paragraph's first lines are a page's running header (at most two short lines, shaped as headings). */
function findPageLinesAtStart(text: string): number {
  const lines = text.split('\n')
  let length = 0
  for (let index = 0; index < Math.min(2, lines.length - 1); index++) {
    const line = lines[index]!.trim()
    if (!(headerLine.test(line) && looksLikeHeading(line)) && !footerLine.test(line)) break
    length += lines[index]!.length + 1
  }
  return length
}

/** Whether a paragraph's rest after a page break (its header lines left out) goes on with the item: it opens with no date. */
function goesOnAfterPage(block: Block, lead: number): boolean {
  const rest: Block = {text: block.text.slice(lead), offset: block.offset + lead, length: block.length - lead}
  return rest.text.length > 0 && !opensWithDate(rest) && !looksLikeHeading(rest.text) && !looksLikeBoilerplate(rest.text)
}

/** Whether a paragraph is a page's running header or footer (`Page 2 of 5`, a short line without a final mark). */
function isPageFurniture(block: Block): boolean {
  return isPageMark(block) || (!opensWithDate(block) && looksLikeHeading(block.text))
}

/** Whether a paragraph marks a page break: a page number (`Page 2 of 5`, `2/5`) or a form feed. */
function isPageMark(block: Block): boolean {
  return block.text.includes('\f') || (block.before?.includes('\f') ?? false) || pageNumber.test(block.text.trim())
}

/**
 * An item cut by a page break, joined with its rest as one exact source slice
 * (text input): the page's lines between stay in its text, marked in
 * `furniture`, so its facts are read without them.
 */
function joinAcrossPage(first: Block, lines: readonly Block[], rest: Block, tail = -1, lead = 0): Block {
  let text = first.text
  const ranges: Array<[number, number]> = [...(first.furniture ?? [])]
  // (The page's lines at the end of the first part and at the start of the rest are furniture too.)
  if (tail !== -1) ranges.push([tail, text.length])
  for (const line of lines) {
    const start = text.length
    text += (line.before ?? '') + (line.source ?? line.text)
    ranges.push([start, text.length])
  }
  text += rest.before ?? ''
  if (lead > 0) ranges.push([text.length, text.length + lead])
  text += rest.source ?? rest.text
  const joined: Block = {text, offset: first.offset, length: rest.offset + rest.length - first.offset, furniture: ranges}
  if (first.before !== undefined) joined.before = first.before
  return joined
}

/**
 * Join each continuation paragraph to the item before it.
 *
 * @param blocks Paragraphs in document order.
 * @returns The paragraphs, continuations joined.
 */
export function joinContinuations(blocks: readonly Block[]): Block[] {
  const joiner = createContinuationJoiner()
  const joined: Block[] = []
  for (const block of blocks) joined.push(...joiner.push(block))
  joined.push(...joiner.end())
  return joined
}
