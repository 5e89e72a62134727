import type {Severity} from '@sironet/model'

/** A positioned message about one input file of a build. */
export interface BuildMessage {
  /** Input file, as given or relative to the working folder (example: `'fixtures/sironet-2018-h1.txt'`). */
  file: string
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
  /** `error`, `warning` or `info`. */
  severity: Severity
  /** What is wrong (example: `'Expected a date at the start of the item'`). */
  reason: string
  /** Kebab-case rule id (example: `'missing-date'`). */
  ruleId: string
}

/**
 * Format a build message the way compilers do, so editors can jump to it:
 * `file:line:col: severity reason [rule-id]`.
 *
 * @param message The message.
 * @example
 *   formatBuildMessage({file: 'a.txt', line: 3, column: 1, severity: 'warning', reason: 'No date', ruleId: 'missing-date'})
 *   // 'a.txt:3:1: warning No date [missing-date]'
 */
export function formatBuildMessage(message: BuildMessage): string {
  return `${message.file}:${message.line}:${message.column}: ${message.severity} ${message.reason} [${message.ruleId}]`
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

/**
 * Read a message from the parser into a {@link BuildMessage}, whether it is a
 * model `Diagnostic` (`place.start`, `severity`) or a unified `VFileMessage`
 * (`line`, `column`, `fatal`).
 *
 * @param file The input file the message is about.
 * @param message What the parser reported.
 */
export function toBuildMessage(file: string, message: unknown): BuildMessage {
  const value = (message ?? {}) as Record<string, unknown>
  const place = (value.place ?? {}) as Record<string, unknown>
  const start = (place.start ?? place) as Record<string, unknown>
  const fatal = value.fatal
  const severity: Severity =
    value.severity === 'error' || value.severity === 'warning' || value.severity === 'info'
      ? value.severity
      : fatal === true
        ? 'error'
        : fatal === false
          ? 'warning'
          : 'info'
  return {
    file,
    line: positive(start.line) ?? positive(value.line) ?? 1,
    column: positive(start.column) ?? positive(value.column) ?? 1,
    severity,
    reason: detach(typeof value.reason === 'string' && value.reason ? value.reason : String(message)),
    ruleId: typeof value.ruleId === 'string' && value.ruleId ? value.ruleId : 'parse'
  }
}

/**
 * A copy of `text` that shares no memory with the string it was cut from: a
 * reason quoting a few words of the input can otherwise keep the whole block
 * of input it was read from alive (a build keeps every message to the end).
 */
function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}
