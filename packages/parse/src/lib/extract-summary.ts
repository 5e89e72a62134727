import {hasLooseWhiteSpace} from './collapse-white-space.js'
import {capitalize, readLead} from './extract-lead.js'
import {finalMarkLength} from './final-mark.js'

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
  const trimmed = (hasLooseWhiteSpace(sentence) ? sentence.replace(/\s+/g, ' ') : sentence).trim()
  if (!trimmed) return ''
  return finalMarkLength(trimmed) > 0 ? trimmed : `${trimmed}.`
}
