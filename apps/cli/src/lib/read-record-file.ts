import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createInterface} from 'node:readline'

/** One thing read from a record file: a record (not yet checked) with where it is, or a problem with the file. */
export type RecordFileEvent =
  | {type: 'record'; record: unknown; line: number; column: number; label: string}
  | {type: 'problem'; line: number; column: number; reason: string}

const recordExtension = /\.(?:json|ndjson|jsonl)$/i

/**
 * Whether a file holds records rather than a bulletin, by its name: `*.json`
 * (what `sironet parse` prints, or records), `*.ndjson` and `*.jsonl` (what
 * `sironet parse --format ndjson` prints, or one record a line).
 *
 * @param file File name or path.
 */
export function isRecordFile(file: string): boolean {
  return recordExtension.test(file)
}

/**
 * Read the records of a file that `sironet parse` wrote (or that holds
 * records, edited by hand or made by another tool), for a build that publishes
 * them without parsing again. NDJSON (`*.ndjson`, `*.jsonl`) is read a line at
 * a time, in bounded memory: lines `{"type": "item", "item": …}` give records,
 * `bulletin`, `message` and `paragraph` lines are skipped (their messages are
 * about the bulletin, reported when it was parsed), `rename` lines (standard
 * input parsed in one read) give the final id of an item of the same bulletin,
 * and any other object is a record. JSON (`*.json`) is read whole: an object
 * with `items` (as `sironet parse` prints it), an array of such objects or of
 * records, or one record. A line that is not JSON is a problem at its line and
 * column; the records around it are still read.
 *
 * @param file Absolute path.
 */
export async function* readRecordFile(file: string): AsyncGenerator<RecordFileEvent> {
  if (/\.json$/i.test(file)) yield* readJsonRecords(await readFile(file, 'utf8'))
  else yield* readNdjsonRecords(file)
}

function* readJsonRecords(text: string): Generator<RecordFileEvent> {
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    yield {type: 'problem', ...toPoint(text, error), reason: `Cannot read this record file: ${(error as Error).message}; fix the JSON or print it again with \`sironet parse --format json\``}
    return
  }
  const groups = Array.isArray(value) ? value : [value]
  for (const [index, group] of groups.entries()) {
    const prefix = Array.isArray(value) ? `[${index}]` : ''
    if (isObject(group) && Array.isArray(group.items)) {
      for (const [at, record] of group.items.entries()) yield {type: 'record', record, line: 1, column: 1, label: `${prefix}.items[${at}]`}
    } else {
      yield {type: 'record', record: group, line: 1, column: 1, label: prefix === '' ? 'the record' : prefix}
    }
  }
}

async function* readNdjsonRecords(file: string): AsyncGenerator<RecordFileEvent> {
  // `sironet parse` prints the renames of a bulletin read once at its end, after its items: a first
  // read finds them, by bulletin (each `bulletin` line starts the next one).
  const renames: Array<Map<string, string>> = []
  let bulletin = 0
  for await (const {text} of readLines(file)) {
    if (text.startsWith(bulletinLine)) bulletin++
    else if (text.startsWith(renameLine)) {
      const event = parseLine(text)
      if (isEvent(event, 'rename') && typeof event.from === 'string' && typeof event.to === 'string') {
        ;(renames[bulletin] ??= new Map()).set(event.from, event.to)
      }
    }
  }
  bulletin = 0
  for await (const {text, line} of readLines(file)) {
    if (text.trim() === '') continue
    if (text.startsWith(bulletinLine)) bulletin++
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      yield {type: 'problem', line, column: toPoint(text, error).column, reason: `Cannot read this line: ${(error as Error).message}; each line must be one JSON object`}
      continue
    }
    if (isEvent(value, 'item')) {
      const record = value.item
      const to = isObject(record) && typeof record.id === 'string' ? renames[bulletin]?.get(record.id) : undefined
      yield {type: 'record', record: to === undefined ? record : {...(record as Record<string, unknown>), id: to}, line, column: 1, label: `The item of line ${line}`}
    } else if (!(isEvent(value, 'bulletin') || isEvent(value, 'message') || isEvent(value, 'paragraph') || isEvent(value, 'rename'))) {
      yield {type: 'record', record: value, line, column: 1, label: `The record of line ${line}`}
    }
  }
}

// How `sironet parse --format ndjson` starts these lines (`JSON.stringify`, `type` first).
const bulletinLine = '{"type":"bulletin"'
const renameLine = '{"type":"rename"'

async function* readLines(file: string): AsyncGenerator<{text: string; line: number}> {
  const lines = createInterface({input: createReadStream(file, {encoding: 'utf8'}), crlfDelay: Infinity})
  let line = 0
  for await (const text of lines) {
    line++
    yield {text: line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, line}
  }
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isEvent(value: unknown, type: string): value is Record<string, unknown> {
  return isObject(value) && value.type === type && (type !== 'item' || 'item' in value)
}

// `JSON.parse` names the offset of a syntax error (`… at position 12 …`), or says the text ended
// too soon (`Unexpected end of JSON input`): its line and column.
function toPoint(text: string, error: unknown): {line: number; column: number} {
  const reason = String((error as Error)?.message)
  const offset = /position (\d+)/.exec(reason)?.[1] ?? (/end of JSON input/.test(reason) ? String(text.length) : undefined)
  if (offset === undefined) return {line: 1, column: 1}
  const before = text.slice(0, Number(offset))
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: before.split('\n').length, column: Number(offset) - lineStart + 1}
}
