/** Options for {@link serializeJson}. */
export interface SerializeJsonOptions {
  /** Spaces per level of indentation; `0` writes compact JSON (optional, default `0`: smaller and faster for sites of many files). */
  indent?: number
}

/**
 * Serialize a value as JSON text the same way every time: keys in insertion
 * order, compact or indented, a final newline, and U+2028/U+2029 escaped so
 * the text is also safe to paste into a script.
 *
 * @param value A JSON-compatible value (example: the result of `toJsonFeed`).
 * @param options Indentation (optional).
 * @returns JSON text ending in `\n`.
 * @example
 *   serializeJson({a: [1]}) // '{"a":[1]}\n'
 *   serializeJson({a: 1}, {indent: 2}) // '{\n  "a": 1\n}\n'
 */
export function serializeJson(value: unknown, options: SerializeJsonOptions = {}): string {
  const indent = options.indent ?? 0
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new TypeError(`Cannot call \`serializeJson\` with \`indent\` ${String(indent)}. Pass a whole number from 0 to 10 (example: \`2\`).`)
  }
  return stringifyJson(value, indent) + '\n'
}

/**
 * The text of {@link serializeJson} without its final newline, for pieces of
 * a larger document (not exported from the package).
 *
 * @param value A JSON-compatible value.
 * @param indent Spaces per level (optional, default `0`).
 */
export function stringifyJson(value: unknown, indent = 0): string {
  const text = JSON.stringify(value, null, indent || undefined)
  if (text === undefined) {
    throw new TypeError('Cannot call `serializeJson` with `undefined` or a function. Pass a JSON-compatible value.')
  }
  return escapeLineSeparators(text)
}

// Tested first: the replacement would copy every text, and these characters are rare.
// One class, not `includes` of each: V8 scans a class many times faster, and at once
// rejects a string of Latin-1 characters only, which cannot hold either.
const lineSeparator = /[\u2028\u2029]/
const lineSeparators = /[\u2028\u2029]/g

/**
 * Escape U+2028 and U+2029 in JSON text (`\u2028`, `\u2029`), as
 * {@link serializeJson} does (not exported from the package).
 *
 * @param text JSON text.
 * @returns The same text, safe to paste into a script.
 */
export function escapeLineSeparators(text: string): string {
  return lineSeparator.test(text) ? text.replace(lineSeparators, (separator) => (separator === '\u2028' ? '\\u2028' : '\\u2029')) : text
}
