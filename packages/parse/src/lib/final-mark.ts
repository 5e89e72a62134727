const isSentenceMark = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f
const isClosingMark = (code: number) => code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29

/**
 * How many characters the mark that ends `text.slice(0, end)` takes, read from
 * the end (`/[.!?]["”’)]?$/`): 1 for `.`, `!` or `?`; 2 for one of them before
 * a closing quote or parenthesis (`…Nairobi!”`); 0 when it ends with neither.
 *
 * @param text Text.
 * @param end Where the text to look at ends (default: its length).
 */
export function finalMarkLength(text: string, end = text.length): number {
  if (end < 1) return 0
  const last = text.charCodeAt(end - 1)
  if (isSentenceMark(last)) return 1
  return end > 1 && isClosingMark(last) && isSentenceMark(text.charCodeAt(end - 2)) ? 2 : 0
}
