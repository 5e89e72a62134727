import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {VFileMessage} from 'vfile-message'
import {toSourceOffset, type Block} from './block.js'
import {ruleUrl, rules} from './rules.js'

/** Extra fields of a message. */
export interface ReportExtra {
  /** The text as written (optional). */
  actual?: string
  /** What was expected instead (optional). */
  expected?: string[]
  /** The fix, instead of the rule’s (optional). */
  note?: string
  /** `true` for an error, `false` for a warning, instead of the rule’s severity (optional). */
  fatal?: boolean
}

/** Functions that add positioned messages to a file. */
export interface Reporter {
  /** Report a problem between two offsets of the file’s text. */
  report(ruleId: string, reason: string, start: number, end: number, extra?: ReportExtra): void
  /** Report a problem between two offsets of a block’s text. */
  reportIn(block: Block, ruleId: string, reason: string, start: number, end: number, extra?: ReportExtra): void
  /** Line and column of an offset of the file’s text. */
  toPoint(offset: number): {line: number; column: number}
}

/** Line and column of an offset. */
export type ToPoint = (offset: number) => {line: number; column: number}

/**
 * Make the reporter of a file: each message gets its line:column range, the
 * rule id, `source: '@sironet/parse'`, the rule’s severity (`fatal`), its fix
 * (`note`) and its documentation (`url`).
 *
 * @param file The file whose value is the text.
 * @returns The reporter.
 */
export function createReporter(file: VFile): Reporter {
  const text = String(file.value)
  const place = location(file)

  function toPoint(offset: number): {line: number; column: number} {
    const point = place.toPoint(Math.max(0, Math.min(offset, text.length)))
    return point ? {line: point.line, column: point.column} : {line: 1, column: 1}
  }

  return createPointReporter(toPoint, (message) => file.messages.push(message), file.path || undefined)
}

/**
 * Make a reporter that hands each message to `add` instead of keeping it in a
 * file, for text that is never whole (a stream): `toPoint` places offsets.
 *
 * @param toPoint Line and column of an offset of the text.
 * @param add Receives each message and the offset it starts at.
 * @param path File path to name in messages, as `file.message` does (optional).
 * @returns The reporter.
 */
export function createPointReporter(toPoint: ToPoint, add: (message: VFileMessage, start: number) => void, path?: string): Reporter {
  function report(ruleId: string, reason: string, start: number, end: number, extra: ReportExtra = {}): void {
    const place = {start: toPoint(start), end: toPoint(Math.max(start, end))}
    // A message is an `Error` whose stack vfile-message blanks anyway: skip capturing it.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let message: VFileMessage
    try {
      message = new VFileMessage(reason, {place, ruleId, source: '@sironet/parse'})
    } finally {
      Error.stackTraceLimit = limit
    }
    if (path) {
      message.name = `${path}:${message.name}`
      message.file = path
    }
    const rule = (rules as Record<string, {severity: string; fix: string} | undefined>)[ruleId]
    const severity = extra.fatal === undefined ? rule?.severity : extra.fatal ? 'error' : 'warning'
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
    const note = extra.note ?? rule?.fix
    if (note !== undefined) message.note = note
    message.url = ruleUrl(ruleId)
    if (extra.actual !== undefined) message.actual = extra.actual
    if (extra.expected !== undefined) message.expected = extra.expected
    add(message, start)
  }

  function reportIn(block: Block, ruleId: string, reason: string, start: number, end: number, extra: ReportExtra = {}): void {
    const from = toSourceOffset(block, start)
    const to = end >= block.text.length ? block.offset + block.length : Math.max(from, toSourceOffset(block, end - 1) + 1)
    report(ruleId, reason, from, to, extra)
  }

  return {report, reportIn, toPoint}
}
