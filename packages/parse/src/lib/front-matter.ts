// A static site's Markdown source opens with YAML front matter between two `---` lines: `title: "…"`, `date: …`,
// `tags: [a, b]`, a list's `  - item` lines. The title is the bulletin's; the rest is the site's metadata, no paragraph.
const fence = /^---[ \t]*$/
const closingFence = /^(?:---|\.\.\.)[ \t]*$/
const keyLine = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/
const innerLine = /^(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)|[ \t]+\S|-[ \t]|#|$)/
const titleLine = /^title[ \t]*:[ \t]*(["']?)(.*?)\1[ \t]*$/

/**
 * Whether a text's first two lines open YAML front matter: a `---` line, then a
 * `key: value` line.
 *
 * @param first The text's first line, without its break.
 * @param second The second line, without its break.
 * @returns `true` when front matter opens.
 */
export function opensFrontMatter(first: string, second: string): boolean {
  return fence.test(first) && keyLine.test(second)
}

/**
 * What a line inside front matter is: `'end'` for the closing `---` (or `...`),
 * `'inside'` for a YAML line (`key: value`, an indented or `- ` list line, a
 * comment, a blank line), `'other'` for anything else (the front matter was
 * never closed: the line is read as text).
 *
 * @param line The line, without its break.
 * @returns Its kind.
 */
export function readFrontMatterLine(line: string): 'end' | 'inside' | 'other' {
  if (closingFence.test(line)) return 'end'
  return innerLine.test(line) ? 'inside' : 'other'
}

/**
 * The title a front matter line states (`title: "International Exchanges
 * Roundup, July–December 2024"`), as its offsets in the line, quotes left out.
 *
 * @param line A line inside front matter, without its break.
 * @returns Where the title starts and ends in the line, or `undefined` for another key or an empty title.
 * @example
 *   readFrontMatterTitle('title: "News (2018.1-2018.6)"') // {start: 8, end: 28}
 */
export function readFrontMatterTitle(line: string): {start: number; end: number} | undefined {
  const match = titleLine.exec(line)
  if (!match || match[2]!.trim().length === 0) return undefined
  const start = match[0].indexOf(match[2]!, line.indexOf(':') + 1)
  return {start, end: start + match[2]!.length}
}
