/**
 * Whether a UTF-16 code unit is white space as `\s` and `String.prototype.trim`
 * read it (ECMAScript's WhiteSpace and LineTerminator): the character-code
 * test the hot scans use instead of a regular expression. `NaN` (an index past
 * the end given to `charCodeAt`) is not.
 *
 * @param code A code unit (`text.charCodeAt(index)`).
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
