/** Places offsets of text that arrives in pieces, as `vfile-location` places them in the whole text. */
export interface LineCounter {
  /** Add the next piece of text. */
  push(piece: string): void
  /** Line and column (1-based) of an offset of the text seen so far (not before the last `forget`). */
  toPoint(offset: number): {line: number; column: number}
  /** Drop what is known of the lines before the one holding `offset`: no later `toPoint` asks for them. */
  forget(offset: number): void
}

/**
 * Make a line counter for a stream: line breaks are CRLF, LF or CR (a CRLF
 * split between two pieces still counts once), the same as `vfile-location`,
 * so points match those of the whole-file parse. It keeps only the starts of
 * the lines not yet forgotten.
 *
 * @returns The line counter.
 * @example
 *   const lines = createLineCounter()
 *   lines.push('Title\r')
 *   lines.push('\nOn May 5')
 *   lines.toPoint(7) // {line: 2, column: 1}
 */
export function createLineCounter(): LineCounter {
  // Offsets where lines start, `starts[head]` being line `firstLine`.
  let starts: number[] = [0]
  let head = 0
  let firstLine = 1
  let length = 0
  let lastWasCr = false

  return {
    push(piece) {
      for (let index = 0; index < piece.length; index++) {
        const code = piece.charCodeAt(index)
        if (code === 10) {
          // The LF of a CRLF ends the line the CR ended: move that line's start after it.
          if (lastWasCr) starts[starts.length - 1] = length + index + 1
          else starts.push(length + index + 1)
          lastWasCr = false
        } else if (code === 13) {
          starts.push(length + index + 1)
          lastWasCr = true
        } else lastWasCr = false
      }
      length += piece.length
    },
    toPoint(offset) {
      let low = head
      let high = starts.length - 1
      // The last line start at or before `offset`.
      while (low < high) {
        const middle = (low + high + 1) >>> 1
        if (starts[middle]! <= offset) low = middle
        else high = middle - 1
      }
      return {line: firstLine + low - head, column: offset - starts[low]! + 1}
    },
    forget(offset) {
      while (head + 1 < starts.length && starts[head + 1]! <= offset) {
        head++
        firstLine++
      }
      if (head > 4096 && head * 2 > starts.length) {
        starts = starts.slice(head)
        head = 0
      }
    }
  }
}
