import {z} from 'zod'

const count = z.number().int().nonnegative()
const position = z.number().int().positive()

/**
 * Where an item's text stands in its bulletin: `offset` and `length` in UTF-16
 * code units of the decoded text (so `text.slice(offset, offset + length)` is
 * the item's body), `line` and `column` 1-based.
 */
export const SourceRef = z
  .object({
    bulletin: z.string().min(1).describe('Bulletin id or file name the item came from.'),
    line: position,
    column: position,
    offset: count,
    length: count
  })
  .meta({id: 'SourceRef', description: 'Where an item stands in its bulletin.'})

/** Where an item's text stands in its bulletin. */
export type SourceRef = z.infer<typeof SourceRef>
