import {isFormLine} from './read-form-record.js'
import type {Block} from './block.js'
import {isDateLabel} from './block-opening.js'
import {hasEmoji, isHashtagLine} from './post-marks.js'
import {listMarkerLength} from './list-marker.js'
import {pageNumberSource} from './page-number.js'
import {isByline} from './looks-like-boilerplate.js'
import {looksLikeHeading} from './looks-like-heading.js'
import {readLightMarkup} from './light-markup.js'
import {readChatLine} from './chat-export.js'
import {areTableLines} from './pipe-table.js'
import {isOpenRow, readAlignedHeader, readTableHeader, type TableColumns} from './spreadsheet-rows.js'
import {readYamlEntryStart} from './yaml-entries.js'
import {opensFrontMatter, readFrontMatterLine, readFrontMatterTitle} from './front-matter.js'
import {scanDateWording} from './scan-date-wording.js'

interface Line {
  /** Offset of the first non-white-space character. */
  start: number
  /** Offset just after the last non-white-space character. */
  end: number
  text: string
  /** Whether the line opened with a list marker (`4.`, `(11)`, `•`). */
  marked: boolean
  /** How far the line is indented (white space before it, a tab counting as one); unset for 0. */
  indent?: number
  /** For a chat's export, the first line of a message or a line the app wrote (see `Block.chat`). */
  chat?: 'message' | 'system'
  /** For a YAML list of news, the indent of the entry's `-` (see `readYamlEntryStart`). */
  yaml?: number
  /** For a spreadsheet pasted or exported as text, its header row (`'header'`) or a row, with the sheet's columns. */
  row?: {kind: 'header' | 'row'; columns: TableColumns}
  /** Whether the line was quoted (`> `) in a forwarded e-mail: its quotation mark is left out of its text. */
  quoted?: boolean
}

/** A line of a group: its text (trimmed, without what is left out of it) at `start` in the source. */
function readLine(start: number, text: string, extra?: Pick<Line, 'chat' | 'indent' | 'row' | 'yaml'>): Line {
  return {start, end: start + text.length, text, marked: false, ...extra}
}

/** How lines inside a block of lines are read. */
export interface TextBlockOptions {
  /**
   * Read every block of lines as one paragraph wrapped by hand, whatever its line lengths: a line
   * break separates paragraphs only before a line that opens with a date after a sentence end
   * (the lines of an HTML `<p>`, which declares one paragraph).
   */
  wrapped?: boolean
}

/** Splits text that arrives in pieces into paragraphs, the same way {@link splitTextBlocks} splits it whole. */
export interface TextBlockSplitter {
  /** Add the next piece of text; returns the paragraphs it completes. */
  push(piece: string): Block[]
  /** Say the text is complete; returns the last paragraphs. */
  end(): Block[]
}

