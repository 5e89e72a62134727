import type {Element, Nodes, Root, Text} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {Block} from './block.js'
import {opensWithDate} from './block-opening.js'
import {isDatedWithin} from './join-continuations.js'
import {listMarkerLength} from './list-marker.js'
import {readTableHeader, type TableColumns} from './spreadsheet-rows.js'
import {splitTextBlocks} from './split-text-blocks.js'

// Elements that end one paragraph and start another.
const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul'
])

// Elements whose text is not part of the page’s prose.
const skipTags = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'button'])
// A page's navigation and sidebars are no part of the news: their paragraphs are headings (reported, never items),
// so archive links such as `December 2024 (5)` are not read as dated items.
// So are its footers, and the blocks a blog's theme marks as a post's date and author, its categories, comments or
// sharing buttons (`<div class="entry-meta">10th July 2022 by Jo Patel</div>` is no dated item).
// (And a figure's caption: `Volunteers unload tents in Gaziantep, 12 March 2025. Photo: …` dates a picture, not an item.)
const chromeTags = new Set(['nav', 'aside', 'footer', 'figcaption'])
// (And a wiki's table of contents, references and footer: `<div class="toc">`, `<ol class="references">`.)
// (And readers' comments and lists of other news under a post: `<ol class="commentlist">`, `<div class="related-posts">`,
// a SharePoint page's `data-automation-id="comments"` and its `Highlighted content` web part.)
const chromeClass = /^(?:meta|entry-meta|post-meta|article-meta|post-info|entry-date|post-date|byline|posted-on|entry-footer|post-footer|site-footer|widget-area|sidebar|comments|comment-respond|commentlist|comment-list|commentswrapper|post-navigation|nav-links|pagination|sharedaddy|share-buttons|toc|references|reflist|printfooter|catlinks|related-posts|relatedposts|jp-relatedposts|yarpp-related|cookie-notice|cookie-banner|cookie-consent|cookie-bar|newsletter-signup)$/i
const chromeData = /^comments?$|\b(?:highlighted content|news rollup|related (?:posts|news))\b/i
// A wiki's `[edit]` links and footnote marks (`<sup class="reference">[3]</sup>`), a Confluence page's status lozenges
// (`<span class="status-macro aui-lozenge">DONE</span>`): page controls, read as nothing.
const controlClass = /^(?:mw-editsection|reference|status-macro|aui-lozenge)$/i

/** Whether an element is a page's navigation, sidebar, footer or a post's meta line (see `chromeTags`). */
function isChrome(element: Element): boolean {
  if (chromeTags.has(element.tagName) || (element.tagName === 'div' && element.properties.id === 'footer')) return true
  if (!blockTags.has(element.tagName)) return false
  const {className: names, dataAutomationId, dataSpFeatureTag} = element.properties
  if ((typeof dataAutomationId === 'string' && chromeData.test(dataAutomationId)) || (typeof dataSpFeatureTag === 'string' && chromeData.test(dataSpFeatureTag))) return true
  return Array.isArray(names) && names.some((name) => chromeClass.test(String(name)))
}

const lineBreak = '\u2028'

interface Buffer {
  characters: string[]
  starts: number[]
  ends: number[]
  tag: NonNullable<Block['tag']>
  /** Whether the text is a `<p>`'s, whose `<br>` lines are one paragraph unless a line opens with a date. */
  paragraph: boolean
  /** The entry (`<li>`, `<td>`, `<dd>`, `<article>`, blog entry) the text is in (see `Block.container`). */
  container?: number | undefined
  /** Whether the text is in a `<nav>`, `<aside>`, `<footer>` or a post's meta line (see `Block.chrome`). */
  chrome?: boolean | undefined
  /** Whether the text is in a `<blockquote>` (see `Block.quoted`). */
  quoted?: boolean | undefined
}

/** Elements that each hold one entry of a list, table or news page: their paragraphs are one item. */
const entryTags = new Set(['li', 'td', 'dd', 'article'])
// `<div class="post">`, `<div class="news-item">`, `<section class="entry">`: a blog's or CMS's entry.
// (And a framework's card: `<div class="card">`.)
// (And a record of a log: `<section class="record">`; an event of a timeline: `<div class="timeline-event">`.)
const entryClass = /^(?:post|entry|story|item|news-?item|news-?entry|news-?post|blog-?post|card|record|timeline-?(?:event|item|entry)|event)$/i

