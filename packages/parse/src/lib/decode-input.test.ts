import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decodeInput} from './decode-input.js'

const fixture = readFileSync(new URL('../../../../fixtures/sironet-2018-h1.txt', import.meta.url))
const fixtureText = fixture.toString('utf8')

function bytes(...parts: Array<string | number[]>): Uint8Array {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))))
}

describe('decodeInput', () => {
  it('should read the real bulletin as UTF-8 without messages', () => {
    const result = decodeInput(fixture)
    expect(result.encoding).toBe('utf-8')
    expect(result.bom).toBe(false)
    expect(result.text).toBe(fixtureText)
    expect(result.messages).toEqual([])
  })

  it('should drop a UTF-8 byte order mark and say it was there', () => {
    const result = decodeInput(bytes([0xef, 0xbb, 0xbf], 'On January 10, “x”'))
    expect(result).toMatchObject({text: 'On January 10, “x”', encoding: 'utf-8', bom: true, messages: []})
  })

  it('should read UTF-16 LE and BE with a byte order mark', () => {
    const little = Buffer.from('\uFEFF' + fixtureText, 'utf16le')
    const big = Buffer.from(little).swap16()
    expect(decodeInput(little)).toMatchObject({text: fixtureText, encoding: 'utf-16le', bom: true, messages: []})
    expect(decodeInput(big)).toMatchObject({text: fixtureText, encoding: 'utf-16be', bom: true, messages: []})
  })

  it('should recognise UTF-16 without a byte order mark and warn that it guessed', () => {
    const little = Buffer.from(fixtureText, 'utf16le')
    const big = Buffer.from(little).swap16()
    for (const [input, encoding] of [
      [little, 'utf-16le'],
      [big, 'utf-16be']
    ] as const) {
      const result = decodeInput(input)
      expect(result.encoding).toBe(encoding)
      expect(result.text).toBe(fixtureText)
      expect(result.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['guessed-encoding', false]])
    }
  })

  it('should read Windows-1252 curly quotes and accents, not C1 controls', () => {
    // 0x93/0x94 are “ and ” in Windows-1252; é is 0xE9 (checked with `iconv -f cp1252`).
    const input = bytes('The theme was ', [0x93], 'Caf', [0xe9], ' and cr', [0xe8], 'me', [0x94], ' ', [0x96], ' 5 ', [0x80])
    const result = decodeInput(input)
    expect(result.encoding).toBe('windows-1252')
    expect(result.text).toBe('The theme was “Café and crème” – 5 €')
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]).toMatchObject({ruleId: 'guessed-encoding', fatal: false, offset: 14})
  })

  it('should read GB18030 Chinese text', () => {
    // `printf '中文，你好。“引号”' | iconv -f utf-8 -t gb18030 | xxd -p`
    const input = Buffer.from('d6d0cec4a3acc4e3bac3a1a3a1b0d2fdbac5a1b1', 'hex')
    const result = decodeInput(Buffer.concat([Buffer.from('2018: '), input, Buffer.from('\n')]))
    expect(result.encoding).toBe('gb18030')
    expect(result.text).toBe('2018: 中文，你好。“引号”\n')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['guessed-encoding'])
  })

  it('should use the encoding it is given', () => {
    expect(decodeInput(bytes([0x93], 'A', [0x94]), {encoding: 'cp1252'})).toMatchObject({text: '“A”', encoding: 'windows-1252', messages: []})
    expect(decodeInput(Buffer.from('d6d0cec4', 'hex'), {encoding: 'GB18030'}).text).toBe('中文')
  })

  it('should name the byte offset of the first broken UTF-8 sequence', () => {
    const before = 'On “May 1” the '
    const input = bytes(before, [0xe2, 0x80], ' meeting “x” ', [0xff], ' end')
    const result = decodeInput(input, {file: 'broken.txt'})
    expect(result.encoding).toBe('utf-8')
    expect(result.messages).toHaveLength(1)
    const [message] = result.messages
    expect(message).toMatchObject({
      ruleId: 'invalid-encoding',
      fatal: true,
      file: 'broken.txt',
      offset: Buffer.byteLength(before),
      textOffset: before.length,
      actual: '0xE2 0x80'
    })
    expect(message?.reason).toContain(`offset ${Buffer.byteLength(before)}`)
    expect(message?.note).toMatch(/UTF-8/)
    expect(result.text.slice(before.length, before.length + 1)).toBe('\uFFFD')
  })

  it('should not count a literal U+FFFD as a broken sequence', () => {
    const input = bytes('a � b ', [0xc3], ' c “d”')
    const [message] = decodeInput(input).messages
    expect(message).toMatchObject({ruleId: 'invalid-encoding', offset: Buffer.byteLength('a � b ')})
  })

  it('should give the offset of bad bytes in a forced encoding', () => {
    // 0xD6 0xD0 is 中; 0x81 0x20 is an invalid GB18030 pair.
    const result = decodeInput(Buffer.from('d6d081206162', 'hex'), {encoding: 'gb18030'})
    expect(result.messages).toMatchObject([{ruleId: 'invalid-encoding', fatal: true, offset: 2, textOffset: 1}])
  })

  it('should reject binary files with a fix that names what they are', () => {
    const docx = bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml')
    const zeros = new Uint8Array(4096).map((_, index) => (index % 3 === 0 ? 0 : 0x41 + (index % 26)))
    for (const input of [docx, zeros]) {
      const result = decodeInput(input)
      expect(result.text).toBe('')
      expect(result.encoding).toBe('binary')
      expect(result.messages).toMatchObject([{ruleId: 'binary-input', fatal: true, offset: 0}])
    }
    expect(decodeInput(docx).messages[0]?.reason).toContain('.docx')
  })

  it('should keep a few control characters in text as text', () => {
    const result = decodeInput(bytes('On May 1, a\u0000b and \u0007 bell, then a long sentence follows here.'))
    expect(result.encoding).toBe('utf-8')
    expect(result.messages).toEqual([])
  })

  it('should refuse UTF-32 with a clear message', () => {
    const result = decodeInput(bytes([0xff, 0xfe, 0x00, 0x00], [0x41, 0, 0, 0]))
    expect(result.messages).toMatchObject([{ruleId: 'unsupported-encoding', fatal: true}])
  })

  it('should report mojibake with byte and text offsets', () => {
    const before = 'Héllo, the '
    const result = decodeInput(bytes(before, 'â€œthemeâ€\u009d'))
    expect(result.messages).toMatchObject([
      {ruleId: 'mojibake', fatal: false, textOffset: before.length, offset: Buffer.byteLength(before), actual: 'â€œ', expected: '“'},
      {ruleId: 'mojibake', fatal: false, textOffset: before.length + 8, expected: '”'}
    ])
    expect(decodeInput(bytes(before, 'â€œ'), {checkMojibake: false}).messages).toEqual([])
  })

  it('should return the empty text for empty input', () => {
    expect(decodeInput(new Uint8Array(0))).toEqual({text: '', encoding: 'utf-8', bom: false, messages: []})
  })

  it('should throw a TypeError for misuse', () => {
    expect(() => decodeInput('text' as unknown as Uint8Array)).toThrow(/`decodeInput`.*Uint8Array/)
    expect(() => decodeInput(new Uint8Array(1), {encoding: 'klingon'})).toThrow(/`klingon`.*utf-8/)
  })
})
