/**
 * Whether a line reads as a heading rather than as a sentence: short, and not
 * ending with sentence punctuation, a colon allowed (example: `Latest News of SIRONET International Exchanges`).
 *
 * @param text The line, trimmed.
 * @param maxLength Longest heading (optional, default `120`).
 */
export function looksLikeHeading(text: string, maxLength = 120): boolean {
  if (text.length === 0 || text.length > maxLength) return false
  // A colon may end a heading (`Other news:`); sentence punctuation may not.
  if (/[.!?;,]["”’)\]]*$/.test(text)) return false
  return text.split(/\s+/).length <= 16
}

// Longest heading over lines, its lines joined (a page's title over two lines).
const maxLinesLength = 200

/**
 * Whether a paragraph reads as a heading once its lines are one (see {@link looksLikeHeading}), of up to 200
 * characters: a page's title over two lines (`PFOAC News of International Exchanges` / `Half-year bulletin n°14
 * (January – June 2021)`).
 *
 * @param text The paragraph, trimmed.
 */
export function looksLikeHeadingOverLines(text: string): boolean {
  return looksLikeHeading(text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text, maxLinesLength)
}
