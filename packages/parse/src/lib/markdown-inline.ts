// Markdown's inline markup that hides a paragraph's words from the readers of names, places and dates:
// - a link, `[Almaty Youth Centre](https://ayc.kz "AYC")` or `[Almaty Youth Centre][ayc]`: its text is kept;
// - an image inside a paragraph, `![Volunteers at the site](/images/site.jpg)`: left out;
// - a footnote's mark, `[^1]` (not its definition, `[^1]: …`, which opens a paragraph of its own);
// - an HTML comment, `<!-- TODO: add photos -->`;
// - an ATX heading's marks, `### Volunteers repair a school` (and closing `##`).
// Emphasis (`**On 6th August**`, `_Robert Bosch Stiftung_`) is left as it is: the date and name readers skip it.
const inlineMarkup =
  /!\[[^\]\n]*\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"\n]*")?\)|\[([^\]\n]+)\](?:\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"\n]*")?\)|\[[^\]\n]*\])|\[\^[^\]\s]+\](?!:)|<!--[\s\S]*?-->/g
const headingMarks = /^#{1,6}[ \t]+/
const closingMarks = /[ \t]+#+$/
// What any of it needs: a quick test before the scan.
const mayHoldMarkup = /\]\(|\]\[|\[\^|<!--|^#{1,6}[ \t]/

/** A paragraph's text without its Markdown inline markup, and where each of its characters is in the source. */
export interface PlainMarkdown {
  /** The text, markup left out (example: `On July 3, the Caucasus Youth Learning Initiative opened …`). */
  text: string
  /** Source offset of each character of `text`. */
  sourceOffsets: number[]
  /** Whether the paragraph is an ATX heading (`## July`, `### Tenth summer school opens`). */
  heading: boolean
}

/**
 * Read a paragraph of a Markdown file (a static site's source, a wiki's or a
 * notes app's export) as the words a reader sees: link texts without their
 * addresses, no images inside the text, no footnote marks or HTML comments, an
 * ATX heading without its `#` marks. A paragraph that is markup only (an image
 * or a comment on a line of its own) is left as it is, so that it is reported
 * rather than dropped.
 *
 * @param text The paragraph's exact source text.
 * @param offset Its offset in the source.
 * @returns The plain text with the source offset of each character, or `undefined` when it holds no such markup.
 * @example
 *   readMarkdownInline('On July 3, the [Youth Centre](https://yc.kz) opened.', 0)?.text // 'On July 3, the Youth Centre opened.'
 */
export function readMarkdownInline(text: string, offset: number): PlainMarkdown | undefined {
  if (!mayHoldMarkup.test(text)) return undefined
  let plain = ''
  const sourceOffsets: number[] = []
  const keep = (from: number, to: number) => {
    plain += text.slice(from, to)
    for (let index = from; index < to; index++) sourceOffsets.push(offset + index)
  }
  const heading = headingMarks.exec(text)
  let start = heading ? heading[0].length : 0
  const closing = heading ? closingMarks.exec(text) : null
  const end = closing ? closing.index : text.length
  inlineMarkup.lastIndex = start
  let match: RegExpExecArray | null
  while ((match = inlineMarkup.exec(text)) !== null && match.index < end) {
    keep(start, match.index)
    const label = match[1]
    // (A link keeps its text, found right after its `[`.)
    if (label !== undefined) keep(match.index + 1, match.index + 1 + label.length)
    start = match.index + match[0].length
    // (What is left out between two spaces leaves one of them.)
    if (label === undefined && /[ \t]$/.test(plain) && (text[start] === ' ' || text[start] === '\t')) start++
  }
  keep(start, end)
  if (plain === text) return undefined
  // Markup and nothing else: kept as written.
  if (plain.trim().length === 0) return undefined
  // (White space left where markup was, at either end, is no part of the paragraph.)
  const leading = plain.length - plain.trimStart().length
  const kept = plain.trim()
  return {text: kept, sourceOffsets: sourceOffsets.slice(leading, leading + kept.length), heading: heading !== null}
}
