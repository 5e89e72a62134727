import {describe, expect, it} from 'vitest'
import {makeBaseId, type ItemIdInput} from './make-item-ids.js'

// What `makeBaseId` read words with before it scanned character codes: the reference for the scan.
const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu
const stopWords = new Set(['the', 'of', 'and', 'in', 'on', 'a'])

/** The words the pattern finds from `after` (all of them, not only the key words). */
function patternWords(text: string, after: number): string[] {
  wordPattern.lastIndex = after
  const words: string[] = []
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text)) !== null) words.push(match[0])
  return words
}

describe('makeBaseId', () => {
  it('should take the date and the first five key words after the date wording', () => {
    const item: ItemIdInput = {date: {start: '2018-01-10', text: 'On January 10'}, text: 'On January 10, the 2nd Dialogue of Parliament Speakers of North Europe met.', after: 13}
    expect(makeBaseId(item)).toBe('2018-01-10-2nd-dialogue-parliament-speakers-north')
  })

  it('should read words as `/[\\p{L}\\p{N}]+(?:[\'’]\\p{L}+)*/u` does: apostrophes, accents, other scripts, astral letters', () => {
    const pieces = ['it’s', "rock'n'roll", "9's", "a'1", "''", 'x’', 'café', 'Ǆemal', '①②', '٣٤', '北京', '𝒜b', '😀', 'e\u0301', '-', '“', '\u00a0', ' ', '\t', '.']
    let seed = 5
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    for (let round = 0; round < 2000; round++) {
      let text = ''
      const count = 1 + Math.floor(random() * 14)
      for (let index = 0; index < count; index++) text += pieces[Math.floor(random() * pieces.length)]
      const after = Math.floor(random() * (text.length + 1))
      const expected = patternWords(text, after)
        .map((word) => word.replace(/['’]/g, ''))
        .filter((word) => !/^\p{N}+$/u.test(word) && !stopWords.has(word.toLowerCase()))
      // Each word the pattern finds, five at most, is in the id (as a slug): compare word counts through a word
      // no stop list holds, by putting the found words back into a text of their own.
      const alone = makeBaseId({date: null, text: expected.join(' '), after: 0})
      expect(makeBaseId({date: null, text, after})).toBe(alone)
    }
  })

  it('should start reading inside a surrogate pair where the pattern would', () => {
    const text = 'a😀b c𝒜d e'
    for (let after = 0; after <= text.length; after++) {
      const expected = patternWords(text, after).slice(0, 5).join(' ')
      expect(makeBaseId({date: null, text, after})).toBe(makeBaseId({date: null, text: expected, after: 0}))
    }
  })
})
