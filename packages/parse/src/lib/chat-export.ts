import type {Block} from './block.js'
import {splitSentences} from './extract-sentences.js'
import {scanDateWording} from './scan-date-wording.js'

// A message's timestamp as chat apps export it: `09/01/2024, 18:42 - ` (WhatsApp on Android), `[09/01/2024, 18:42:07] `
// (on iOS), `1/9/24, 6:42 PM - `, `2024-01-09 18:42 - `.
const timestamp = /^\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?\]?\s*(?:[-–]\s+)?/
// Then the sender and a colon: `Malika Rashidova: `, `+998 93 517 24 60: ` (no sentence's mark inside a name).
const sender = /^([^:.!?\n]{1,60}?):\s/

/** A line of a chat's export (see {@link readChatLine}). */
export interface ChatLine {
  /** Length of the timestamp, and of the sender with the colon after it for a message. */
  prefix: number
  /** `'message'` for someone's message, `'system'` for a line the app wrote (`… created group "…"`, `… added …`). */
  kind: 'message' | 'system'
}

/**
 * Read a line of a chat's export (`Export chat` in WhatsApp, without media):
 * a timestamp, then the sender and the message (`09/01/2024, 18:42 - Malika
 * Rashidova: Jan. 7th our volunteers …`), or a line the app wrote itself
 * (`02/01/2024, 10:03 - Nodira Yusupova created group "…"`).
 *
 * @param line The line, without its break.
 * @returns Where the message's text begins and what the line is, or `undefined` for a line without a timestamp.
 * @example
 *   readChatLine('09/01/2024, 18:42 - Malika Rashidova: On 7 January we …') // {prefix: 38, kind: 'message'}
 */
export function readChatLine(line: string): ChatLine | undefined {
  const time = timestamp.exec(line)
  if (!time || time[0].length === line.length) return undefined
  // (A date line's time needs the export's separator or brackets: `10.01.2025, 10:00 Opening` is no message.)
  if (!/[-–]\s+$|\]\s*$/.test(time[0])) return undefined
  const named = sender.exec(line.slice(time[0].length))
  return named ? {prefix: time[0].length + named[0].length, kind: 'message'} : {prefix: time[0].length, kind: 'system'}
}

// At least this long, a message may be a member's news; shorter ones are the group's talk (`Thank you!`, `👍👍`).
const minNewsLength = 100

/**
 * Whether a message of a chat's export reports news: some length, and a date
 * in its first sentences (`Sorry for posting so late. On 20 February, …`);
 * else it is the group's talk (`Great job! How much is it in dollars?`),
 * `<Media omitted>`, `This message was deleted`, which are no items.
 *
 * @param block The message (see `Block.chat`).
 * @returns `true` for news.
 */
export function isChatNews(block: Block): boolean {
  return block.text.length >= minNewsLength && findChatDateStart(block.text) !== undefined
}

// At most this many sentences of a message are read for its date: greetings and apologies come first.
const maxLeadSentences = 3

/**
 * Where a chat message's date is read from: the start of the first of its
 * first sentences that holds a date (`Assalomu alaykum, this is Shahnoza. On 3
 * February we …` → the second sentence's).
 *
 * @param text The message's text.
 * @returns The offset, or `undefined` when none of its first sentences holds a date.
 */
export function findChatDateStart(text: string): number | undefined {
  const sentences = splitSentences(text)
  for (let index = 0; index < sentences.length && index < maxLeadSentences; index++) {
    const sentence = sentences[index]!
    if (scanDateWording(sentence.text, sentence.text.length) !== undefined) return sentence.start
  }
  return undefined
}
