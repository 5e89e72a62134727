const whiteSpace = /\s/

/**
 * Whether text holds white space other than single ASCII spaces (a line break,
 * a tab, a no-break space, two spaces in a row …), read character by character:
 * the same answer as the pattern `/[^\S ]| {2}/`, without a match attempt at
 * every offset.
 *
 * @param text Text to check (example: `'On\r\nJanuary'` gives `true`).
 * @returns Whether {@link collapseWhiteSpace} would change more than the ends.
 */
export function hasLooseWhiteSpace(text: string): boolean {
  const length = text.length
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) {
      if (text.charCodeAt(index + 1) === 32) return true
    } else if (code < 128 ? code >= 9 && code <= 13 : whiteSpace.test(text.charAt(index))) {
      return true
    }
  }
  return false
}

/**
 * Collapse each run of white space (line breaks, tabs, no-break spaces …) to
 * one space and trim both ends. Text whose only white space is single spaces,
 * the common case, is only trimmed: no new string per space.
 *
 * @param text Text to collapse (example: `'On\r\nJanuary  10,'`).
 * @returns The collapsed text (example: `'On January 10,'`).
 */
export function collapseWhiteSpace(text: string): string {
  return hasLooseWhiteSpace(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
}
