// (Or a news feed's XML, RSS or Atom, read as markup too: `<?xml …?><rss`, `<feed`; or a JSON document of news:
// `{"title": …`, `[{"date": …`.)
const htmlStart = /^\s*(?:<(?:!doctype\s+html|html|head|body|meta|title|h[1-6]|p|div|article|section|main|table|ul|ol)[\s>/]|(?:<\?xml[^>]*\?>\s*)?<(?:rss|feed)\b|\{\s*"|\[\s*\{)/i
const htmlTag = /<(?:p|br|h[1-6]|div|li)(?:\s[^<>]*)?\/?>/i

/**
 * Tell whether text is an HTML page or plain text: HTML when it starts with a
 * tag such as `<!doctype html>`, `<html>`, `<h1>` or `<p>`, or when its first
 * kilobytes hold `<p>`, `<br>` or heading tags.
 *
 * @param text The decoded input.
 * @returns `'html'` or `'text'`.
 * @example
 *   sniffFormat('<h1>News</h1><p>On May 5, …</p>') // 'html'
 */
export function sniffFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, 4096)
  return htmlStart.test(head) || htmlTag.test(head) ? 'html' : 'text'
}
