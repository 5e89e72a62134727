import {endsSentenceAfterAbbreviation, periodAbbreviations} from './abbreviations.js'

// Words that end with a period without ending the sentence (see `periodAbbreviations`).
const abbreviations = periodAbbreviations

const candidate = /[.!?]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
const lastWord = /(\p{L}+)$/u
const periodLetter = /\.\p{L}$/u

/**
 * Find where the first sentence of `text` ends: after a `.`, `!` or `?` that is
 * followed by a space and a capital or a digit, and that does not close an
 * abbreviation (`Jan.`, `Dr.`, `D.C.`).
 *
 * @param text Text to read (example: `'On Jan. 7th, Dr. Li arrived. He spoke.'`).
 * @param from Offset to start looking at (optional, default `0`).
 * @returns Offset just after the sentence’s final punctuation, or `text.length`.
 */
export function findSentenceEnd(text: string, from = 0): number {
  // The shared pattern is safe: nothing in the loop calls out before it is done with `lastIndex`.
  const pattern = candidate
  pattern.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    const before = lastWord.exec(text.slice(Math.max(0, match.index - 12), match.index))
    const word = before?.[1]
    const isAbbreviation =
      text.charAt(match.index) === '.' &&
      word !== undefined &&
      (word.length === 1 || abbreviations.has(word.toLowerCase()) || periodLetter.test(text.slice(match.index - 2, match.index)))
    // (`… in Washington D.C. The study …`: a place's initials may end the sentence.)
    if (!isAbbreviation || endsSentenceAfterAbbreviation(text.slice(Math.max(0, match.index - 12), match.index).split(/\s/).at(-1)!, text.slice(match.index + 1, match.index + 13))) {
      return match.index + match[0].trimEnd().length
    }
  }
  return text.length
}
