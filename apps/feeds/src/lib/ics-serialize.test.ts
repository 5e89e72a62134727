import {describe, expect, it} from 'vitest'
import {escapeIcsText, foldIcsLine, serializeIcs} from './ics-serialize.js'

const octets = (line: string) => Buffer.byteLength(line, 'utf8')

describe('escapeIcsText', () => {
  it('should escape backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('should drop control characters that iCalendar forbids', () => {
    expect(escapeIcsText('a\u0000b\u007Fc\td')).toBe('abc\td')
  })
})

describe('foldIcsLine', () => {
  it('should leave a line of 75 octets alone and fold one of 76', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  it('should fold long ASCII lines into full lines: 75 octets, then a space and 74', () => {
    for (const length of [76, 149, 150, 297, 300, 1000]) {
      const line = Array.from({length}, (_, index) => String.fromCharCode(33 + (index % 90))).join('')
      const expected = [line.slice(0, 75)]
      for (let start = 75; start < length; start += 74) expected.push(` ${line.slice(start, start + 74)}`)
      expect(foldIcsLine(line).split('\r\n')).toEqual(expected)
      // The same places as the general path, which a character of two octets at the end takes.
      if ((length - 75) % 74 !== 0) expect(foldIcsLine(`${line}é`)).toBe(`${foldIcsLine(line)}é`)
    }
  })

  it('should keep every folded line within 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'中文😀é'.repeat(200)}`
    const lines = foldIcsLine(line).split('\r\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const part of lines) {
      expect(octets(part)).toBeLessThanOrEqual(75)
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/)
    }
    expect(lines.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line)
  })
})

describe('serializeIcs', () => {
  it('should end every line in CRLF and quote parameters with separators', () => {
    const text = serializeIcs({
      name: 'VCALENDAR',
      properties: [{name: 'X-TEST', parameters: {CN: 'a:b'}, value: 'v'}],
      components: [{name: 'VEVENT', properties: [{name: 'UID', value: 'x'}]}]
    })
    expect(text).toBe('BEGIN:VCALENDAR\r\nX-TEST;CN="a:b":v\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
  })
})
