import {Diagnostic, validateBulletin, validateNewsItem, formatIssues} from '@sironet/model'
import {parseBulletin, type ParseOptions, type ParseResult} from '@sironet/parse'

/** Thrown when a parse breaks one of the invariants, with the first broken one. */
export class InvariantError extends Error {
  /** Which invariant broke (example: `'body-is-source-slice'`). */
  readonly invariant: string

  /**
   * @param invariant Name of the invariant.
   * @param message What was seen.
   */
  constructor(invariant: string, message: string) {
    super(`${invariant}: ${message}`)
    this.name = 'InvariantError'
    this.invariant = invariant
  }
}

function fail(invariant: string, message: string): never {
  throw new InvariantError(invariant, message)
}

/** Line and column (1-based) of an offset, counting CRLF, CR and LF as line breaks as vfile-location does. */
function pointOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  const breaks = /\r\n|\r|\n/g
  let match: RegExpExecArray | null
  while ((match = breaks.exec(text)) !== null && match.index + match[0].length <= offset) {
    line++
    lineStart = match.index + match[0].length
  }
  return {line, column: offset - lineStart + 1}
}

function snapshot(result: ParseResult): string {
  return JSON.stringify({bulletin: result.bulletin, messages: result.messages, paragraphs: result.file.data.paragraphs})
}

/**
 * Parse `input` twice and check everything the parser promises, throwing an
 * {@link InvariantError} at the first broken promise:
 *
 * - it does not throw;
 * - the bulletin is valid under `@sironet/model` (so is every item, and ids are unique), and so is every message;
 * - every paragraph is accounted for: `file.data.paragraphs` lists each one as title, intro, heading,
 *   item or duplicate; items match the `item` paragraphs one to one; each duplicate has a
 *   `duplicate-item` message; every non-white-space character of text input lies in a paragraph;
 * - `source.offset` and `length` lie inside the input; for text input `body` is exactly
 *   `text.slice(offset, offset + length)` and `line`/`column` match the offset;
 * - the same input gives the same output.
 *
 * @param input The bulletin text (or bytes).
 * @param options Parser options (optional).
 * @param parse The parser to check (optional, default `parseBulletin`; tests of the checker pass a broken one).
 * @returns The first parse's result.
 */
export function checkParse(
  input: string | Uint8Array,
  options: ParseOptions = {},
  parse: (input: string | Uint8Array, options: ParseOptions) => ParseResult = parseBulletin
): ParseResult {
  let result: ParseResult
  try {
    result = parse(input, options)
  } catch (error) {
    fail('never-throws', error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error))
  }
  const text = String(result.file.value)
  const isText = options.format === 'text'

  const bulletin = validateBulletin(result.bulletin)
  if (!bulletin.ok) fail('valid-bulletin', bulletin.issues.join('\n'))
  if (result.items !== result.bulletin.items && JSON.stringify(result.items) !== JSON.stringify(result.bulletin.items)) {
    fail('items-are-bulletin-items', '`items` differs from `bulletin.items`')
  }
  for (const item of result.items) {
    const check = validateNewsItem(item)
    if (!check.ok) fail('valid-item', `${item.id}: ${check.issues.join('; ')}`)
  }
  for (const message of result.messages) {
    const check = Diagnostic.safeParse(message)
    if (!check.success) fail('valid-diagnostic', `${JSON.stringify(message)}: ${formatIssues(check.error).join('; ')}`)
  }

  const paragraphs = result.file.data.paragraphs
  if (!paragraphs) fail('paragraphs-recorded', '`file.data.paragraphs` is missing')
  const kinds = new Set(['title', 'intro', 'heading', 'item', 'duplicate'])
  const itemIds = new Map(result.items.map((item) => [item.id, item]))
  let itemParagraphs = 0
  let previousEnd = 0
  for (const paragraph of paragraphs) {
    if (!kinds.has(paragraph.kind)) fail('paragraph-kind', `unknown kind ${JSON.stringify(paragraph.kind)}`)
    if (paragraph.offset < previousEnd || paragraph.length < 0 || paragraph.offset + paragraph.length > text.length) {
      fail('paragraph-range', `${JSON.stringify(paragraph)} in a text of ${text.length} (previous end ${previousEnd})`)
    }
    previousEnd = paragraph.offset + paragraph.length
    if (paragraph.kind === 'item') {
      itemParagraphs++
      if (paragraph.id === undefined || !itemIds.has(paragraph.id)) fail('item-paragraph-has-item', JSON.stringify(paragraph))
      const item = itemIds.get(paragraph.id)!
      if (item.source.offset !== paragraph.offset || item.source.length !== paragraph.length) {
        fail('item-paragraph-has-item', `${paragraph.id} is at ${item.source.offset}+${item.source.length}, its paragraph at ${paragraph.offset}+${paragraph.length}`)
      }
    }
    if (paragraph.kind === 'duplicate') {
      const line = pointOf(text, paragraph.offset).line
      const reported = result.messages.some((message) => message.ruleId === 'duplicate-item' && message.place.start.line === line)
      if (!reported) fail('duplicate-reported', `no duplicate-item message on line ${line}`)
    }
  }
  if (itemParagraphs !== result.items.length) fail('items-match-paragraphs', `${result.items.length} items, ${itemParagraphs} item paragraphs`)
  if (isText) {
    // Nothing lost: outside the paragraphs there is only white space.
    let cursor = 0
    for (const paragraph of [...paragraphs, {offset: text.length, length: 0}]) {
      const gap = text.slice(cursor, paragraph.offset)
      if (/[^\s\uFEFF]/.test(gap)) {
        fail('nothing-lost', `text outside every paragraph at ${cursor}: ${JSON.stringify(gap.slice(0, 80))}`)
      }
      cursor = paragraph.offset + paragraph.length
    }
  }

  for (const item of result.items) {
    const {offset, length, line, column} = item.source
    if (offset + length > text.length) fail('offset-inside-input', `${item.id}: ${offset}+${length} > ${text.length}`)
    if (isText) {
      const slice = text.slice(offset, offset + length)
      if (item.body !== slice) fail('body-is-source-slice', `${item.id}: body ${JSON.stringify(item.body.slice(0, 60))} ≠ slice ${JSON.stringify(slice.slice(0, 60))}`)
      const point = pointOf(text, offset)
      if (point.line !== line || point.column !== column) {
        fail('line-column-match-offset', `${item.id}: ${line}:${column}, offset ${offset} is ${point.line}:${point.column}`)
      }
    }
  }

  const lines = pointOf(text, text.length).line
  for (const message of result.messages) {
    if (message.place.start.line > lines || message.place.end.line > lines) {
      fail('message-inside-input', `${message.ruleId} at line ${message.place.start.line}-${message.place.end.line} of ${lines}`)
    }
  }

  const again = parse(input, options)
  if (snapshot(again) !== snapshot(result)) fail('deterministic', 'a second parse of the same input differs')
  return result
}
