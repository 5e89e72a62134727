import iconv from 'iconv-lite'
import {findMojibake, type MojibakeMatch} from './find-mojibake.js'

/**
 * A problem met while turning bytes into text. `fatal` messages mean the text
 * cannot be trusted (invalid bytes were replaced, or the input is not text);
 * the others are warnings.
 */
export interface DecodeMessage {
  /** Rule that reported it: `invalid-encoding`, `binary-input`, `unsupported-encoding`, `guessed-encoding` or `mojibake`. */
  ruleId: string
  /** What is wrong, in one sentence (example: `Invalid UTF-8 at byte 1234 (0xE9 0x20)`). */
  reason: string
  /** Byte offset in the input where the problem starts (example: `1234`). */
  offset: number
  /** Offset in the decoded `text`, in UTF-16 code units, where the problem shows (for line:column). */
  textOffset: number
  /** Whether the decoded text cannot be trusted (`true`) or is only doubtful (`false`). */
  fatal: boolean
  /** How to fix it (example: `Save the file as UTF-8`). */
  note: string
  /** The file the message is about, when {@link DecodeInputOptions.file} was given (optional). */
  file?: string
  /** The offending bytes or characters as written, where that helps (optional). */
  actual?: string
  /** What the text most likely said, for mojibake (optional). */
  expected?: string
}

/** Options for {@link decodeInput}. */
export interface DecodeInputOptions {
  /** File name, used in messages (optional, example: `'bulletin-2018.txt'`). */
  file?: string
  /**
   * Encoding to use instead of detecting one: any WHATWG label
   * (optional, example: `'windows-1252'`, `'gb18030'`, `'utf-16le'`).
   */
  encoding?: string
  /** Look for mojibake in the decoded text (optional, default `true`). */
  checkMojibake?: boolean
}

/** What {@link decodeInput} returns. */
export interface DecodedInput {
  /** The decoded text without its byte order mark; `''` for binary input. */
  text: string
  /** WHATWG name of the encoding used (example: `'utf-8'`, `'windows-1252'`), `'binary'` for binary input. */
  encoding: string
  /** Whether the input started with a byte order mark. */
  bom: boolean
  /** Problems found, in order of offset; see {@link DecodeMessage}. */
  messages: DecodeMessage[]
}

const saveAsUtf8 =
  'Save the file as UTF-8 (in most editors: “Save as…” → Encoding: UTF-8), or pass the encoding it was written in'

// Bytes that Windows-1252 leaves undefined: a file using them was not written in it.
const undefined1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

// Signatures of formats people mistake for text, so the fix can name them.
const signatures: ReadonlyArray<readonly [number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx, .odt or .xlsx document is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc, .xls)'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive']
]

/** How much of the input the detection heuristics look at (the streaming parse reads this much before it decides). */
export const sampleSize = 1 << 20

/**
 * Turn the bytes of a bulletin into text: detect UTF-8 (with or without a
 * byte order mark), UTF-16 LE/BE (with a byte order mark, or without one when
 * the pattern of zero bytes is clear), Windows-1252 and GB18030, or report why
 * the bytes are not readable text. Never throws on content.
 *
 * Invalid UTF-8 that reads plausibly as Windows-1252 or GB18030 is decoded as
 * such with a `guessed-encoding` warning; otherwise it is decoded as UTF-8 with
 * U+FFFD replacements and a fatal `invalid-encoding` message naming the byte
 * offset of the first bad sequence. Mostly-NUL or otherwise binary input gives
 * a fatal `binary-input` message and empty text. Mojibake in the decoded text
 * (`â€œ`, `Ã©`) gives `mojibake` warnings (see {@link findMojibake}; call that
 * yourself for input that arrives as a string).
 *
 * @param bytes The file's bytes (a `Buffer` is a `Uint8Array`).
 * @param options File name, forced encoding, mojibake check (optional).
 * @returns The text, the encoding used and the messages.
 * @example
 *   const {text, encoding, messages} = decodeInput(await fs.readFile('bulletin.txt'))
 *   for (const message of messages) console.warn(`${message.ruleId}: ${message.reason}`)
 */
export function decodeInput(bytes: Uint8Array, options: DecodeInputOptions = {}): DecodedInput {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(
      'Cannot call `decodeInput` without bytes. Pass a `Uint8Array` or `Buffer` (for text you already have, skip decoding).'
    )
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError('Cannot call `decodeInput` with these options. Pass an object such as `{encoding: "utf-8"}`, or nothing.')
  }
  const result = options.encoding === undefined ? detectAndDecode(bytes) : decodeAs(bytes, canonicalEncoding(options.encoding))
  if (options.checkMojibake !== false && result.text.length > 0) {
    const byteOffsetOf = makeByteOffsetMapper(bytes, result.encoding, result.text, result.bom ? bomLength(result.encoding) : 0)
    for (const match of findMojibake(result.text)) {
      const offset = byteOffsetOf(match.offset)
      result.messages.push(toMojibakeMessage(match, offset, match.offset))
    }
  }
  if (options.file !== undefined) {
    for (const message of result.messages) message.file = options.file
  }
  result.messages.sort((a, b) => a.offset - b.offset)
  return result
}