// Most characters a `<dt>` label of a record's fact holds (`Date`, `Place`, `Contact person`).
const maxLabel = 40

/**
 * Whether a `<dl>` lists a record's labelled facts: terms and definitions only, each term a short label, and no
 * block element inside them (a glossary's long definitions, with paragraphs, are read as they are).
 */
function isFieldList(element: Element): boolean {
  const children = readInlineChildren(element, fieldTags)
  if (children === undefined) return false
  const terms = children.filter((child) => child.tagName === 'dt')
  return terms.length >= 2 && terms.every((term) => textOf(term).trim().length <= maxLabel)
}

const fieldTags: ReadonlySet<string> = new Set(['dt', 'dd'])
const listItemTags: ReadonlySet<string> = new Set(['li'])

/** Whether a list holds only items of inline text (a list item's details), no block element inside them. */
function isDetailList(element: Element): boolean {
  return (readInlineChildren(element, listItemTags)?.length ?? 0) > 0
}

/**
 * The element children of an element when they all have one of `tags` and hold no block element (white space
 * between them aside), else `undefined`.
 */
function readInlineChildren(element: Element, tags: ReadonlySet<string>): Element[] | undefined {
  const children: Element[] = []
  for (const child of element.children) {
    if (child.type === 'text') {
      if (child.value.trim() !== '') return undefined
      continue
    }
    if (child.type !== 'element') continue
    if (!tags.has(child.tagName) || hasBlock(child)) return undefined
    children.push(child)
  }
  return children
}

function hasBlock(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (blockTags.has(child.tagName) || hasBlock(child)))
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

/** Whether an element holds one entry (see `Block.container`). */
function isEntry(element: Element): boolean {
  if (entryTags.has(element.tagName)) return true
  if (element.tagName !== 'div' && element.tagName !== 'section') return false
  const names = element.properties.className
  return Array.isArray(names) && names.some((name) => entryClass.test(String(name)))
}

/** Whether an element is a page control whose text is no part of the prose (see `controlClass`). */
function isControl(element: Element): boolean {
  if (element.tagName !== 'span' && element.tagName !== 'sup') return false
  const names = element.properties.className
  return Array.isArray(names) && names.some((name) => controlClass.test(String(name)))
}

const entity = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i

/**
 * Split an HTML page into paragraphs: each `<p>`, `<li>`, heading and other
 * block element gives one, with its text content (entities decoded, white
 * space collapsed, `<br>` as a line break), the source range of that text, and
 * the source offset of each character. `<h1>` is marked as the title and
 * `<h2>`–`<h6>` as headings.
 *
 * @param file The file, whose value is the HTML source.
 * @returns Paragraphs in document order.
 */
