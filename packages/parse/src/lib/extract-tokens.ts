import {digraphInitials, nameAbbreviations, titleAbbreviations} from './abbreviations.js'

/** A word or punctuation mark of an item, with its offsets. */
export interface Token {
  /** The token as written (example: `"D.C."`, `"People’s"`, `","`). */
  text: string
  /** Offset of its first character in the item text. */
  start: number
  /** Offset just after its last character. */
  end: number
  /** Whether it is a word (letters or digits), not punctuation. */
  word: boolean
  /** Word classes, filled in by the extractor that needs them (optional). */
  flags?: number | undefined
}

const keepDot = new RegExp(`^(?:\\p{L}\\.)+$|^(?:\\p{Lu}\\p{Ll}?\\.){2,3}$|^(?:${[...titleAbbreviations, ...digraphInitials, ...nameAbbreviations].join('|')})\\.$`, 'iu')
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
const letterOrNumberChar = /[\p{L}\p{N}]/u
const markChar = /\p{M}/u
const whiteSpaceChar = /\s/
const startsUpper = /^\p{Lu}/u
const acronymShape = /^\p{Lu}[\p{Lu}\d&]+s?$/u
const twoCapitals = /\p{Lu}.*\p{Lu}/u

// Character classes, read from a table of every UTF-16 code unit, filled on first sight of each:
// ASCII by arithmetic, the rest by Unicode property once per character.
const letterOrDigit = 1
const mark = 2
const joiner = 4
// Flags beside the class in the table: white space the tokenizer skips, and “already known”.
const space = 8
const known = 16
const classTable = new Uint8Array(0x10000)

function readClass(code: number): number {
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return letterOrDigit
    if (code === 32 || code === 9 || code === 10 || code === 13) return space
    return code === 39 || code === 45 || code === 42 ? joiner : 0
  }
  if (code === 0x2019) return joiner
  const char = String.fromCharCode(code)
  if (code === 0xa0 || whiteSpaceChar.test(char)) return space
  return letterOrNumberChar.test(char) ? letterOrDigit : markChar.test(char) ? mark : 0
}

/** The table entry of a code unit (`0` past the end of the text, where `charCodeAt` gives `NaN`). */
function lookUp(code: number): number {
  const entry = classTable[code]
  if (entry === undefined) return 0
  if (entry !== 0) return entry
  const value = readClass(code) | known
  classTable[code] = value
  return value
}

/** Class of a code unit: `letterOrDigit`, `mark`, `joiner` or `0`. */
function classify(code: number): number {
  return lookUp(code) & (letterOrDigit | mark | joiner)
}

// ASCII entries, filled up front: the scans below read this small table for most characters.
const asciiTable = new Uint8Array(128)
for (let code = 0; code < 128; code++) asciiTable[code] = lookUp(code)

const isUpper = (code: number) => code >= 65 && code <= 90
const isLower = (code: number) => code >= 97 && code <= 122

/** Whether the period at `at` ends a sentence glued to the next (`Karachi.Ali`): two lower-case letters, then a capital and two. */
function gluesSentences(text: string, at: number): boolean {
  return isLower(text.charCodeAt(at - 1)) && isLower(text.charCodeAt(at - 2)) && isUpper(text.charCodeAt(at + 1)) && isLower(text.charCodeAt(at + 2)) && isLower(text.charCodeAt(at + 3))
}
const isDigit = (code: number) => code >= 48 && code <= 57

/**
 * Split text into word and punctuation tokens. A period stays on a word only
 * when it belongs to it (`D.C.`, `St.`), so `Beijing.` gives `Beijing` and `.`.
 *
 * @param text Text to split.
 * @param offset Offset of `text` in the item (optional, default `0`).
 * @example
 *   tokenize('in Washington D.C., and').map((t) => t.text) // ['in', 'Washington', 'D.C.', ',', 'and']
 */
