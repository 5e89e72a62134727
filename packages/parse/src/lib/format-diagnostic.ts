import type {Diagnostic} from '@sironet/model'

/**
 * Format a diagnostic as one line, the way compilers do:
 * `file:line:column: severity reason [rule-id]`.
 *
 * @param diagnostic The diagnostic.
 * @param file File name to show instead of `diagnostic.file` (optional, example: `'<stdin>'`).
 * @returns The line, without a line break.
 * @example
 *   formatDiagnostic(messages[0])
 *   // 'fixtures/sironet-2018-h1.txt:14:232: warning Expected a closing `”` … [unbalanced-quote]'
 */
export function formatDiagnostic(diagnostic: Diagnostic, file?: string): string {
  const name = file ?? diagnostic.file
  const where = `${diagnostic.place.start.line}:${diagnostic.place.start.column}`
  return `${name ? `${name}:` : ''}${where}: ${diagnostic.severity} ${diagnostic.reason} [${diagnostic.ruleId}]`
}
