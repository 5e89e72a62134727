import {endsSentenceAfterAbbreviation, periodAbbreviations} from './abbreviations.js'
import {mayHoldEmoji} from './post-marks.js'
import {isWhiteSpaceCode} from './white-space-code.js'

/** A sentence of an item, with its offset in the item text. */
export interface Sentence {
  /** Text of the sentence, without the space that follows it. */
  text: string
  /** Offset of the sentence in the item text. */
  start: number
}

// Words after which a period does not end a sentence (`St. Petersburg`, `Jan. 7th`): see `periodAbbreviations`.
const abbreviations = periodAbbreviations

let lastText: string | undefined
let lastSentences: Sentence[] = []

// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
// (Or a mark glued to the next sentence where a space was lost: `… in Nairobi, Kenya.Some 120 volunteers …`,
// `… Himalaya”.Around 350 delegates …`.)
// (The mark comes first in both branches, so the scan jumps from mark to mark.)
const boundary = /[.!?](?:["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])|(?<=(?:\p{Ll}\p{Ll}|[”"’)])[.!?])(?=["“‘(]?\p{Lu}\p{Ll}\p{Ll}))/gu
// (In a post, an emoji may end a sentence as a mark does: `… amazing energy folks 💻 48 hours of coding`.)
const boundaryOrEmoji = new RegExp(`${boundary.source}|\\p{Extended_Pictographic}\\uFE0F?(?=\\s+[\\p{Lu}\\d])`, 'gu')
const letterOrPeriod = /[\p{L}.]/u
const initials = /^(?:\p{L}\.)*\p{L}$/u

/** Whether the character at `index` is a letter or a period (ASCII checked without a regular expression). */
function isLetterOrPeriod(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code >= 0x80) return letterOrPeriod.test(text[index]!)
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || code === 0x2e
}

/**
 * Split an item's text into sentences: a period, `!` or `?` followed by space
 * ends one, unless it closes an abbreviation (`St.`, `Jan.`) or an initial (`D.C.`).
 *
 * @param text Item text.
 * @returns Sentences in order, never empty when `text` has non-space characters.
 * @example
 *   splitSentences('It was held in St. Petersburg. It ended.').length // 2
 */
export function splitSentences(text: string): Sentence[] {
  if (text === lastText) return lastSentences
  const sentences: Sentence[] = []
  let start = 0
  // `exec` over the shared pattern (nothing in the loop uses it) rather than `matchAll`, which copies it per call.
  // (A text without an emoji's characters skips the costlier pattern.)
  const marks = mayHoldEmoji(text) ? boundaryOrEmoji : boundary
  marks.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = marks.exec(text)) !== null) {
    const end = match.index + match[0].length
    // The word that ends at the mark (letters and periods), read backwards.
    let from = match.index
    while (from > start && from > match.index - 24 && isLetterOrPeriod(text, from - 1)) from--
    const word = text.slice(from, match.index)
    if (match[0][0] === '.' && (abbreviations.has(word.toLowerCase()) || initials.test(word)) && !endsSentenceAfterAbbreviation(word, text.slice(end, end + 12))) continue
    pushTrimmed(sentences, text, start, end)
    start = end
  }
  pushTrimmed(sentences, text, start, text.length)
  // Every extractor splits the same item: keep the last answer.
  lastText = text
  lastSentences = sentences
  return sentences
}

/** Add `text[from, to)` without the white space at its ends, unless nothing is left: one slice, no closure per call. */
function pushTrimmed(sentences: Sentence[], text: string, from: number, to: number): void {
  let first = from
  let last = to
  while (first < last && isWhiteSpaceCode(text.charCodeAt(first))) first++
  while (last > first && isWhiteSpaceCode(text.charCodeAt(last - 1))) last--
  if (last > first) sentences.push({text: text.slice(first, last), start: first})
}
