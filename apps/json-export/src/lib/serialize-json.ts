/**
 * Serialize a value as JSON text the same way every time: two-space indent,
 * keys in insertion order, a final newline, and U+2028/U+2029 escaped so the
 * text is also safe to paste into a script.
 *
 * @param value A JSON-compatible value (example: the result of `toJsonFeed`).
 * @returns JSON text ending in `\n`.
 * @example
 *   serializeJson({a: 1}) // '{\n  "a": 1\n}\n'
 */
export function serializeJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
  if (text === undefined) {
    throw new TypeError('Cannot call `serializeJson` with `undefined` or a function. Pass a JSON-compatible value.')
  }
  return text.replace(/[\u2028\u2029]/g, (character) => (character === '\u2028' ? '\\u2028' : '\\u2029')) + '\n'
}
