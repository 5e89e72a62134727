import {capitalize, readLead} from './extract-lead.js'

/**
 * Write an item's one-sentence summary: its first sentence without the leading
 * date phrase, capitalized, trimmed, ending with a period. A sentence that is
 * built on its date (`April witnessed …`) is kept whole.
 *
 * @param text Item text.
 * @param dateEnd Offset just after the opening date phrase, when known (optional).
 * @example
 *   extractSummary('On January 10, the Dialogue was staged in Beijing. More …') // 'The Dialogue was staged in Beijing.'
 */
export function extractSummary(text: string, dateEnd?: number): string {
  const lead = readLead(text, dateEnd)
  const sentence = lead.witnessed ? lead.sentence : capitalize(lead.rest)
  // Most sentences have single spaces only: skip the rewrite for them.
  const trimmed = (/[^\S ]| {2}/.test(sentence) ? sentence.replace(/\s+/g, ' ') : sentence).trim()
  if (!trimmed) return ''
  return endsWithMark(trimmed) ? trimmed : `${trimmed}.`
}

const isSentenceMark = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f
const isClosingMark = (code: number) => code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29

/** Whether `text` ends with `.`, `!` or `?`, maybe before a closing quote or parenthesis (`/[.!?]["”’)]?$/`), read from the end. */
function endsWithMark(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return isSentenceMark(last) || (isClosingMark(last) && isSentenceMark(text.charCodeAt(text.length - 2)))
}
