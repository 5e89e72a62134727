import {closeSync, openSync, readSync, writeSync} from 'node:fs'

/** Bytes read or written at a time. */
const blockSize = 1 << 20

/** The smallest block `get` reads when the texts asked for are far apart. */
const smallBlockSize = 1 << 12

/**
 * A temporary file of texts (one JSON record or summary each) written one
 * after the other and read back by number: forward or backward in blocks of
 * about 1 MB, or one at a time. Only the byte offset of each text stays in
 * memory (8 bytes a text).
 */
export interface RecordFile {
  /** How many texts were appended. */
  readonly count: number
  /** Append a text; returns its number (the first is `0`). */
  append(text: string): number
  /** Texts `start` to `end - 1`, in that order, or from `end - 1` down to `start` with `backward`. */
  read(start: number, end: number, backward?: boolean): Generator<string, void, undefined>
  /**
   * Text number `index`. Reads of increasing numbers are served from the block
   * last read, which is twice the size of what the one before served: from
   * 4 kB for texts far apart up to about 1 MB for a scan in order.
   */
  get(index: number): string
  /** Bytes read from the file so far, by `read` and `get`. */
  readonly bytesRead: number
  /** Close the file (it is deleted with its folder by the caller). */
  close(): void
}

/**
 * Create (or truncate) a record file at `path`.
 *
 * @param path Where the file goes, in a temporary folder.
 */
export function createRecordFile(path: string): RecordFile {
  const fd = openSync(path, 'w+')
  let offsets = new Float64Array(1024)
  let count = 0
  let pending: string[] = []
  let pendingBytes = 0
  // The block `get` read last: texts `windowStart`…`windowEnd - 1`, of which `windowUsed` bytes were asked for.
  let window: Buffer | undefined
  let windowStart = 0
  let windowEnd = 0
  let windowUsed = 0
  // How many bytes `get` reads next: a scan in order uses whole blocks; the texts of one group
  // among thousands (an index's summaries) use a few texts of each, and 1 MB reads for them
  // would read the file many times over.
  let windowSize = smallBlockSize
  let bytesRead = 0

  const flush = () => {
    if (pending.length === 0) return
    const bytes = Buffer.from(pending.join(''), 'utf8')
    let done = 0
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, offsets[count - pending.length]! + done)
    pending = []
    pendingBytes = 0
  }
  /** Read texts `start`…`end - 1` (at least one, at most about a block) into one buffer. */
  const readBlock = (start: number, end: number): Buffer => {
    flush()
    const from = offsets[start]!
    const buffer = Buffer.allocUnsafe(offsets[end]! - from)
    let done = 0
    while (done < buffer.length) {
      const read = readSync(fd, buffer, done, buffer.length - done, from + done)
      if (read === 0) throw new Error(`The temporary file ${path} ended early`)
      done += read
    }
    bytesRead += buffer.length
    return buffer
  }
  const textOf = (buffer: Buffer, start: number, index: number) =>
    buffer.toString('utf8', offsets[index]! - offsets[start]!, offsets[index + 1]! - offsets[start]!)

  return {
    get count() {
      return count
    },
    get bytesRead() {
      return bytesRead
    },
    append(text) {
      if (count + 1 >= offsets.length) {
        const grown = new Float64Array(offsets.length * 2)
        grown.set(offsets)
        offsets = grown
      }
      const bytes = Buffer.byteLength(text, 'utf8')
      offsets[count + 1] = offsets[count]! + bytes
      pending.push(text)
      pendingBytes += bytes
      if (pendingBytes >= blockSize) {
        count++
        flush()
        return count - 1
      }
      return count++
    },
    *read(start, end, backward = false) {
      if (backward) {
        let last = end
        while (last > start) {
          let first = last - 1
          while (first > start && offsets[last]! - offsets[first - 1]! <= blockSize) first--
          const buffer = readBlock(first, last)
          for (let index = last - 1; index >= first; index--) yield textOf(buffer, first, index)
          last = first
        }
        return
      }
      let first = start
      while (first < end) {
        let last = first + 1
        while (last < end && offsets[last + 1]! - offsets[first]! <= blockSize) last++
        const buffer = readBlock(first, last)
        for (let index = first; index < last; index++) yield textOf(buffer, first, index)
        first = last
      }
    },
    get(index) {
      if (!window || index < windowStart || index >= windowEnd) {
        // Twice what the last block served: a scan doubles it, texts far apart bring it down at once.
        if (window) windowSize = Math.min(blockSize, Math.max(smallBlockSize, windowUsed * 2))
        let last = index + 1
        while (last < count && offsets[last + 1]! - offsets[index]! <= windowSize) last++
        window = readBlock(index, last)
        windowStart = index
        windowEnd = last
        windowUsed = 0
      }
      windowUsed += offsets[index + 1]! - offsets[index]!
      return textOf(window, windowStart, index)
    },
    close() {
      pending = []
      window = undefined
      closeSync(fd)
    }
  }
}
