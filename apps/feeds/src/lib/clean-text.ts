// Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF),
// plus DEL and the C1 controls, which XML allows but HTML and iCalendar reject.
const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const suspect = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/

/**
 * Make text safe to put in XML, HTML or iCalendar: drop the characters XML 1.0
 * forbids (C0 controls except tab, line feed and carriage return; U+FFFE and
 * U+FFFF) and the C1 controls, and replace unpaired surrogates with U+FFFD.
 *
 * @param value Any string (example: `"a\u0000b\uD800"`).
 * @returns The cleaned string (example: `"ab\uFFFD"`).
 * @example
 *   cleanText('Tom\u0007 & Jerry') // 'Tom & Jerry'
 */
export function cleanText(value: string): string {
  if (!suspect.test(value)) return value
  return value.replace(illegal, '').replace(loneSurrogate, '\uFFFD')
}
