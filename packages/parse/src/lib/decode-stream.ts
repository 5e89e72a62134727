import {
  canonicalEncoding,
  decodeWindows1252,
  describeBinary,
  findInvalidUtf8,
  guessUtf16,
  invalidMessage,
  sampleSize,
  toMojibakeMessage,
  type DecodeMessage
} from './decode-input.js'
import {findMojibake} from './find-mojibake.js'

/** How the bytes of a stream are decoded piece by piece. */
export type StreamDecoding = {encoding: 'utf-8'; start: number} | {encoding: 'windows-1252'}

/** Decodes the bytes of a stream as they come. */
export interface StreamDecoder {
  /** Decode the next bytes: the text they complete and the problems found in it. */
  push(bytes: Uint8Array): DecodedPiece
  /** Decode what is left at the end of the input. */
  end(): DecodedPiece
}

/** Text decoded from a piece of a stream. */
export interface DecodedPiece {
  /** The text. */
  text: string
  /** Problems met (`invalid-encoding`, `mojibake`), placed by `textOffset` in the whole text. */
  messages: DecodeMessage[]
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte)
}

/**
 * Decide, from the first bytes of a stream (at least `sampleSize` of them),
 * how to decode it piece by piece so the text and messages are those
 * `decodeInput` gives for the whole input: UTF-8 (a byte order mark, or a
 * sample that is valid UTF-8 and not binary or UTF-16), or a forced UTF-8 or
 * Windows-1252. Anything else (UTF-16, GB18030, guessed legacy encodings,
 * binary) gives `undefined`: read the whole input then.
 *
 * @param head The first bytes.
 * @param encoding Encoding label the caller forced (optional).
 * @returns The decoding, or `undefined`.
 */
export function planStreamDecoding(head: Uint8Array, encoding?: string): StreamDecoding | undefined {
  const bom = startsWith(head, [0xef, 0xbb, 0xbf])
  if (encoding !== undefined) {
    const name = canonicalEncoding(encoding)
    if (name === 'utf-8') return {encoding: 'utf-8', start: bom ? 3 : 0}
    if (name === 'windows-1252') return {encoding: 'windows-1252'}
    return undefined
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || startsWith(head, [0x00, 0x00, 0xfe, 0xff])) return undefined
  if (bom) return {encoding: 'utf-8', start: 3}
  const sample = head.subarray(0, Math.min(head.length, sampleSize))
  if (guessUtf16(sample) || describeBinary(sample)) return undefined
  try {
    // Stream mode: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', {fatal: true}).decode(sample, {stream: true})
    return {encoding: 'utf-8', start: 0}
  } catch {
    return undefined
  }
}

/**
 * Find mojibake in text that arrives in pieces, line by line (a run of
 * mojibake never spans a line break), so it finds what `findMojibake` finds
 * in the whole text, placed in the whole text.
 *
 * @returns `push(text)` and `end()`, each giving the messages of the lines completed.
 */
export function createMojibakeScanner(): {push(text: string): DecodeMessage[]; end(): DecodeMessage[]} {
  let carry = ''
  let carryStart = 0

  function scan(text: string, base: number): DecodeMessage[] {
    // The parse places messages by `textOffset`; a byte offset is not tracked here.
    return findMojibake(text).map((match) => toMojibakeMessage(match, base + match.offset, base + match.offset))
  }

  return {
    push(text) {
      const whole = carry + text
      const cut = Math.max(whole.lastIndexOf('\n'), whole.lastIndexOf('\r')) + 1
      if (cut === 0) {
        carry = whole
        return []
      }
      const messages = scan(whole.slice(0, cut), carryStart)
      carry = whole.slice(cut)
      carryStart += cut
      return messages
    },
    end() {
      const messages = carry.length > 0 ? scan(carry, carryStart) : []
      carryStart += carry.length
      carry = ''
      return messages
    }
  }
}

/** Length of the start of `bytes` that holds only whole UTF-8 sequences (valid or not): a decoder is clean after it. */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length
  for (let index = length - 1; index >= Math.max(0, length - 4); index--) {
    const byte = bytes[index]!
    if ((byte & 0xc0) === 0x80) continue
    if (byte < 0xc2 || byte > 0xf4) return length
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
    return length - index >= need ? length : index
  }
  return length
}

/**
 * Make a decoder for the bytes of a stream: UTF-8 is cut between whole
 * sequences and each piece decoded, so the text equals that of one decode;
 * the first invalid sequence gives the `invalid-encoding` message
 * `decodeInput` gives, with its byte offset; mojibake gives `mojibake`
 * messages. Windows-1252 has one byte per character: each piece is decoded alone.
 *
 * @param decoding From {@link planStreamDecoding}.
 * @returns The decoder.
 */
export function createStreamDecoder(decoding: StreamDecoding): StreamDecoder {
  const mojibake = createMojibakeScanner()
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true})
  let skip = decoding.encoding === 'utf-8' ? decoding.start : 0
  let tail: Uint8Array = new Uint8Array(0)
  let byteBase = skip
  let textLength = 0
  let foundInvalid = false

  function decodeUtf8(piece: Uint8Array): DecodedPiece {
    const text = decoder.decode(piece)
    const messages: DecodeMessage[] = []
    if (!foundInvalid && text.includes('\uFFFD')) {
      // As `decodeInput`: the first U+FFFD that is not a literal EF BF BD is the first bad sequence.
      const invalid = findInvalidUtf8(text, piece)
      if (invalid) {
        messages.push(invalidMessage('utf-8', piece, invalid.byteOffset, textLength + invalid.index, byteBase))
        foundInvalid = true
      }
    }
    byteBase += piece.length
    textLength += text.length
    return {text, messages}
  }

  function finish(piece: DecodedPiece, final: boolean): DecodedPiece {
    for (const message of mojibake.push(piece.text)) piece.messages.push(message)
    if (final) for (const message of mojibake.end()) piece.messages.push(message)
    return piece
  }

  return {
    push(bytes) {
      if (decoding.encoding === 'windows-1252') return finish({text: decodeWindows1252(bytes).text, messages: []}, false)
      let whole = bytes
      if (tail.length > 0) {
        whole = new Uint8Array(tail.length + bytes.length)
        whole.set(tail)
        whole.set(bytes, tail.length)
      }
      if (skip > 0) {
        const skipped = Math.min(skip, whole.length)
        whole = whole.subarray(skipped)
        skip -= skipped
      }
      const cut = completeLength(whole)
      tail = whole.slice(cut)
      return finish(decodeUtf8(whole.subarray(0, cut)), false)
    },
    end() {
      if (decoding.encoding === 'windows-1252') return finish({text: '', messages: []}, true)
      const rest = tail
      tail = new Uint8Array(0)
      return finish(decodeUtf8(rest), true)
    }
  }
}
