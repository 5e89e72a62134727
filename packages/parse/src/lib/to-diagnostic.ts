import type {Diagnostic} from '@sironet/model'
import type {VFileMessage} from 'vfile-message'

/**
 * Turn a VFile message into a model {@link Diagnostic}: `fatal: true` is an
 * error, `false` a warning, unset is info; the place is always a range.
 *
 * @param message The message.
 * @param file File name for `file` (optional).
 * @returns The diagnostic.
 */
export function toDiagnostic(message: VFileMessage, file?: string): Diagnostic {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  const diagnostic: Diagnostic = {
    ruleId: message.ruleId ?? 'unknown',
    reason: message.reason,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    place: {
      start: {line: start?.line ?? 1, column: start?.column ?? 1},
      end: {line: end?.line ?? start?.line ?? 1, column: end?.column ?? start?.column ?? 1}
    },
    source: message.source ?? '@sironet/parse'
  }
  const name = file ?? message.file
  if (name) diagnostic.file = name
  if (message.actual !== undefined) diagnostic.actual = message.actual
  if (message.expected !== undefined) diagnostic.expected = [...message.expected]
  if (message.note !== undefined) diagnostic.note = message.note
  if (message.url !== undefined) diagnostic.url = message.url
  return diagnostic
}