/** The WHATWG name of an encoding label; throws a `TypeError` naming the label when it is unknown. */
export function canonicalEncoding(label: string): string {
  if (typeof label === 'string') {
    try {
      return new TextDecoder(label.trim()).encoding
    } catch {
      // Fall through to the TypeError below.
    }
  }
  throw new TypeError(
    `Cannot decode with encoding \`${String(label)}\`. Pass a WHATWG encoding label such as \`utf-8\`, \`utf-16le\`, \`windows-1252\` or \`gb18030\`, or leave \`encoding\` out to detect it.`
  )
}

function bomLength(encoding: string): number {
  return encoding === 'utf-8' ? 3 : encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 0
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte)
}

function detectAndDecode(bytes: Uint8Array): DecodedInput {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'UTF-32LE' : 'UTF-32BE'
    return {
      text: '',
      encoding: 'binary',
      bom: true,
      messages: [
        {
          ruleId: 'unsupported-encoding',
          reason: `The file is ${encoding}, which bulletins are not read in`,
          offset: 0,
          textOffset: 0,
          fatal: true,
          note: 'Save the file as UTF-8'
        }
      ]
    }
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes, 'utf-8')
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes, 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes, 'utf-16be')

  const sample = bytes.subarray(0, Math.min(bytes.length, sampleSize))
  const utf16 = guessUtf16(sample)
  if (utf16) {
    const result = decodeAs(bytes, utf16)
    if (!result.messages.some((message) => message.fatal)) {
      result.messages.unshift(
        guessedMessage(utf16, 'it has no byte order mark, but every other byte is zero as in UTF-16 text')
      )
      return result
    }
  }
  const binary = describeBinary(sample)
  if (binary) {
    return {
      text: '',
      encoding: 'binary',
      bom: false,
      messages: [
        {
          ruleId: 'binary-input',
          reason: `The file is not text: it looks like ${binary}`,
          offset: 0,
          textOffset: 0,
          fatal: true,
          note: 'Save the bulletin as plain text (UTF-8) or as a web page (HTML), and read that file'
        }
      ]
    }
  }

  const utf8 = decodeUtf8(bytes, 0)
  const firstBad = utf8.messages[0]
  if (!firstBad) return utf8
  const legacy = guessLegacyEncoding(sample, utf8.text)
  if (legacy) {
    const result = decodeAs(bytes, legacy.encoding)
    if (!result.messages.some((message) => message.fatal)) {
      result.messages.unshift(guessedMessage(legacy.encoding, legacy.why, firstBad.offset))
      return result
    }
  }
  return utf8
}

function guessedMessage(encoding: string, why: string, offset = 0): DecodeMessage {
  return {
    ruleId: 'guessed-encoding',
    reason: `Read the file as ${encoding} because ${why}`,
    offset,
    textOffset: 0,
    fatal: false,
    note: `Check the text reads right; ${saveAsUtf8.charAt(0).toLowerCase()}${saveAsUtf8.slice(1)}`
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedInput {
  if (encoding === 'utf-8') {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf])
    return decodeUtf8(bytes, bom ? 3 : 0)
  }
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  const bom =
    (encoding === 'utf-16le' && startsWith(bytes, [0xff, 0xfe])) ||
    (encoding === 'utf-16be' && startsWith(bytes, [0xfe, 0xff]))
  try {
    const text = new TextDecoder(encoding, {fatal: true}).decode(bytes)
    return {text, encoding, bom, messages: []}
  } catch {
    const offset = findFirstInvalidByte(bytes, encoding)
    const text = new TextDecoder(encoding).decode(bytes)
    const textOffset = new TextDecoder(encoding).decode(bytes.subarray(0, offset)).length
    return {text, encoding, bom, messages: [invalidMessage(encoding, bytes, offset, textOffset)]}
  }
}