export function splitHtmlBlocks(file: VFile): Block[] {
  const source = String(file.value)
  const tree = unified().use(rehypeParse).parse(file) as Root
  const blocks: Block[] = []
  let buffer: Buffer = {characters: [], starts: [], ends: [], tag: 'paragraph', paragraph: false}
  let entries = 0
  // How many `<li>` the walk is inside.
  let listItems = 0

  function flush(): void {
    blocks.push(...collapse(buffer))
    buffer = {characters: [], starts: [], ends: [], tag: buffer.tag, paragraph: buffer.paragraph, container: buffer.container, chrome: buffer.chrome, quoted: buffer.quoted}
  }

  function addText(node: Text): void {
    const value = node.value
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      // Text without a position (not from the source): point at the previous character.
      const at = buffer.ends.at(-1) ?? 0
      for (let index = 0; index < value.length; index++) pushCharacter(buffer, value.charAt(index), at, at)
      return
    }
    let position = start
    for (let index = 0; index < value.length; index++) {
      const character = value.charAt(index)
      const here = source.charAt(position)
      // `&` that starts a character reference (`&#x26;`, `&amp;`) stands for what it decodes to;
      // a literal `&` (`A & B`, `&foo` kept as is) is itself.
      const reference = here === '&' ? entity.exec(source.slice(position, position + 40))?.[0] : undefined
      const literal = reference === undefined || value.startsWith(reference, index)
      if (here === character && literal) {
        pushCharacter(buffer, character, position, position + 1)
        position++
      } else if (here === '\r' && character === '\n') {
        const length = source.charAt(position + 1) === '\n' ? 2 : 1
        pushCharacter(buffer, character, position, position + length)
        position += length
      } else if (reference !== undefined) {
        const length = reference.length
        pushCharacter(buffer, character, position, position + length)
        const code = character.charCodeAt(0)
        if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
          index++
          pushCharacter(buffer, value.charAt(index), position, position + length)
        }
        position += length
      } else {
        const at = Math.min(position, end - 1)
        pushCharacter(buffer, character, at, at + 1)
        position = Math.min(position + 1, end)
      }
    }
  }

  function walk(node: Nodes): void {
    if (node.type === 'text') {
      addText(node)
      return
    }
    if (node.type !== 'root' && node.type !== 'element') return
    if (node.type === 'element') {
      const element: Element = node
      if (skipTags.has(element.tagName) || isControl(element)) return
      if (element.tagName === 'br') {
        const at = element.position?.start.offset ?? buffer.ends.at(-1) ?? 0
        pushCharacter(buffer, lineBreak, at, element.position?.end.offset ?? at)
        return
      }
      // `<blockquote>`: words quoted under an item, which go on with it (see `Block.quoted`).
      if (element.tagName === 'blockquote' && !buffer.quoted) {
        flush()
        buffer.quoted = true
        for (const child of element.children) walk(child)
        flush()
        buffer.quoted = false
        return
      }
      if (!buffer.chrome && isChrome(element)) {
        flush()
        const outer = buffer.tag
        const outerContainer = buffer.container
        buffer.chrome = true
        buffer.tag = 'heading'
        // (A post's meta line is no part of its entry's text.)
        buffer.container = undefined
        for (const child of element.children) walk(child)
        flush()
        buffer.chrome = false
        buffer.tag = outer
        buffer.container = outerContainer
        return
      }
      // `<dl><dt>Date</dt><dd>10 January 2025</dd><dt>Place</dt><dd>Almaty</dd>…</dl>`: a record's labelled facts, read
      // as a form's lines (`Date: 10 January 2025`), one paragraph (see `readFormRecord`).
      // `<li>… <ul><li>Participants: about 120</li><li>Partners: UNICEF</li></ul></li>`: a list item's nested list of
      // details goes on with it, a line each (two labelled lines or more make it a form: see `readFormRecord`).
      if (listItems > 0 && (element.tagName === 'ul' || element.tagName === 'ol') && buffer.container !== undefined && isDetailList(element)) {
        for (const child of element.children) {
          if (child.type !== 'element' || child.tagName !== 'li') continue
          const at = child.position?.start.offset ?? buffer.ends.at(-1) ?? 0
          pushCharacter(buffer, lineBreak, at, at)
          for (const inner of child.children) walk(inner)
        }
        return
      }
      // A table whose header row names known columns (`Date`, `Venue`, `Activity`, `No. of participants`), as a sheet
      // pasted from Excel: each row after it is one paragraph, its cells set apart by tabs, read as a spreadsheet's row.
      const columns = element.tagName === 'table' ? readColumnTable(element) : undefined
      if (columns) {
        for (const [index, row] of columns.rows.entries()) {
          flush()
          const outer = {tag: buffer.tag, container: buffer.container, chrome: buffer.chrome}
          buffer.tag = index <= columns.header ? 'heading' : 'paragraph'
          buffer.container = undefined
          if (index === columns.header) buffer.chrome = true
          const first = blocks.length
          for (const [cellIndex, cell] of row.entries()) {
            const at = cell.position?.start.offset ?? buffer.ends.at(-1) ?? 0
            if (cellIndex > 0) pushCharacter(buffer, cellMark, at, at)
            for (const child of cell.children) walk(child)
          }
          // (A cell's line breaks are spaces: the row is one paragraph.)
          buffer.characters = buffer.characters.map((character) => (character === lineBreak ? ' ' : character))
          flush()
          for (let at = first; at < blocks.length; at++) {
            const block = blocks[at]!
            block.text = block.text.replaceAll(cellMark, '\t')
            if (index > columns.header) block.columns = columns.kinds
          }
          buffer.tag = outer.tag
          buffer.container = outer.container
          buffer.chrome = outer.chrome
        }
        return
      }
      if (element.tagName === 'dl' && isFieldList(element)) {
        flush()
        const outer = buffer.tag
        buffer.tag = 'paragraph'
        for (const child of element.children) {
          if (child.type !== 'element') continue
          for (const inner of child.children) walk(inner)
          const at = child.position?.end.offset ?? buffer.ends.at(-1) ?? 0
          if (child.tagName === 'dt') {
            pushCharacter(buffer, ':', at, at)
            pushCharacter(buffer, ' ', at, at)
          } else pushCharacter(buffer, lineBreak, at, at)
        }
        flush()
        buffer.tag = outer
        return
      }
      if (blockTags.has(element.tagName)) {
        flush()
        const outer = buffer.tag
        const outerParagraph = buffer.paragraph
        const outerContainer = buffer.container
        // (A table's header cell is a heading too: `No.`, `Date`.)
        buffer.tag = buffer.chrome ? 'heading' : element.tagName === 'h1' ? 'title' : /^h[2-6]$/.test(element.tagName) || element.tagName === 'th' ? 'heading' : 'paragraph'
        buffer.paragraph = element.tagName === 'p'
        const entry = isEntry(element) ? ++entries : undefined
        const first = blocks.length
        if (entry !== undefined) buffer.container = entry
        if (element.tagName === 'li') listItems++
        for (const child of element.children) walk(child)
        if (element.tagName === 'li') listItems--
        flush()
        // A cell or item with two dated paragraphs or more holds several items (a page laid out in a table): no entry.
        // An entry headed by its own headline (a blog post's `<h2>`) is one story, whose second dated paragraph is
        // a follow-up or background (`In January, the organizers had opened the call`); three or more make it a
        // container of items (a post that holds a whole bulletin).
        // (An `<article>` that holds the page's `<h1>` is the page itself, laid out in stories: no entry.)
        if (entry !== undefined && (countDated(blocks, first, entry) > (hasHeading(blocks, first, entry) ? 2 : 1) || holdsTitle(blocks, first, entry))) {
          for (let index = first; index < blocks.length; index++) if (blocks[index]!.container === entry) delete blocks[index]!.container
        }
        buffer.tag = outer
        buffer.paragraph = outerParagraph
        buffer.container = outerContainer
        return
      }
    }
    for (const child of node.children) walk(child)
  }

  walk(tree)
  flush()
  return blocks
}

