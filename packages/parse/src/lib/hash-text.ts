/**
 * A short, stable hexadecimal hash of text (FNV-1a over UTF-16 code units,
 * two 32-bit rounds with different seeds). Not cryptographic: it only tells
 * apart items whose ids would otherwise be the same, the same way on every
 * platform and in browsers, without `node:crypto`.
 *
 * @param text Text to hash.
 * @param length Hex digits to return, 1 to 16 (optional, default `6`).
 * @returns Lower-case hex digits (example: `'3fa2c1'`).
 */
export function hashText(text: string, length = 6): string {
  let first = 0x811c9dc5
  let second = 0x01000193 ^ 0x5bd1e995
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 0x01000193)
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 15)
  }
  const hex = (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0')
  return hex.slice(0, Math.max(1, Math.min(16, length)))
}