/** The `invalid-encoding` message for the bad bytes at `offset` of `bytes`, which start at byte `base` of the input. */
export function invalidMessage(encoding: string, bytes: Uint8Array, offset: number, textOffset: number, base = 0): DecodeMessage {
  // Show the broken sequence: the non-ASCII bytes from the offset on, at most four.
  let end = offset + 1
  while (end < bytes.length && end < offset + 4 && bytes[end]! >= 0x80) end++
  const shown = Array.from(bytes.subarray(offset, end), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ')
  const name = encoding === 'utf-8' ? 'UTF-8' : encoding
  return {
    ruleId: 'invalid-encoding',
    reason: `The file is not valid ${name}: the bytes at offset ${base + offset} (${shown}) are no ${name} character, and were replaced with �`,
    offset: base + offset,
    textOffset,
    fatal: true,
    note: `${saveAsUtf8} (for example windows-1252 or gb18030)`,
    actual: shown
  }
}

/**
 * Where the first invalid sequence is in bytes decoded as UTF-8: the first
 * U+FFFD of `text` that does not stand for a literal EF BF BD in `bytes`.
 * Everything before it is valid, so its byte offset is exact.
 *
 * @param text `bytes` decoded by `TextDecoder('utf-8')`.
 * @param bytes The bytes decoded.
 * @returns The byte offset in `bytes` and the index in `text`, or `undefined` when all is valid.
 */
export function findInvalidUtf8(text: string, bytes: Uint8Array): {byteOffset: number; index: number} | undefined {
  let searchFrom = 0
  let byteOffset = 0
  let counted = 0
  for (;;) {
    const index = text.indexOf('\uFFFD', searchFrom)
    if (index < 0) return undefined
    byteOffset += utf8Length(text, counted, index)
    counted = index
    if (bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd) {
      byteOffset += 3
      counted = index + 1
      searchFrom = index + 1
      continue
    }
    return {byteOffset, index}
  }
}

// One decode, then the first invalid sequence, if any.
function decodeUtf8(bytes: Uint8Array, start: number): DecodedInput {
  const body = start > 0 ? bytes.subarray(start) : bytes
  const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(body)
  const messages: DecodeMessage[] = []
  const invalid = findInvalidUtf8(text, body)
  if (invalid) messages.push(invalidMessage('utf-8', bytes, start + invalid.byteOffset, invalid.index))
  return {text, encoding: 'utf-8', bom: start > 0, messages}
}

/** UTF-8 length of `text.slice(from, to)`; lone surrogates count as U+FFFD (3 bytes). */
export function utf8Length(text: string, from: number, to: number): number {
  let length = 0
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) length += 1
    else if (code < 0x800) length += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 4
        index++
      } else length += 3
    } else length += 3
  }
  return length
}

// Node.js 20.18.3 and later decode `windows-1252` as Latin-1 (nodejs/node#60888),
// so bytes 0x80–0x9F would come out as control characters: use iconv-lite.
/** Decode Windows-1252 bytes (stateless, so pieces of a stream can be decoded one by one). */
export function decodeWindows1252(bytes: Uint8Array): DecodedInput {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let text = iconv.decode(buffer, 'windows-1252', {stripBOM: false})
  if (text.includes('\uFFFD')) {
    // The WHATWG index maps the five undefined bytes to the C1 controls of the same number.
    text = text.replace(/\uFFFD/g, (_, index: number) => String.fromCharCode(bytes[index] ?? 0xfffd))
  }
  return {text, encoding: 'windows-1252', bom: false, messages: []}
}

function findFirstInvalidByte(bytes: Uint8Array, encoding: string): number {
  // Smallest prefix whose streaming decode fails: the error shows at its last byte.
  let low = 1
  let high = bytes.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (prefixFails(bytes, encoding, middle)) high = middle
    else low = middle + 1
  }
  // The bad sequence starts at the last character boundary before that byte.
  for (let start = low - 1; start >= Math.max(0, low - 4); start--) {
    try {
      new TextDecoder(encoding, {fatal: true}).decode(bytes.subarray(0, start))
      return start
    } catch {
      // Not a boundary yet.
    }
  }
  return low - 1
}

function prefixFails(bytes: Uint8Array, encoding: string, length: number): boolean {
  try {
    new TextDecoder(encoding, {fatal: true}).decode(bytes.subarray(0, length), {stream: true})
    return false
  } catch {
    return true
  }
}

/** `utf-16le` or `utf-16be` when the zero bytes of a sample say so. */
export function guessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = sample.length >> 1
  if (pairs < 2) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros++
    if (sample[index + 1] === 0) oddZeros++
  }
  // Latin-script UTF-16 has a zero in nearly every other byte and almost never in the others.
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return 'utf-16le'
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return 'utf-16be'
  return undefined
}

/** What a sample of binary data looks like, or `undefined` for text. */
export function describeBinary(sample: Uint8Array): string | undefined {
  for (const [signature, name] of signatures) {
    if (startsWith(sample, signature)) return name
  }
  let zeros = 0
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) zeros++
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls++
  }
  if (zeros >= 4 && zeros >= sample.length * 0.02) return `binary data (${zeros} zero bytes in the first ${sample.length})`
  if (controls >= 8 && zeros + controls >= sample.length * 0.1) {
    return `binary data (${zeros + controls} control bytes in the first ${sample.length})`
  }
  return undefined
}

