import {maxHeadlineLength} from '@sironet/model'
import {hasLooseWhiteSpace} from './collapse-white-space.js'
import {capitalize, readLead} from './extract-lead.js'
import {finalMarkLength} from './final-mark.js'
import {isWhiteSpaceCode} from './white-space-code.js'

const eventVerb =
  /\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+(?:\w+ly\s+)?(?:held|staged|opened|launched|founded|convened|hosted|inaugurated|organi[sz]ed|started|kicked\s+off|established|set\s+up|released|signed|unveiled|completed|concluded|closed|celebrated|carried\s+out|conducted|co-hosted)\b|\s+(?:(?:\w+ly\s+)?(?:opened|kicked\s+off|closed|concluded|took\s+place|was\s+founded|came\s+to\s+a\s+close))\b(?!\s+(?:a|an|the|its|their|his|her|two|three|four|five|\d+)\s)/i
// Modifiers that follow an event's name and are not part of it.
const trailing =
  /\s+(?:(?:which\s+was\s+)?(?:\w+ly\s+)?(?:organi[sz]ed|sponsored|hosted|co-organi[sz]ed|co-hosted|supported|initiated|planned|launched|staged|held|convened|undertaken|funded)\s+by\b|themed\b|with\s+the\s+theme\b|under\s+the\s+(?:framework|theme|auspices)\b|in\s+cooperation\s+with\b|during\s+which\b).*$/is
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
// Asides between commas say who helped, not what happened.
const helperAside = /,\s*(?:in\s+cooperation\s+with|together\s+with|jointly\s+with|with\s+the\s+support\s+of|under\s+the\s+support\s+of|at\s+the\s+invitation\s+of)\s[^,]+,(?=\s*\p{Ll})/u

/**
 * Write an item's headline, as an editor would: the name of the event when the
 * first sentence says an event took place (`the Dialogue between … was staged
 * in Beijing` → `Dialogue between …`), else the first sentence without its date
 * phrase (`China Law Society attended …`); at most 140 characters, cut at a word.
 *
 * @param text Item text.
 * @param dateEnd Offset just after the opening date phrase, when known (optional).
 * @example
 *   extractHeadline('On May 9, the Federation of Cyber Social Organizations of China was founded in Beijing.')
 *   // 'Federation of Cyber Social Organizations of China'
 */
export function extractHeadline(text: string, dateEnd?: number): string {
  const lead = readLead(text, dateEnd)
  let headline = dropFinalMark(lead.rest)
  const verb = lead.witnessed ? undefined : eventVerb.exec(headline)
  const subject = verb ? headline.slice(0, verb.index) : lead.witnessed ? headline : undefined
  if (subject && /^(?:the|a|an)\s/i.test(subject)) {
    const name = subject.replace(/^(?:the|a|an)\s+/i, '').replace(trailing, '').replace(/[,\s]+$/, '')
    // Two words or more (`split(/\s+/)` gives two parts or more just when there is white space).
    if (/\s/.test(name)) headline = name
  } else if (lead.witnessed) {
    headline = headline.replace(trailing, '')
  }
  headline = headline.replace(/^(?:the|a|an)\s+(?=\S+\s+\S)/i, '')
  // Asides between commas say who helped, not what happened.
  headline = headline.replace(helperAside, '')
  // A clause after the event says what followed, not what happened: `…, attracting about 80 participants`.
  headline = headline.replace(/,\s*(?:attracting|drawing|bringing\s+together|which|where|during\s+which|with\s+the\s+participation\s+of|attended\s+by|involving)\s.*$/s, '')
  headline = (hasLooseWhiteSpace(headline) ? headline.replace(/\s+/g, ' ') : headline).trim()
  // A name given whole in quotation marks reads better without them.
  const quoted = /^[“"]([^“”"]+)[”"]$/.exec(headline)
  if (quoted) headline = quoted[1]!
  return shorten(capitalize(headline) || capitalize(lead.sentence), maxHeadlineLength)
}

/**
 * `text` without the mark that ends it and the white space after (`/[.!?]["”’)]?\s*$/`), read
 * from the end rather than by a pattern tried at every character.
 */
function dropFinalMark(text: string): string {
  let end = text.length
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  const mark = finalMarkLength(text, end)
  return mark === 0 ? text : text.slice(0, end - mark)
}

/** Cut `text` to `max` characters at a word boundary, without a dangling small word or open quote. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max + 1)
  // Prefer to end where a clause or a list ends.
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf(' and '))
  cut = clause > max / 2 ? cut.slice(0, clause) : cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))
  const opens = (cut.match(/“/g) ?? []).length
  const closes = (cut.match(/”/g) ?? []).length
  if (opens > closes && cut.lastIndexOf('“') > max / 3) cut = cut.slice(0, cut.lastIndexOf('“'))
  cut = cut.replace(/[\s,;:–-]+$/, '')
  while (/\s(?:of|and|the|a|an|in|on|at|to|for|with|by|from|as|or|such|namely|including|titled|entitled|named|called|St\.|Mr\.|Ms\.|Dr\.|“|")$/i.test(cut)) cut = cut.replace(/\s\S+$/, '')
  return cut.replace(/[\s,;:–-]+$/, '').slice(0, max)
}