// What stands between a table row's cells until the row is one paragraph (then a tab).
const cellMark = '\u001f'

/** A table read as a spreadsheet (see {@link readColumnTable}). */
interface ColumnTable {
  /** Its rows, each a list of cells. */
  rows: Element[][]
  /** Which row is the header. */
  header: number
  /** The columns, as a spreadsheet's pasted with tabs. */
  kinds: TableColumns
}

/**
 * Read a table whose header row names known columns (see `readTableHeader`): three cells or more, two or more of
 * them known. Rows of nested tables are not its own.
 *
 * @param table The `<table>`.
 * @returns The rows and columns, or `undefined` for a table without such a header (a layout table, a news table).
 */
function readColumnTable(table: Element): ColumnTable | undefined {
  const rows: Element[][] = []
  const collect = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'tr') rows.push(child.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')))
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') collect(child)
    }
  }
  collect(table)
  for (const [index, row] of rows.entries()) {
    if (row.length < 3) continue
    const names = row.map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())
    const kinds = readTableHeader(names.join('\t'))
    if (kinds) return {rows, header: index, kinds}
    // (Only a row near the top is the header: a title row and an empty one may come first.)
    if (index >= 3) break
  }
  return undefined
}

/** Whether entry `entry` (its blocks from `from` on) holds a heading of its own: a post's headline. */
function hasHeading(blocks: readonly Block[], from: number, entry: number): boolean {
  for (let index = from; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.container === entry && block.tag === 'heading') return true
  }
  return false
}

