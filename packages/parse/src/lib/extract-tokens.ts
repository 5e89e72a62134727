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
}

const tokenPattern =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-*]*(?:\.(?=\p{L})[\p{L}\p{M}\p{N}’'\-]*)*\.?|[^\s\p{L}\p{N}]/gu

const keepDot = /^(?:\p{L}\.)+$|^(?:st|mr|mrs|ms|dr|jr|sr|prof|co|inc|ltd|no)\.$/iu

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
  for (const match of text.matchAll(tokenPattern)) {
    let value = match[0]
    const start = match.index + offset
    const isWord = /^[\p{L}\p{N}]/u.test(value)
    if (isWord && value.endsWith('.') && !keepDot.test(value)) {
      value = value.slice(0, -1)
      tokens.push({text: value, start, end: start + value.length, word: true})
      tokens.push({text: '.', start: start + value.length, end: start + value.length + 1, word: false})
      continue
    }
    // Trailing apostrophes of plural possessives (`Employers’`) stay; others go.
    tokens.push({text: value, start, end: start + value.length, word: isWord})
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
 * Whether a token starts with a capital letter or is a number in a name (`2020`, `5th`).
 *
 * @param token Token to test.
 */
export function isCapitalized(token: Token): boolean {
  if (!token.word) return false
  const code = token.text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(token.text)
}

/**
 * Whether a token is an acronym: two or more capitals, maybe with digits or `&` (`WHO`, `UNESCO`).
 *
 * @param text Token text.
 */
export function isAcronym(text: string): boolean {
  const second = text.charCodeAt(1)
  if (second >= 97 && second <= 122) return false
  return /^\p{Lu}[\p{Lu}\d&]+s?$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text)
}