export function tokenize(text: string, offset = 0): Token[] {
  if (offset === 0 && text === lastText) return lastTokens
  const tokens: Token[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    const entry = code < 128 ? asciiTable[code]! : lookUp(code)
    if ((entry & letterOrDigit) === 0) {
      // White space is skipped; any other character is a punctuation token.
      if ((entry & space) === 0) {
        tokens.push({text: text[index]!, start: index + offset, end: index + offset + 1, word: false, flags: undefined})
      }
      index++
      continue
    }
    // One read per character: `next` is the code unit at `cursor`, `-1` past the end (an integer, never `NaN`,
    // keeps the loop in integer arithmetic).
    let cursor = index + 1
    let next = cursor < length ? text.charCodeAt(cursor) : -1
    for (;;) {
      if (next < 128) {
        // No ASCII character is an en dash: the word goes on only over a letter, digit or joiner.
        if (next >= 0 && (asciiTable[next]! & (letterOrDigit | joiner)) !== 0) {
          next = ++cursor < length ? text.charCodeAt(cursor) : -1
          continue
        }
        // A period inside a word (`D.C`, `U.S.A`) joins when a letter follows it.
        if (next === 46) {
          const after = cursor + 1 < length ? text.charCodeAt(cursor + 1) : -1
          // (Not two sentences glued where a space was lost: `Karachi.Ali Raza`, a word in lower case, then a capital and
          // lower case.)
          if (after >= 0 && classify(after) === letterOrDigit && !isDigit(after) && !gluesSentences(text, cursor)) {
            cursor += 2
            next = cursor < length ? text.charCodeAt(cursor) : -1
            continue
          }
        }
        break
      }
      // An en dash between two names joins them as a hyphen does (`China–Africa`).
      if (classify(next) !== 0 || (next === 0x2013 && isUpper(text.charCodeAt(cursor + 1)) && classify(text.charCodeAt(cursor - 1)) === letterOrDigit)) {
        next = ++cursor < length ? text.charCodeAt(cursor) : -1
        continue
      }
      break
    }
    let value = text.slice(index, cursor)
    const start = index + offset
    // Only a word of up to four characters (`Mrs`, `Prof`) or of single letters and periods
    // (`U.S`, `A`) can keep its period: skip the pattern for the rest.
    if (next === 46 && (value.length <= 4 || value.charCodeAt(1) === 46)) {
      const withDot = `${value}.`
      if (keepDot.test(withDot)) {
        value = withDot
        cursor++
      }
    }
    // Every token gets the same shape from the start, so reading and setting `flags` stays monomorphic.
    tokens.push({text: value, start, end: start + value.length, word: true, flags: undefined})
    index = cursor
  }
  if (offset === 0) {
    // Every extractor tokenizes the same item: keep the last answer.
    lastText = text
    lastTokens = tokens
  }
  return tokens
}

let lastText: string | undefined
let lastTokens: Token[] = []

/**
 * The tokens of `text` that lie in `[start, end)`, from a tokenization of the whole text.
 *
 * @param tokens Tokens of the whole text, in order.
 * @param start First offset.
 * @param end Offset after the last character.
 */
export function sliceTokens(tokens: Token[], start: number, end: number): Token[] {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < start) low = middle + 1
    else high = middle
  }
  let stop = low
  while (stop < tokens.length && tokens[stop]!.end <= end) stop++
  return tokens.slice(low, stop)
}

/**
 * Whether a token starts with a capital letter (or an Arabic article and one: `al-Khatib`) or is a number in a name (`2020`, `5th`).
 *
 * @param token Token to test.
 */
export function isCapitalized(token: Token): boolean {
  if (!token.word) return false
  const code = token.text.charCodeAt(0)
  // `al-Rawashdeh`, `el-Tayeb`: an Arabic article before a capital is part of a name.
  if (code === 97 || code === 101) return token.text.charCodeAt(1) === 108 && arabicArticle.test(token.text)
  if (code < 128) return code >= 65 && code <= 90
  return startsUpper.test(token.text)
}

const arabicArticle = /^[ae]l-\p{Lu}/u

/**
 * Whether a token is an acronym: two or more capitals, maybe with digits or `&` (`WHO`, `UNESCO`).
 *
 * @param text Token text.
 */
export function isAcronym(text: string): boolean {
  const second = text.charCodeAt(1)
  if (second >= 97 && second <= 122) return false
  return acronymShape.test(text) && twoCapitals.test(text)
}
