import {cleanText} from './clean-text.js'

/** One content line of an iCalendar object, such as `DTSTART;VALUE=DATE:20180112`. */
export interface IcsProperty {
  /** Property name in upper case (example: `'DTSTART'`). */
  name: string
  /** Parameters (optional, example: `{VALUE: 'DATE'}`). */
  parameters?: Record<string, string>
  /** The value as it goes on the line, already escaped where its type needs it (see {@link escapeIcsText}). */
  value: string
}

/** An iCalendar component (`VCALENDAR`, `VEVENT`, …) as a tree. */
export interface IcsComponent {
  /** Component name (example: `'VEVENT'`). */
  name: string
  /** Its properties, in order. */
  properties: IcsProperty[]
  /** Nested components (optional). */
  components?: IcsComponent[]
}

/**
 * Escape text for an iCalendar `TEXT` value (RFC 5545 §3.3.11): backslash,
 * semicolon, comma and line breaks; characters iCalendar forbids are dropped.
 *
 * @param value Any text (example: `'Beijing, China'`).
 * @returns Escaped text (example: `'Beijing\\, China'`).
 */
export function escapeIcsText(value: string): string {
  const clean = cleanText(value)
  // One scan in the usual case: most text has nothing to escape.
  if (!icsSpecial.test(clean)) return clean
  return clean.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n')
}

const icsSpecial = /[\\;,\r\n]/

const nonAscii = /[^\u0000-\u007F]/

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/**
 * Fold a content line so no line is longer than 75 octets of UTF-8 (RFC 5545
 * §3.1), never splitting a character; continuation lines start with a space.
 *
 * @param line One unfolded content line.
 * @returns The folded line, lines joined by CRLF.
 */
export function foldIcsLine(line: string): string {
  // Fast path: even at three octets a character the line fits.
  if (line.length <= 25) return line
  // ASCII only (most lines): one octet a character, so fold at fixed offsets.
  if (!nonAscii.test(line)) {
    if (line.length <= 75) return line
    const lines = [line.slice(0, 75)]
    for (let start = 75; start < line.length; start += 74) lines.push(line.slice(start, start + 74))
    return lines.join('\r\n ')
  }
  const lines: string[] = []
  let start = 0
  let octets = 0
  let limit = 75
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index)!
    const size = utf8Length(codePoint)
    const width = codePoint > 0xffff ? 2 : 1
    if (octets + size > limit) {
      lines.push(line.slice(start, index))
      start = index
      octets = 0
      // The leading space of a continuation line counts toward its 75 octets.
      limit = 74
    }
    octets += size
    index += width
  }
  lines.push(line.slice(start))
  return lines.join('\r\n ')
}

function serializeProperty(property: IcsProperty): string {
  let line = property.name
  const parameters = property.parameters
  if (parameters) for (const [key, value] of Object.entries(parameters)) {
    // Parameter values may not hold `"`; quote those with `:`, `;` or `,`.
    const clean = cleanText(value).replace(/["\r\n]/g, '')
    line += `;${key}=${/[:;,]/.test(clean) ? `"${clean}"` : clean}`
  }
  return foldIcsLine(`${line}:${property.value}`)
}

/**
 * Serialize an iCalendar component tree: CRLF line endings, folded lines.
 *
 * @param component The root component, usually `VCALENDAR`.
 * @returns iCalendar text ending in CRLF.
 */
export function serializeIcs(component: IcsComponent): string {
  const lines: string[] = []
  const visit = (node: IcsComponent) => {
    lines.push(`BEGIN:${node.name}`)
    for (const property of node.properties) lines.push(serializeProperty(property))
    for (const child of node.components ?? []) visit(child)
    lines.push(`END:${node.name}`)
  }
  visit(component)
  return lines.join('\r\n') + '\r\n'
}
