import {findCountryCode} from './extract-countries.js'
import {findCityCountry, findRegionCountry} from './extract-gazetteer.js'

// Wording that presents the quoted text that follows as the theme.
const cue =
  /\b(?:themed(?:\s+(?:as|on))?|with\s+an?\s+theme\s+of|(?:with|under|on|had|has|having|centering\s+(?:on|around)|centred\s+on|centered\s+on|focusing\s+on|around)\s+(?:(?:the|a)\s+)?(?:main\s+)?theme(?:\s+of)?|(?:the|its|their|the\s+[\w-]+['’]s)\s+(?:main\s+)?theme\s+(?:of\s+(?:the|this|this\s+year['’]s|the\s+\d{4})\s+[\w\s'’-]{1,40}?\s+)?(?:was|is|will\s+be)(?:\s*:)?(?:\s+the)?|theme(?:d)?\s*:)\s*(?:the\s+)?(?=[“"‘'«„「《])/giu

// Built once here: the build lowers `\p{…}` literals to `new RegExp` at each use.
const inPlaceTail = /\s+in\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/u

/** A theme without `in <Place>` and what follows it (`“Clean Seas in Suva, Fiji` → `Clean Seas`); `in Women` stays. */
function dropPlaceTail(theme: string): string {
  const tail = inPlaceTail.exec(theme)
  if (tail === null) return theme
  const place = tail[1]!
  const named = findCityCountry(place) ?? findCountryCode(place) ?? findRegionCountry(place) ?? findCityCountry(place.split(/\s+/)[0]!)
  return named === undefined ? theme : theme.slice(0, tail.index)
}
// (Guillemets and low-high quotes of texts translated from Russian, French or German: `«…»`, `„…“`.)
// (And the corner brackets and book title marks of Japanese and Chinese writers: `「…」`, `《…》`.)
const closing: Record<string, string> = {'“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“', '「': '」', '《': '》'}

/**
 * Read the themes of an item: the text inside the quotation marks that follow
 * `themed`, `the theme was`, `with the theme (of)`, `centering on the theme (of)`,
 * `under the theme` and the like, verbatim, curly or straight quotes. When the
 * closing mark is missing, the theme ends where the quoted phrase plainly does
 * (a closing parenthesis, or the word `in` before a place).
 *
 * @param text Item text.
 * @returns Themes in order, each once.
 * @example
 *   extractThemes('the forum themed “new start, new opportunities” was staged')
 *   // ['new start, new opportunities']
 */
export function extractThemes(text: string): string[] {
  const themes: string[] = []
  let from = 0
  for (;;) {
    // No cue starts before the letters and spaces that run up to the next `theme`: search from there.
    const start = findCueStart(text, from)
    if (start === -1) break
    cue.lastIndex = start
    const match = cue.exec(text)
    if (match === null) break
    from = match.index + match[0].length
    const open = match.index + match[0].length
    const quote = text[open]!
    const close = closing[quote]!
    let end = findClosing(text, open + 1, quote, close)
    let theme: string
    if (end === -1) {
      // Unbalanced: stop at the next opening quote or the end of the sentence.
      const rest = text.slice(open + 1)
      const stop = rest.search(/[“"«„]|[.;](?:\s|$)/)
      theme = stop === -1 ? rest : rest.slice(0, stop)
      // (Or where the sentence's verb follows: `themed “Youth Power for Sustainable Development was staged in Havana`.)
      const predicate = predicateAfterTheme.exec(theme)
      if (predicate !== null) theme = theme.slice(0, predicate.index)
      // (Or at a comma that opens a clause of the sentence: `“Bonds for the Belt and Road, more than 230 representatives
      // attended`; a theme in capitals goes on only with capitals: `“Belt and Road, Bridge of Hearts”`.)
      const clause = (startsUpper.test(theme) ? clauseAfterCapitals : clauseAfterComma).exec(theme)
      if (clause !== null) theme = theme.slice(0, clause.index)
      const paren = theme.lastIndexOf(')')
      if (paren !== -1 && theme.includes('(')) theme = theme.slice(0, paren + 1)
      else theme = dropPlaceTail(theme).replace(/,\s*$/, '')
      end = open + 1 + theme.length
    } else {
      theme = text.slice(open + 1, end)
    }
    theme = theme.trim()
    if (theme && !themes.includes(theme)) themes.push(theme)
  }
  return themes
}

const startsUpper = /^\p{Lu}/u
const clauseAfterComma = /,\s+(?=\d|(?:more\s+than|some|about|nearly|over|around|almost|while|where|which|and\s+\d)\b)/u
const clauseAfterCapitals = /,\s+(?=[\p{Ll}\d])/u
// The verb of the sentence a theme stands in (the event's): `… was staged`, `… were held`.
const predicateAfterTheme = /\s+(?:was|were|has\s+been|had\s+been)\s+(?:staged|held|opened|launched|organi[sz]ed|co-organi[sz]ed|convened|hosted|inaugurated|attended|kicked\s+off)\b/u

const themeWord = /theme/giu
const letterOrSpace = /[\p{L}\s]/u

/**
 * Where the search for the next cue may start: each cue holds `theme`, with
 * only letters and white space before it (`with the main theme of`), so none
 * starts before the run of those that ends at the next `theme` at or after `from`.
 * `-1` when no `theme` follows.
 */
function findCueStart(text: string, from: number): number {
  themeWord.lastIndex = from
  const found = themeWord.exec(text)
  if (found === null) return -1
  let start = found.index
  while (start > from && isLetterOrSpace(text, start - 1)) start--
  return start
}

/** Whether the character at `index` is a letter, white space or an apostrophe (ASCII checked without a regular expression). */
function isLetterOrSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  // (Apostrophes too: `the forum’s theme was`.)
  if (code >= 0x80) return code === 0x2019 || letterOrSpace.test(text.charAt(index))
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || code === 0x20 || code === 0x27 || (code >= 0x09 && code <= 0x0d)
}

/** Find the closing mark matching the one at `from - 1`, skipping nested quotes (`“… ‘Belt and Road’”`). */
function findClosing(text: string, from: number, open: string, close: string): number {
  let depth = 0
  for (let index = from; index < text.length; index++) {
    const char = text[index]!
    if (open !== close && char === open) depth++
    else if (char === close) {
      if (depth === 0) return index
      depth--
    }
  }
  return -1
}
