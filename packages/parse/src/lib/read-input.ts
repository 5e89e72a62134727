import {VFile} from 'vfile'
import {decodeInput, toMojibakeMessage, type DecodeMessage} from './decode-input.js'
import {findMojibake} from './find-mojibake.js'

/** The input as a file of text, with the problems met decoding it. */
export interface ReadInputResult {
  /** The file; its value is now the decoded text. */
  file: VFile
  /** Problems met decoding bytes (or mojibake in a string). */
  messages: DecodeMessage[]
}

function isVFile(value: unknown): value is VFile {
  return (
    value instanceof VFile ||
    (typeof value === 'object' &&
      value !== null &&
      'messages' in value &&
      Array.isArray((value as VFile).messages) &&
      typeof (value as VFile).message === 'function' &&
      'data' in value)
  )
}

/**
 * Turn a string, bytes or a VFile into a VFile whose value is text: bytes are
 * decoded with {@link decodeInput} (BOM, UTF-16, Windows-1252, GB18030); a
 * string is kept as it is (a leading BOM too, so offsets stay those of the
 * string) and checked for mojibake.
 *
 * @param input What the caller passed.
 * @param name Function name for the error message (example: `'parseBulletin'`).
 * @param path File name to give a new VFile (optional).
 * @param encoding Encoding of bytes, instead of detecting it (optional).
 * @returns The file and the decoding messages.
 */
export function readInput(input: unknown, name: string, path?: string, encoding?: string): ReadInputResult {
  let file: VFile
  if (isVFile(input)) file = input
  else if (typeof input === 'string' || input instanceof Uint8Array) file = new VFile(path === undefined ? {value: input} : {value: input, path})
  else if (input === undefined || input === null) {
    throw new TypeError(`Cannot call \`${name}\` without input. Pass a string, a Buffer (or \`Uint8Array\`) or a VFile.`)
  } else {
    throw new TypeError(
      `Cannot call \`${name}\` with ${Array.isArray(input) ? 'an array' : `a ${typeof input}`}. Pass a string, a Buffer (or \`Uint8Array\`) or a VFile.`
    )
  }

  const value: unknown = file.value
  if (value instanceof Uint8Array) {
    const decoded = decodeInput(value, encoding === undefined ? {} : {encoding})
    file.value = decoded.text
    return {file, messages: decoded.messages}
  }
  if (value === undefined || value === null) file.value = ''
  else if (typeof value !== 'string') {
    throw new TypeError(`Cannot call \`${name}\` with a VFile whose \`value\` is a ${typeof value}. Set \`file.value\` to a string or bytes.`)
  }
  const text = String(file.value)
  const messages: DecodeMessage[] = findMojibake(text).map((match) => toMojibakeMessage(match, match.offset, match.offset))
  return {file, messages}
}
