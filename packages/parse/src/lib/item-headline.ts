import type {Block} from './block.js'
import {isDateHeading} from './block-opening.js'
import {collapseWhiteSpace} from './collapse-white-space.js'
import {isByline} from './looks-like-boilerplate.js'
import {isPipeTable} from './pipe-table.js'

const contentWord = /\p{L}{4,}/gu
const lowerLetter = /\p{Ll}/u

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(contentWord) ?? [])
}

/**
 * Whether a heading right above an item is that item's own headline, as
 * newsletters that title each story write them (`Solar Lamps Reach 3,000
 * Households in Myanmar` above `On July 10, the foundation … handed over the
 * last batch of lamps …`): three words or more in mixed case, no date, no
 * closing colon, not the bulletin's title repeated, and two content words or
 * more shared with the item (a section heading such as `Asia` or `Other news:`
 * shares none).
 *
 * @param heading The heading paragraph.
 * @param item The item paragraph right after it.
 * @param title The bulletin's title paragraph, if any.
 */
export function isItemHeadline(heading: Block, item: Block, title: Block | undefined): boolean {
  if (heading.chrome || isPipeTable(heading.text) || isByline(heading.text)) return false
  const text = collapseWhiteSpace(heading.text)
  if (text.split(' ').length < 3 || text.endsWith(':') || !lowerLetter.test(text) || isDateHeading(heading)) return false
  if (title && collapseWhiteSpace(title.text).toLowerCase().startsWith(text.toLowerCase())) return false
  const words = contentWords(item.text)
  let shared = 0
  for (const word of contentWords(text)) if (words.has(word) && ++shared >= 2) return true
  return false
}
