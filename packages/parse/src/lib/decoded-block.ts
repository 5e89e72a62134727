import type {Block} from './block.js'

/**
 * A paragraph whose text is decoded from the source between `start` and `end` (a feed's entities, a JSON string's
 * escapes), which may be longer than the text: each character of the text at its place in the source, as near as the
 * span allows (`sourceOffsets` is set only when the lengths differ).
 *
 * @param text The decoded text.
 * @param start Where its source begins.
 * @param end Where its source ends.
 * @returns The paragraph.
 * @example
 *   toDecodedBlock('Tom & Jerry', 10, 25).sourceOffsets?.at(-1) // 20
 */
export function toDecodedBlock(text: string, start: number, end: number): Block {
  const block: Block = {text, offset: start, length: end - start}
  if (end - start !== text.length) block.sourceOffsets = Array.from({length: text.length}, (_, index) => Math.min(end - 1, start + index))
  return block
}
