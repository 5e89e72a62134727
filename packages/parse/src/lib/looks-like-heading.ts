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
