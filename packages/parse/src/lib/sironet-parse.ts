import type {Transformer} from 'unified'
import {parseBulletin, type ParseOptions} from './parse-bulletin.js'

/**
 * unified plugin that reads the file being processed as a bulletin: after
 * parsing (with `rehype-parse` for a web page, or any parser), it puts the
 * records in `file.data.bulletin`, `file.data.items` and
 * `file.data.paragraphs`, and the problems in `file.messages`, as
 * {@link parseBulletin} does. The tree passes through unchanged.
 *
 * @param options Options of {@link parseBulletin} (optional).
 * @returns The transformer.
 * @example
 *   const file = new VFile({path: 'bulletin.html', value: html})
 *   await unified().use(rehypeParse).use(sironetParse).use(rehypeStringify).process(file)
 *   file.data.items // NewsItem[]
 */
export function sironetParse(options?: ParseOptions): Transformer {
  // Check the options when the processor is frozen, rather than on the first file.
  parseBulletin('', options)
  return function (_tree, file) {
    parseBulletin(file, options)
  }
}