interface LegacyGuess {
  encoding: 'windows-1252' | 'gb18030'
  why: string
}

function guessLegacyEncoding(sample: Uint8Array, utf8Text: string): LegacyGuess | undefined {
  // A file with many well-formed UTF-8 characters and a few bad bytes is broken UTF-8, not another encoding.
  let validMultibyte = 0
  let replacements = 0
  const sampleText = utf8Text.length > sampleSize ? utf8Text.slice(0, sampleSize) : utf8Text
  for (let index = 0; index < sampleText.length; index++) {
    const code = sampleText.charCodeAt(index)
    if (code === 0xfffd) replacements++
    else if (code >= 0x80 && (code < 0xdc00 || code > 0xdfff)) validMultibyte++
  }
  if (validMultibyte > replacements) return undefined

  // Cut the sample at a line break so no multi-byte character is split.
  let end = sample.length
  if (end === sampleSize) {
    const lastBreak = sample.lastIndexOf(0x0a)
    if (lastBreak > 0) end = lastBreak + 1
  }
  const bytes = sample.subarray(0, end)

  let runs = 0
  let singleRuns = 0
  let highBytes = 0
  let undefinedBytes = 0
  let runLength = 0
  for (let index = 0; index <= bytes.length; index++) {
    const byte = index < bytes.length ? bytes[index]! : 0
    if (byte >= 0x80) {
      runLength++
      highBytes++
      if (undefined1252.has(byte)) undefinedBytes++
    } else if (runLength > 0) {
      runs++
      if (runLength === 1) singleRuns++
      runLength = 0
    }
  }
  if (runs === 0) return undefined

  const gb = decodeStrict(bytes, 'gb18030')
  if (gb !== undefined && singleRuns < runs * 0.5) {
    let nonAscii = 0
    let cjk = 0
    for (const character of gb) {
      const code = character.codePointAt(0)!
      if (code < 0x80) continue
      nonAscii++
      if (
        (code >= 0x3000 && code <= 0x303f) ||
        (code >= 0x3400 && code <= 0x9fff) ||
        (code >= 0xff00 && code <= 0xffef) ||
        (code >= 0x2010 && code <= 0x2027)
      )
        cjk++
    }
    if (nonAscii > 0 && cjk >= nonAscii * 0.8) {
      return {encoding: 'gb18030', why: `it is not valid UTF-8 and its ${highBytes} non-ASCII bytes read as Chinese in GB18030`}
    }
  }
  // Western text in Windows-1252: accented letters and curly quotes stand alone between ASCII letters.
  if (undefinedBytes === 0 && singleRuns >= runs * 0.6) {
    return {
      encoding: 'windows-1252',
      why: `it is not valid UTF-8 and its ${highBytes} non-ASCII bytes read as accented letters and punctuation in Windows-1252`
    }
  }
  return undefined
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * The `mojibake` message of one run of garbled text.
 *
 * @param match The run, from `findMojibake`.
 * @param offset Byte offset of the run in the input.
 * @param textOffset Offset of the run in the whole decoded text.
 * @returns The message.
 */
export function toMojibakeMessage(match: MojibakeMatch, offset: number, textOffset: number): DecodeMessage {
  return {
    ruleId: 'mojibake',
    reason: `Garbled text \`${match.actual}\` looks like \`${match.expected}\` once saved as UTF-8 and read back as Windows-1252`,
    offset,
    textOffset,
    fatal: false,
    note: `Replace \`${match.actual}\` with \`${match.expected}\`; the file was probably converted twice, so check the tool that exported it`,
    actual: match.actual,
    expected: match.expected
  }
}

/**
 * Map offsets in decoded text to byte offsets in the input, for messages found
 * in the text. Offsets must be asked in increasing order.
 */
function makeByteOffsetMapper(
  bytes: Uint8Array,
  encoding: string,
  text: string,
  start: number
): (textOffset: number) => number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return (textOffset) => start + 2 * textOffset
  if (encoding === 'windows-1252') return (textOffset) => start + textOffset
  if (encoding === 'utf-8') {
    let counted = 0
    let byteOffset = start
    return (textOffset) => {
      byteOffset += utf8Length(text, counted, textOffset)
      counted = textOffset
      return byteOffset
    }
  }
  // Multi-byte legacy encodings (GB18030 …) have no encoder here: find the
  // shortest prefix that decodes to at least `textOffset` code units.
  return (textOffset) => {
    let low = 0
    let high = bytes.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (new TextDecoder(encoding).decode(bytes.subarray(0, middle), {stream: true}).length >= textOffset) high = middle
      else low = middle + 1
    }
    return low
  }
}
