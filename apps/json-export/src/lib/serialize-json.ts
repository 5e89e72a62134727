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
  // Checked first: the replacement would scan every file, and these characters are rare.
  return text.includes('\u2028') || text.includes('\u2029') ? text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : text
}
