import type {Block} from './block.js'
import {looksLikeHeading} from './looks-like-heading.js'
import {scanDateWording} from './scan-date-wording.js'

interface Line {
  /** Offset of the first non-white-space character. */
  start: number
  /** Offset just after the last non-white-space character. */
  end: number
  text: string
}

const terminal = /[.!?]["”’)\]]*$/
// Lines this long are not hard-wrapped: each line of such a block is a paragraph.
const wrapWidth = 100

function opensWithDate(text: string): boolean {
  return scanDateWording(text, 0)?.opening === true
}

/**
 * Split plain text into paragraphs: blank lines (white space, no-break spaces
 * and byte order marks only) separate them. Inside a block of lines, a line
 * break also separates paragraphs when the text is not hard-wrapped and the
 * line ends a sentence (or is a heading), or when the next line opens with a
 * date after a sentence end. Each paragraph is the exact source slice.
 *
 * @param text The decoded text (CRLF, CR or LF line endings).
 * @returns Paragraphs in document order.
 */
export function splitTextBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let group: Line[] = []
  const linePattern = /[^\r\n]*(?:\r\n|\n|\r|$)/gy
  let match: RegExpExecArray | null
  while (linePattern.lastIndex < text.length && (match = linePattern.exec(text)) !== null) {
    const raw = match[0]
    if (raw.length === 0) break
    const content = raw.replace(/[\r\n]+$/, '')
    const lead = /^\s*/.exec(content)![0].length
    const trimmed = content.trim()
    if (trimmed.length === 0) {
      flush(text, group, blocks)
      group = []
      continue
    }
    const start = match.index + lead
    group.push({start, end: start + trimmed.length, text: trimmed})
  }
  flush(text, group, blocks)
  return blocks
}

function flush(text: string, lines: Line[], blocks: Block[]): void {
  if (lines.length === 0) return
  const wrapped = lines.length > 1 && lines.every((line) => line.text.length <= wrapWidth)
  let first = 0
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]!
    const next = lines[index]!
    const endsSentence = terminal.test(previous.text)
    const heading = index - 1 === first && looksLikeHeading(previous.text) && !terminal.test(previous.text)
    const split = wrapped
      ? opensWithDate(next.text) && (endsSentence || heading)
      : endsSentence || heading || opensWithDate(next.text)
    if (split) {
      push(text, lines, first, index, blocks)
      first = index
    }
  }
  push(text, lines, first, lines.length, blocks)
}

function push(text: string, lines: Line[], from: number, to: number, blocks: Block[]): void {
  const start = lines[from]!.start
  const end = lines[to - 1]!.end
  blocks.push({text: text.slice(start, end), offset: start, length: end - start})
}