// `---------- Forwarded message ---------`, `Begin forwarded message:`, `-----Original Message-----`: a forwarded e-mail's marker.
const forwardMarker = /^\s*(?:-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}|begin\s+forwarded\s+message\s*:?)\s*$/i
// A quoted line's quotation mark and the space after it (one level).
const quotePrefix = /^[ \t]*>[ \t]?/
const terminal = /[.!?]["”’)\]]*$/
// At most this many lines, a block of long lines is one post (see `flush`).
const maxPostLines = 5
// Lines this long are not hard-wrapped: each line of such a block is a paragraph.
const wrapWidth = 100

function opensWithDate(text: string): boolean {
  return scanDateWording(text, 0)?.opening === true
}

/**
 * What a line that opens with a date says after it: `'more'` (`From July 12 to 16, the camp …`), `'label'` only (a
 * place after a bar, a headline after a dash: `10.01.2025 | Istanbul`, `16.02.2025 – Sewing Workshop`), or
 * `'none'` (no opening date, or nothing with a letter after it: `January 2018`).
 */
function readLineOpening(text: string): 'more' | 'label' | 'none' {
  const wording = scanDateWording(text, 0)
  if (wording?.opening !== true) return 'none'
  const rest = text.slice(wording.to)
  // (A date and its label says no more: a heading over the item.)
  if (isDateLabel(rest.trimEnd())) return 'label'
  return /\p{L}/u.test(rest) ? 'more' : 'none'
}

const startsLower = /^\p{Ll}/u
// A line that is only a page's number (`12`, `Page 3 of 9`): a page's footer under a table's rows.
const pageNumberLine = new RegExp(`^${pageNumberSource}$`, 'i')
// `\section{July 2021}`, `\subsection*{Tbilisi hosts the forum}` (maybe with a comment after it): a LaTeX heading.
const latexHeadingLine = /^\\(?:sub)*section\*?\{[^{}\n]*\}\s*(?:%.*)?$/
const separatorLine = /^([-=_*~#·•])(?:\s*\1){2,}$/
// A line ending in a word that cannot end a heading or a sentence (`… was held in`, `… Centering on`), or a hyphen.
const endsInSmallWord = /(?:\s(?:in|on|of|by|and|the|to|for|with|at|a|an|from|as|or)|-)$/

/**
 * Split plain text into paragraphs: blank lines (white space, no-break spaces
 * and byte order marks only) separate them. Inside a block of lines, a line
 * break also separates paragraphs when the text is not hard-wrapped and the
 * line ends a sentence (or is a heading), or when the next line opens with a
 * date or a list marker after a sentence end. Each paragraph is the exact source slice.
 *
 * @param text The decoded text (CRLF, CR or LF line endings).
 * @param options How lines inside a block are read.
 * @returns Paragraphs in document order.
 */
export function splitTextBlocks(text: string, options: TextBlockOptions = {}): Block[] {
  const splitter = createTextBlockSplitter(options)
  const blocks = splitter.push(text)
  for (const block of splitter.end()) blocks.push(block)
  return blocks
}

/**
 * Make a splitter for text that arrives in pieces (a stream): it gives the
 * same paragraphs, with the same offsets, as {@link splitTextBlocks} on the
 * whole text. It holds only the lines of the group of lines (between blank
 * lines) it is reading.
 *
 * @param options How lines inside a block are read.
 * @returns The splitter.
 * @example
 *   const splitter = createTextBlockSplitter()
 *   const blocks = [...splitter.push('Title\n\nOn May 5, it'), ...splitter.push(' opened.\n'), ...splitter.end()]
 */
export function createTextBlockSplitter(options: TextBlockOptions = {}): TextBlockSplitter {
  // `buffer` holds the source from offset `bufferStart` on: the lines of the current group and what is not read yet.
  let buffer = ''
  let bufferStart = 0
  // Offset in the source of the first character not read as a line yet.
  let position = 0
  let group: Line[] = []
  // How many lines of one mark repeated (`* * *`, `------`) set stories apart so far (see `Block.section`).
  let section = 0
  // End of the last paragraph given out: the source from there on is kept, for the next one's `before`.
  let lastEnd = 0
  // Lines read so far, and whether the text opens with YAML front matter (`'maybe'` after a first `---` line).
  let lineCount = 0
  let frontMatter: 'maybe' | 'open' | 'none' = 'none'
  // Whether the text is a chat's export: its first line is a message or a line the app wrote (see `readChatLine`).
  let chat = false
  // The columns of the spreadsheet whose rows are being read (see `readTableHeader`), if any.
  let table: TableColumns | undefined
  // The indent of the `-` of the YAML entry being read (see `readYamlEntryStart`), if any.
  let yamlEntry: number | undefined
  // Whether a forwarded e-mail's marker line was read (`---------- Forwarded message ---------`): the message under it
  // may be quoted line by line (`> `), and is read without its quotation marks.
  let forwarded = false
  const linePattern = /[^\r\n]*(?:\r\n|\n|\r|$)/y

  function slice(start: number, end: number): string {
    return buffer.slice(start - bufferStart, end - bufferStart)
  }

  function give(block: Block): void {
    block.before = slice(lastEnd, block.offset)
    lastEnd = block.offset + block.length
  }

  /** The group's paragraphs, each told which story it is in when separator lines set stories apart. */
  function flushSection(blocks: Block[]): void {
    const from = blocks.length
    flush(group, blocks, slice, options.wrapped === true)
    group = []
    if (section > 0) for (let index = from; index < blocks.length; index++) blocks[index]!.section = section
  }

  /** A line that is a paragraph of its own, as blank lines set it apart (a header row, a LaTeX heading). */
  function flushAlone(line: Line, blocks: Block[]): void {
    flushSection(blocks)
    group.push(line)
    flushSection(blocks)
  }

  function read(final: boolean): Block[] {
    const blocks: Block[] = []
    const text = buffer
    linePattern.lastIndex = position - bufferStart
    let match: RegExpExecArray | null
    while (linePattern.lastIndex < text.length && (match = linePattern.exec(text)) !== null) {
      const raw = match[0]
      if (raw.length === 0) break
      const last = raw.charCodeAt(raw.length - 1)
      // A line without its break, or ending in a CR that may be half of a CRLF, is complete only at the end.
      const complete = final || (last === 10 || (last === 13 && match.index + raw.length < text.length))
      if (!complete) break
      position = bufferStart + match.index + raw.length
      // The line without its break (`/[\r\n]+$/`), read from the end rather than by a pattern tried at every character.
      let contentEnd = raw.length
      while (contentEnd > 0 && (raw.charCodeAt(contentEnd - 1) === 10 || raw.charCodeAt(contentEnd - 1) === 13)) contentEnd--
      let content = contentEnd === raw.length ? raw : raw.slice(0, contentEnd)
      let lineStart = bufferStart + match.index
      if (!forwarded && forwardMarker.test(content)) forwarded = true
      // (A forwarded message quoted line by line: `> On July 10, the forum …`, `>` between its paragraphs.)
      const quote = forwarded ? quotePrefix.exec(content) : null
      if (quote !== null) {
        content = content.slice(quote[0].length)
        lineStart += quote[0].length
      }
      const trimmed = content.trim()
      // (White space before the line: a tab counts as one.)
      const space = content.length - content.trimStart().length
      lineCount++
      // An entry of a YAML list of news (`- date: …` and its indented keys, its `text: |` block over blank lines too) is a
      // paragraph of its own.
      if (yamlEntry !== undefined) {
        if (trimmed.length === 0) continue
        if (space > yamlEntry) {
          group.push(readLine(lineStart + space, trimmed))
          continue
        }
        flushSection(blocks)
        yamlEntry = undefined
      }
      const entry = readYamlEntryStart(content)
      if (entry !== undefined) {
        flushSection(blocks)
        yamlEntry = entry
        const at = entry + 2
        group.push(readLine(lineStart + at, content.slice(at).trimEnd(), {yaml: entry}))
        continue
      }
      // (A `.csv` row goes on over the lines, blank ones too, that a quoted cell spans; not a row of a table aligned with
      // spaces, whose `"` is an inch's or a quotation's.)
      if (table && !table.starts && group.length > 0 && group[0]!.row?.kind === 'row' && isOpenRow(group.map((line) => line.text).join('\n'))) {
        if (trimmed.length > 0) group.push(readLine(lineStart + space, trimmed))
        if (!isOpenRow(group.map((line) => line.text).join('\n'))) flushSection(blocks)
        continue
      }
      // YAML front matter (a static site's Markdown source): its title is the bulletin's, its other lines no paragraph.
      if (frontMatter === 'maybe') {
        frontMatter = opensFrontMatter('---', content) ? 'open' : 'none'
        // (No front matter after all: the first line was a separator line.)
        if (frontMatter === 'none') section++
      } else if (lineCount === 1 && trimmed === '---') {
        frontMatter = 'maybe'
        continue
      }
      if (frontMatter === 'open') {
        const kind = readFrontMatterLine(content)
        if (kind === 'end') frontMatter = 'none'
        if (kind !== 'other') {
          const title = kind === 'inside' ? readFrontMatterTitle(content) : undefined
          if (title) blocks.push({text: content.slice(title.start, title.end), offset: lineStart + title.start, length: title.end - title.start, tag: 'title'})
          continue
        }
        frontMatter = 'none'
      }
      // A line of one mark repeated (`------`, `=====`, `* * *`) sets paragraphs apart as a blank line does.
      if (trimmed.length === 0 || separatorLine.test(trimmed)) {
        flushSection(blocks)
        if (trimmed.length > 0) section++
        continue
      }
      // A chat's message starts a paragraph of its own, without its timestamp and sender; the lines after it go on with it.
      const chatLine = (lineCount === 1 || chat) ? readChatLine(content.slice(space)) : undefined
      if (lineCount === 1) chat = chatLine !== undefined
      if (chatLine) {
        flushSection(blocks)
        const kept = trimmed.slice(chatLine.prefix).trimStart()
        // (An empty message says nothing.)
        if (kept.length === 0) continue
        group.push(readLine(lineStart + space + (trimmed.length - kept.length), kept, {chat: chatLine.kind}))
        continue
      }
      // A spreadsheet's rows pasted or exported as text (`Date⇥City⇥Activity` over its rows): each row is a paragraph
      // of its own (a `.csv` row over the lines a quoted cell spans), the header row furniture.
      // (A table aligned with spaces, a PDF's converted with its layout: rows between blank lines, cells wrapped inside
      // their columns; prose that starts in the first column ends it.)
      // (A page's form feed before a row is no part of its indent.)
      const unfed = content.replace(/^\f/, '')
      if (table?.starts) {
        const indent = unfed.length - unfed.trimStart().length
        const repeated = readAlignedHeader(unfed)
        if (repeated) {
          flushAlone(readLine(lineStart + space, trimmed, {row: {kind: 'header', columns: table}}), blocks)
          continue
        }
        // (Where the second column starts: prose reaches past it from further left; a page's number stands right of it.)
        const second = table.starts[1] ?? 0
        const prose = indent < second && !/\S {2,}\S/.test(trimmed) && trimmed.length > second
        const furniture = indent >= second && pageNumberLine.test(trimmed)
        if (!prose && !furniture) {
          group.push(readLine(lineStart + space, trimmed, {indent, row: {kind: 'row', columns: table}}))
          continue
        }
        flushSection(blocks)
        table = undefined
      }
      if (table && !table.starts && !trimmed.includes(table.separator)) table = undefined
      const aligned = table ? undefined : readAlignedHeader(unfed)
      if (aligned) {
        table = aligned
        flushAlone(readLine(lineStart + space, trimmed, {row: {kind: 'header', columns: table}}), blocks)
        continue
      }
      const header = table ? undefined : trimmed.includes('\t') || trimmed.includes(',') ? readTableHeader(trimmed) : undefined
      if (header) table = header
      if (table) {
        flushSection(blocks)
        group.push(readLine(lineStart + space, trimmed, {row: {kind: header ? 'header' : 'row', columns: table}}))
        if (!isOpenRow(trimmed)) flushSection(blocks)
        continue
      }
      // A LaTeX heading (`\section{July 2021}`, `\subsection*{…}`) is a paragraph of its own, as a blank line set it apart.
      if (latexHeadingLine.test(trimmed)) {
        flushAlone(readLine(lineStart + space, trimmed), blocks)
        continue
      }
      // A list marker (`1.`, `•`) is not part of the paragraph.
      const marker = listMarkerLength(content, space)
      const kept = marker === 0 ? trimmed : trimmed.slice(marker)
      const start = lineStart + space + marker
      group.push({start, end: start + kept.length, text: kept, marked: marker !== 0, ...(space > 0 ? {indent: space} : {}), ...(quote !== null ? {quoted: true} : {})})
    }
    if (final) flushSection(blocks)
    for (const block of blocks) give(block)
    // Keep the source from the end of the last paragraph on (the blank lines after it, the current group's
    // lines, and what is not read yet).
    const keep = Math.min(lastEnd, group.length > 0 ? group[0]!.start : position)
    if (keep > bufferStart) {
      buffer = buffer.slice(keep - bufferStart)
      bufferStart = keep
    }
    return blocks
  }

  return {
    push(piece) {
      if (piece.length === 0) return []
      buffer += piece
      return read(false)
    },
    end() {
      return read(true)
    }
  }
}

function flush(lines: Line[], blocks: Block[], slice: (start: number, end: number) => string, alwaysWrapped: boolean): void {
  if (lines.length === 0) return
  // A YAML list's entry is one paragraph.
  if (lines[0]!.yaml !== undefined) {
    push(lines, 0, lines.length, blocks, slice)
    blocks[blocks.length - 1]!.yaml = true
    return
  }
  // A spreadsheet's row is one paragraph, its header row furniture.
  const row = lines[0]!.row
  if (row) {
    push(lines, 0, lines.length, blocks, slice)
    const block = blocks[blocks.length - 1]!
    if (row.kind === 'header') {
      block.tag = 'heading'
      block.chrome = true
    } else {
      block.columns = row.columns
      if (row.columns.starts) block.rowIndent = lines[0]!.indent ?? 0
    }
    return
  }
  // A chat's message is one paragraph, whatever its lines.
  if (lines[0]!.chat) {
    push(lines, 0, lines.length, blocks, slice)
    blocks[blocks.length - 1]!.chat = lines[0]!.chat
    return
  }
  // A filled-in reporting form (an activity's name, then `Date: …`, `Venue: …`, `Summary: …` lines) is one item;
  // a table drawn in text (a Markdown table, a `+---+` grid) is one block.
  if (lines.length > 2 && (isForm(lines) || areTableLines(lines.map((line) => line.text)))) {
    push(lines, 0, lines.length, blocks, slice)
    return
  }
  const wrapped = alwaysWrapped || (lines.length > 1 && lines.every((line) => line.text.length <= wrapWidth))
  // Paragraphs set apart by a first-line indent, with no blank line between them (an old word processor's text): in a
  // block without list markers, an indented line after an unindented one that ends a sentence opens a paragraph.
  // (Not a list indented under its item, `  \item …` lines one after another: two indented lines in a row, not centred.)
  const firstLineIndents =
    wrapped && !alwaysWrapped && lines.some((line) => line.indent !== undefined) && !lines.some((line) => line.marked) &&
    !lines.some((line, index) => index > 0 && line.indent !== undefined && lines[index - 1]!.indent !== undefined && !centred(line) && !centred(lines[index - 1]!))
  const post = !wrapped && lines.length > 1 && lines.length <= maxPostLines && isPost(lines)
  let first = 0
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]!
    const next = lines[index]!
    // A line that goes on into the next (`… Centering on` / `the theme …`, `… co-organized by All-China` / `Youth
    // Federation …`): the next opens in lower case, or this one ends in a small word, or it opens with a date and
    // says more (an item's first line, wrapped), so it is no heading and no paragraph's end. (Tested last, and only
    // for a line that reads as a heading: the date scan is the costly part.)
    const nextLower = startsLower.test(next.text)
    const endsSentence = terminal.test(previous.text) && !nextLower
    const headingShaped =
      index - 1 === first && looksLikeHeading(previous.text) && !terminal.test(previous.text) &&
      !(nextLower || endsInSmallWord.test(previous.text))
    // (Scanned once, for both tests below.)
    const opening = headingShaped ? readLineOpening(previous.text) : 'none'
    const heading = headingShaped && opening !== 'more'
    // (In wrapped text, so does a list marker after a sentence end: `… took part.` / `4. The Mekong Institute …`.)
    // (A date line over an item, `10.01.2025 | Istanbul`, ends where the item's text begins, wrapped or not.)
    // (A post of a few long lines, a chat's or a channel's, goes on over its lines: only a line that opens with a date
    // or a list marker, or a heading that is no date line, starts another paragraph; its date line opens it.)
    // (A newsletter's headline in capitals ends where its subheading or byline begins; a byline, `By Mele Tupou`, is a
    // line of its own.)
    const split = wrapped
      ? ((next.marked || opensWithDate(next.text)) && (endsSentence || heading)) || (heading && opening === 'label') ||
        (firstLineIndents && (startsIndented(previous, next) || centred(previous) || centred(next) || (isCapitalsHeadline(next.text) && endsSentence))) ||
        (index - 1 === first && isCapitalsHeadline(previous.text)) || isByline(next.text) || isByline(previous.text)
      : post
        ? opening !== 'label' && (next.marked || opensWithDate(next.text) || heading)
        : endsSentence || heading || opensWithDate(next.text)
    if (split) {
      push(lines, first, index, blocks, slice)
      first = index
    }
  }
  push(lines, first, lines.length, blocks, slice)
}

// In text whose paragraphs open with a first-line indent, a line indented this far or more is centred (a title page's).
const centredIndent = 8

/** Whether a line opens a paragraph by its first-line indent: indented, after a line that is not. */
function startsIndented(previous: Line, next: Line): boolean {
  return next.indent !== undefined && previous.indent === undefined
}

/** Whether a line is centred with spaces, as a title page's lines are: a line of its own. */
function centred(line: Line): boolean {
  return (line.indent ?? 0) >= centredIndent && line.text.length <= wrapWidth - centredIndent
}

// `YOUNG REPORTERS TRAIN IN SUVA`: two words or more, in capitals, no sentence's end.
const capitalsHeadline = /^[\p{Lu}\d][\p{Lu}\d’'&:,.\- ]*\s[\p{Lu}\d’'&:,.\- ]*\p{Lu}$/u
const hasLowerCase = /\p{Ll}/u

/** Whether a line is a headline in capitals (`YOUNG REPORTERS TRAIN IN SUVA`). */
function isCapitalsHeadline(text: string): boolean {
  return text.length <= 100 && !hasLowerCase.test(text) && capitalsHeadline.test(text)
}

/** Whether a block of lines is a post of a chat or a channel: one of its lines holds an emoji or is a line of hashtags. */
function isPost(lines: readonly Line[]): boolean {
  for (const line of lines) {
    if (isHashtagLine(line.text)) return true
    if (hasEmoji(line.text)) return true
  }
  return false
}

/** Whether two or more of a block's lines are a form's labelled lines (see `isFormLine`). */
function isForm(lines: readonly Line[]): boolean {
  let found = 0
  for (const line of lines) if (isFormLine(line.text) && ++found >= 2) return true
  return false
}

function push(lines: Line[], from: number, to: number, blocks: Block[], slice: (start: number, end: number) => string): void {
  const start = lines[from]!.start
  const end = lines[to - 1]!.end
  const text = slice(start, end)
  // A quoted message's lines are read without the quotation marks between them, each character mapped to its place.
  if (to - from > 1 && lines[from + 1]!.quoted) {
    const sourceOffsets: number[] = []
    let plain = ''
    for (let index = from; index < to; index++) {
      const line = lines[index]!
      const own = slice(line.start, line.end)
      // (The line break stands for what is between the lines: it maps to the end of the line before.)
      if (index > from) {
        plain += '\n'
        sourceOffsets.push(lines[index - 1]!.end)
      }
      plain += own
      for (let offset = 0; offset < own.length; offset++) sourceOffsets.push(line.start + offset)
    }
    blocks.push({text: plain, offset: start, length: end - start, sourceOffsets, source: text})
    return
  }
  // (Markdown's and wikitext's links, marks and references are left out of the text: see `readLightMarkup`.)
  const plain = readLightMarkup(text, start)
  if (!plain) {
    blocks.push({text, offset: start, length: end - start})
    return
  }
  blocks.push({text: plain.text, offset: start, length: end - start, sourceOffsets: plain.sourceOffsets, source: text, ...(plain.title ? {tag: 'title' as const} : plain.heading ? {tag: 'heading' as const} : {})})
}
