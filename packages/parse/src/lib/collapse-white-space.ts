// White space other than an ASCII space: text holding some, or two spaces in a row, needs the replace.
const otherWhiteSpace = /[^\S ]/

/**
 * Whether text holds white space other than single ASCII spaces (what `/[^\S ]| {2}/` finds):
 * two spaces are looked for with `includes`, faster than an alternative tried at every character.
 *
 * @param text Text to check.
 */
export function hasLooseWhiteSpace(text: string): boolean {
  return text.includes('  ') || otherWhiteSpace.test(text)
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
