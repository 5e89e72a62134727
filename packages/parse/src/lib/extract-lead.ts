import {splitSentences} from './extract-sentences.js'

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?'
// An item's opening date phrase, up to the comma, colon or dash that sets it apart (not the dash of a range inside it:
// `July 17–21 — The camp …`, `28 February – 2 March 2024, …`).
const opener = new RegExp(
  `^(?:(?:On|In|From|During|Between|Since|By|Until|At|Around|Starting)\\s+)?(?:the\\s+(?:morning|afternoon|evening|night|weekend|end|beginning|middle)\\s+of\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:[^,]{0,60}?\\b(?:${month}|\\d{4})\\b[^,]{0,40}?)\\s*(?:,(?!\\d{3})|:|[–—](?!\\s*\\d)|-(?=\\s)(?!\\s*\\d))\\s*`,
  'iu'
)
const witnessed = new RegExp(`^(?:(?:Early|Mid|Late)[\\s-]+)?${month}(?:\\s+\\d{4})?\\s+(?:witnessed|saw)\\s+`, 'iu')
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
const lowerStart = /^\s*[“"‘]?\p{Ll}/u

/** The opening sentence of an item, split into its date phrase and the rest. */
export interface Lead {
  /** The first sentence, whole. */
  sentence: string
  /** The first sentence without its leading date phrase (example: `"the Dialogue … was staged in Beijing."`). */
  rest: string
  /** Whether the sentence opens `April witnessed …`, where the rest is a noun phrase, not a clause. */
  witnessed: boolean
}

/**
 * Split off the date phrase that opens an item's first sentence (`On January 10,`,
 * `From March 4 to 11,`, `On June, 17th,`, `Late May witnessed`, `12 March 2025 –`).
 *
 * @param text Item text.
 * @param dateEnd Offset just after the opening date phrase, when the caller knows it (optional).
 * @example
 *   readLead('On January 10, the Dialogue was staged in Beijing. It …').rest // 'the Dialogue was staged in Beijing.'
 */
export function readLead(text: string, dateEnd?: number): Lead {
  if (text === last.text && dateEnd === last.dateEnd && last.lead) return last.lead
  const lead = computeLead(text, dateEnd)
  // The headline and the summary read the same lead: keep the last answer.
  last = {text, dateEnd, lead}
  return lead
}

let last: {text?: string; dateEnd?: number | undefined; lead?: Lead} = {}

function computeLead(text: string, dateEnd?: number): Lead {
  const sentence = splitSentences(text)[0]?.text ?? text.trim()
  const start = text.indexOf(sentence)
  if (dateEnd !== undefined && dateEnd > start && dateEnd < start + sentence.length) {
    // (A dash or a colon may set the date apart: `12 March 2025 – The Malta Red Cross …`.)
    const rest = sentence.slice(dateEnd - start).replace(/^[\s,:–—-]+/, '')
    const isWitnessed = /^(?:witnessed|saw)\s+/i.test(rest)
    return {sentence, rest: rest.replace(/^(?:witnessed|saw)\s+/i, ''), witnessed: isWitnessed}
  }
  const seen = witnessed.exec(sentence)
  if (seen) return {sentence, rest: sentence.slice(seen[0].length), witnessed: true}
  let rest = sentence
  let open = opener.exec(rest)
  if (open) {
    rest = rest.slice(open[0].length)
    // A dated line's date, then the item's own: `12 January – From January 12 to 16, …`.
    if (/[–—-]\s*$/.test(open[0]) && (open = opener.exec(rest))) rest = rest.slice(open[0].length)
    // Commas in odd places: `On June, 17th, …`, `from November 15th to 16th, 2018, …`.
    let more: RegExpExecArray | null
    // (And Markdown's emphasis closed after the year: `**December 18, 2023**, …`.)
    while ((more = /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{4})(?:\*{1,2}|_{1,2})?\s*,\s*/.exec(rest))) rest = rest.slice(more[0].length)
  }
  // `12–16 Jan | Almaty, Kazakhstan | Winter leadership camp …`: a note's date and place before bars; the event follows the last.
  const bar = rest.lastIndexOf(' | ')
  if (bar !== -1 && bar < 80) rest = rest.slice(bar + 3)
  return {sentence, rest, witnessed: false}
}

/** Upper-case the first letter of `text`. */
export function capitalize(text: string): string {
  // Most text starts with a capital or a digit already.
  const code = text.charCodeAt(0)
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return text
  // An ASCII lower-case letter first (`the Dialogue …`) is all the pattern below would change.
  if (code >= 97 && code <= 122) return String.fromCharCode(code - 32) + text.slice(1)
  return text.replace(lowerStart, (letter) => letter.toUpperCase())
}
