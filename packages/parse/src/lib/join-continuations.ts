import type {Block} from './block.js'
import {opensWithDate} from './block-opening.js'
import {readEventDate} from './read-event-date.js'

// `The delegation also went to Osh`, `The visitors then toured …`: the event's own people or the event, then `also`/`then`.
const sameEventGoesOn =
  /^(?:The|This|These|Its|Their)\s+(?:[a-z-]+\s+)?(?:delegation|delegates|group|guests|visitors|team|participants|trainees|students|volunteers|experts|visit|event|forum|meeting|conference|project|programme|program|training|course|caravan|campaign|tour|mission|exchange|ceremony|festival|exhibition|fair|camp)\s+(?:also|then|later|further|next|afterwards|subsequently)\b/
// `During the visit, …`, `Afterwards, …`, `After that, …`, `In addition, …`.
const sameEventOpening =
  /^(?:Afterwards|After\s+that|Later\s+on|During\s+(?:the|their|its)\s+(?:visit|stay|trip|tour|event|forum|meeting|conference|training|camp|exchange)|In\s+addition|Besides|Moreover|Furthermore|Apart\s+from\s+(?:this|that))\b/

/**
 * Whether a paragraph goes on with the item before it rather than starting a new
 * one: it opens without a date, states none in its first sentence, and opens
 * with words that tell the same event goes on (`The delegation also went to
 * Osh, …`, `During the visit, …`).
 *
 * @param block The paragraph.
 * @returns `true` for a continuation.
 * @example
 *   continuesItem({text: 'The delegation also went to Osh.', offset: 0, length: 32}) // true
 *   continuesItem({text: 'The delegation also went to Osh on June 12.', offset: 0, length: 43}) // false
 */
export function continuesItem(block: Block): boolean {
  const text = block.text
  if (!sameEventGoesOn.test(text) && !sameEventOpening.test(text)) return false
  return !opensWithDate(block) && readEventDate(text) === undefined
}

/**
 * Whether a paragraph is a later one of the same list item or table cell as the
 * one before (HTML input) and opens without a date: the entry's item goes on.
 *
 * @param held The paragraph before.
 * @param block The paragraph.
 */
function sharesEntry(held: Block, block: Block): boolean {
  return block.container !== undefined && block.container === held.container && (!opensWithDate(block) || isDatedWithin(held, block))
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
  // Any one year: both are read in the same one.
  const outer = readEventDate(first.text, {year: 2000})?.date
  const inner = readEventDate(block.text, {year: 2000})?.date
  if (!outer?.end || !inner) return false
  return inner.start >= outer.start && (inner.end ?? inner.start) <= outer.end
}

/**
 * Whether a paragraph can be continued: an item that opens with a date or
 * states one in its first sentence (not a title, intro line or heading).
 *
 * @param block The paragraph.
 */
function canContinue(block: Block): boolean {
  return opensWithDate(block) || readEventDate(block.text) !== undefined
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
    return joined
  }
  const separator = '\n\n'
  const offsets: number[] = []
  for (let index = 0; index < first.text.length; index++) offsets.push(first.sourceOffsets?.[index] ?? first.offset + index)
  for (let index = 0; index < separator.length; index++) offsets.push(first.offset + first.length)
  for (let index = 0; index < second.text.length; index++) offsets.push(second.sourceOffsets?.[index] ?? second.offset + index)
  const joined: Block = {text: first.text + separator + second.text, offset: first.offset, length, sourceOffsets: offsets}
  if (first.tag) joined.tag = first.tag
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
  return {
    push(block) {
      // The cheap test of the new paragraph first: most are no continuation, and the held one is then not read again.
      if (held && (continuesItem(block) || sharesEntry(held, block)) && canContinue(held)) {
        held = joinBlocks(held, block)
        return []
      }
      const done = held ? [held] : []
      held = block
      return done
    },
    end() {
      const done = held ? [held] : []
      held = undefined
      return done
    }
  }
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