/** Whether entry `entry` (its blocks from `from` on) holds the page's title (`<h1>`). */
function holdsTitle(blocks: readonly Block[], from: number, entry: number): boolean {
  for (let index = from; index < blocks.length; index++) if (blocks[index]!.container === entry && blocks[index]!.tag === 'title') return true
  return false
}

/** How many of the blocks of entry `entry`, from `from` on, open with a date (not one inside the first's dates). */
function countDated(blocks: readonly Block[], from: number, entry: number): number {
  let dated = 0
  let first: Block | undefined
  for (let index = from; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.container !== entry || !opensWithDate(block) || (first && isDatedWithin(first, block))) continue
    dated++
    first ??= block
  }
  return dated
}

function pushCharacter(buffer: Buffer, character: string, start: number, end: number): void {
  buffer.characters.push(character)
  buffer.starts.push(start)
  buffer.ends.push(end)
}

// Two line breaks with nothing but white space between them (`<br><br>`, `<br>&nbsp;<br>`).
const blankLine = /\n[\s\u00a0]*\n/

/**
 * Collapse white space as browsers do, keep `<br>` as `\n`, trim, and split
 * where `<br>` lines are paragraphs, as plain text is split: always at `<br><br>`;
 * inside a `<p>`, which declares one paragraph, or an element that sets its
 * paragraphs apart by `<br><br>`, at a single `<br>` only before a line that
 * opens with a date after a sentence; elsewhere (`<div>`, `<td>`) also after a
 * sentence in lines too long to be wrapped by hand.
 */
function collapse(buffer: Buffer): Block[] {
  const characters: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let pendingSpace = -1
  for (let index = 0; index < buffer.characters.length; index++) {
    const character = buffer.characters[index]!
    if (character === lineBreak) {
      pendingSpace = -1
      if (characters.at(-1) === ' ') {
        characters.pop()
        starts.pop()
        ends.pop()
      }
      characters.push('\n')
      starts.push(buffer.starts[index]!)
      ends.push(buffer.ends[index]!)
      continue
    }
    if (/[ \t\n\r\f]/.test(character)) {
      if (pendingSpace < 0) pendingSpace = index
      continue
    }
    if (pendingSpace >= 0 && characters.length > 0 && characters.at(-1) !== '\n') {
      characters.push(' ')
      starts.push(buffer.starts[pendingSpace]!)
      ends.push(buffer.ends[pendingSpace]!)
    }
    pendingSpace = -1
    characters.push(character)
    starts.push(buffer.starts[index]!)
    ends.push(buffer.ends[index]!)
  }
  const text = characters.join('')
  // Trimmed as the text splitter trims (no-break spaces and line breaks too), so both inputs give the same text.
  // (An element whose paragraphs are set apart by `<br><br>` uses a single `<br>` inside a paragraph, as a `<p>` does:
  // an old page with all its items in one `<td>`.)
  const parts = text.includes('\n') ? splitTextBlocks(text, {wrapped: buffer.paragraph || blankLine.test(text)}) : trimmed(text)
  return parts.map((part) => {
    const offset = starts[part.offset]!
    const block: Block = {
      text: part.text,
      offset,
      length: Math.max(0, ends[part.offset + part.length - 1]! - offset),
      tag: buffer.tag,
      sourceOffsets: starts.slice(part.offset, part.offset + part.length)
    }
    if (buffer.container !== undefined) block.container = buffer.container
    if (buffer.chrome) block.chrome = true
    if (buffer.quoted) block.quoted = true
    return block
  })
}

function trimmed(text: string): Array<{text: string; offset: number; length: number}> {
  const space = text.length - text.trimStart().length
  // A list marker (`1.`, `•`) is not part of the paragraph, as in text input.
  const lead = space + listMarkerLength(text, space)
  const kept = text.slice(lead).trimEnd()
  return kept.length === 0 ? [] : [{text: kept, offset: lead, length: kept.length}]
}
