// A number in a list (`1.`, `2)`, `(3)`, `4、`, `（5）`), a letter in parentheses (`(a)`, `(iv)`, with a space after it) or a bullet sign, then
// the white space after it. A number must be followed by a letter or quote mark
// after optional white space (`1.5 million people` is no list), and a dash or
// asterisk by white space (`-30 °C`, `*Note` are no list). Bullet signs
// (`•`, `●`, `◆` …) may touch the text.
const numbered = /(?:\d{1,2}[.)、]|\(\d{1,2}\)|（\d{1,2}）)[\s\u00a0]*(?=[\p{L}“"‘'])|\((?:[a-z]|[ivx]{1,4})\)[\s\u00a0]+(?=[\p{L}“"‘'])/uy
const dashed = /[-*–—][\s\u00a0]+(?=\S)/y
const bulleted = /[•·‣▪▫◦●○■□◆◇►▶➢➤★☆※✓✔][\s\u00a0]*(?=\S)/y

/**
 * How long the list marker is that a paragraph opens with: a number
 * (`1.`, `2)`, `(3)`, `4、`) or a bullet (`•`, `-`, `*`, `–`, `●`, `◆` …), with
 * the white space after it. Bulletins pasted from word processors often keep
 * these; the item is the text after the marker.
 *
 * @param text The text.
 * @param from Where the paragraph’s first character is (default `0`).
 * @returns The number of characters to skip, `0` when no marker is there.
 * @example
 *   listMarkerLength('1. On May 5, CNIE held a forum.') // 3
 *   listMarkerLength('1.5 million people took part.') // 0
 */
export function listMarkerLength(text: string, from = 0): number {
  // Most paragraphs open with a letter: no pattern is tried for them.
  const first = text.charCodeAt(from) | 32
  if (first >= 97 && first <= 122) return 0
  for (const pattern of [numbered, dashed, bulleted]) {
    pattern.lastIndex = from
    const match = pattern.exec(text)
    if (match) return match[0].length
  }
  return 0
}
