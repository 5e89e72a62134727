/**
 * Resolve a link from a feed and keep it only when it is `http:` or `https:`,
 * so `javascript:`, `data:` and other schemes never reach an `href`.
 *
 * @param value A URL from the feed, absolute or relative (example: `'items/a.html'`).
 * @param base URL to resolve relative links against (optional, example: the feed’s URL).
 * @returns The normalized absolute URL, or `undefined` when it is missing or not http(s).
 * @example
 *   toHttpUrl('a.html', 'https://example.org/feed.json') // 'https://example.org/a.html'
 *   toHttpUrl('javascript:alert(1)') // undefined
 */
export function toHttpUrl(value: unknown, base?: string): string | undefined {
  try {
    // Check the parsed URL, and hand out exactly that, so what was checked is what is used.
    const url = new URL(value as string, base)
    if (typeof value === 'string' && /^https?:$/.test(url.protocol)) return url.href
  } catch {
    // Not a URL: no link.
  }
  return undefined
}
