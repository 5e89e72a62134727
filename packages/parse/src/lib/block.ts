import type {TableColumns} from './spreadsheet-rows.js'

/** A paragraph-like piece of the input, before it is classified. */
export interface Block {
  /** The paragraph’s text: for text input the exact source slice, for HTML the text content. */
  text: string
  /** Offset of the paragraph in the source, in UTF-16 code units. */
  offset: number
  /** Length of the paragraph in the source. */
  length: number
  /** Whether the markup quotes it (`<blockquote>`): words quoted under the item before it; unset otherwise. */
  quoted?: boolean
  /** What the markup says it is (`h1` → `'title'`, `h2`…`h6` → `'heading'`); unset for text input. */
  tag?: 'title' | 'heading' | 'paragraph'
  /**
   * Source offset of each character of `text` (HTML input, where entities and
   * collapsed white space make the text differ from the source); unset when
   * `text` is the source slice at `offset`.
   */
  sourceOffsets?: number[]
  /**
   * The paragraph's exact source text, when `text` leaves markup out of it (a Markdown or wikitext paragraph of a text file:
   * see `readLightMarkup`); unset otherwise. An item's `body` is this, so that for text input it stays the
   * source slice. (For an entry of a JSON document of news, whose `text` is a form made of its fields, this is its
   * report as a reader has it, escapes decoded: see `splitJsonBlocks`.)
   */
  source?: string
  /**
   * A paragraph of a chat's export (see `readChatLine`): `'message'`, someone's message, its timestamp and sender
   * left out of `text`; `'system'`, a line the app wrote (`… created group "…"`). Unset for other text.
   */
  chat?: 'message' | 'system'
  /** For a row of a spreadsheet pasted or exported as text, the sheet's columns (see `readTableHeader`); unset otherwise. */
  columns?: TableColumns
  /** Whether the paragraph is an entry of a YAML list of news (see `readYamlEntry`). */
  yaml?: true
  /** For a row of a table aligned with spaces, how far its first line is indented (its white space is not in `text`). */
  rowIndent?: number
  /** Ranges of `text` that are a page's running header and footer inside an item cut by a page break (text copied out of a PDF). */
  furniture?: Array<[number, number]>
  /** Whether the paragraph is in a page's navigation or sidebar (`<nav>`, `<aside>`): never an item, a date or a headline. */
  chrome?: true
  /**
   * Which entry of an HTML page holds the paragraph: a number per `<li>`, `<td>`, `<dd>`, `<article>` or blog
   * entry (`<div class="post">` …), in document order; unset outside them, in an entry that holds two
   * dated paragraphs or more (a layout container), and for text input. Paragraphs of one entry are one item.
   */
  container?: number
  /**
   * Which story of a text the paragraph is in, when lines of one mark repeated (`* * *`, `------`) set stories apart:
   * their number before it; unset before the first such line and for HTML. An undated paragraph goes on with the
   * story's dated one.
   */
  section?: number
  /**
   * Length of a post's standfirst at the start of `text` (one short undated line joined with the dated paragraph
   * after it in the same entry), separator included: the item's date opens the text after it. Unset without one.
   */
  standfirst?: number
  /**
   * The source text between the end of the paragraph before and this one's start (text input),
   * so that two paragraphs can be read as one exact source slice; unset when not kept.
   */
  before?: string
}

/**
 * Map an offset in a block’s text to an offset in the source.
 *
 * @param block The block.
 * @param index Offset in `block.text` (example: `0`); `text.length` maps to the block’s end.
 * @returns Offset in the source.
 */
export function toSourceOffset(block: Block, index: number): number {
  if (!block.sourceOffsets) return block.offset + index
  if (index >= block.text.length) return block.offset + block.length
  return block.sourceOffsets[Math.max(0, index)] ?? block.offset
}
