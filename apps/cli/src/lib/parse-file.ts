import {readFileSync} from 'node:fs'
import {validateNewsItem, type NewsItem} from '@sironet/model'
import {toBuildMessage, type BuildMessage} from './build-messages.js'

/** One record a parser gave, checked: the valid record, or where it is and what is wrong. */
export type CheckedCandidate = {ok: true; item: NewsItem; line: number; column: number} | {ok: false; issues: string[]; line: number; column: number}

/** A bulletin file parsed and its records checked, in the parser's order; or why it could not be read. */
export type ParsedFile = {messages: BuildMessage[]; candidates: CheckedCandidate[]} | {error: string}

/** A parser with the shape of `parseBulletin` of `@sironet/parse`. */
export type ParseBytes = (
  input: Uint8Array,
  options: {source: string}
) => {items: readonly unknown[]; messages: readonly unknown[]}

/**
 * Check one record a parser gave against the model: the same work wherever the
 * file was parsed (on the main thread or a parsing thread).
 *
 * @param candidate What the parser gave.
 */
export function checkCandidate(candidate: unknown): CheckedCandidate {
  const source = ((candidate ?? {}) as {source?: {line?: number; column?: number}}).source
  const line = source?.line ?? 1
  const column = source?.column ?? 1
  const checked = validateNewsItem(candidate)
  return checked.ok ? {ok: true, item: checked.value, line, column} : {ok: false, issues: checked.issues, line, column}
}

/**
 * Read a whole bulletin file, parse it and check its records. Never throws: a
 * file that cannot be read or parsed gives `{error}` with the reason.
 *
 * @param file Absolute path.
 * @param name The file's name in messages.
 * @param parse The parser.
 */
export function parseBulletinFile(file: string, name: string, parse: ParseBytes): ParsedFile {
  try {
    const bytes = readFileSync(file)
    const result = parse(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {source: name})
    return {messages: result.messages.map((message) => toBuildMessage(name, message)), candidates: result.items.map(checkCandidate)}
  } catch (error) {
    return {error: error instanceof Error ? error.message : String(error)}
  }
}
