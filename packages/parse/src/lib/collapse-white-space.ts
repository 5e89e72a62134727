// White space other than a single ASCII space: only text holding some needs the replace.
const needsCollapse = /[^\S ]| {2}/

/**
 * Collapse each run of white space (line breaks, tabs, no-break spaces …) to
 * one space and trim both ends. Text whose only white space is single spaces,
 * the common case, is only trimmed: no new string per space.
 *
 * @param text Text to collapse (example: `'On\r\nJanuary  10,'`).
 * @returns The collapsed text (example: `'On January 10,'`).
 */
export function collapseWhiteSpace(text: string): string {
  return needsCollapse.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
}
