import {describe, expect, it} from 'vitest'
import {tokenize} from './extract-tokens.js'

const texts = (text: string) => tokenize(text, 1).map((token) => token.text)

describe('tokenize', () => {
  it('should keep a period on initials and abbreviations, not after a word', () => {
    expect(texts('in Washington D.C., and Beijing.')).toEqual(['in', 'Washington', 'D.C.', ',', 'and', 'Beijing', '.'])
    expect(texts('Mr. Li met Prof. Wang and Dr. Ma of Acme Inc. today')).toEqual(['Mr.', 'Li', 'met', 'Prof.', 'Wang', 'and', 'Dr.', 'Ma', 'of', 'Acme', 'Inc.', 'today'])
    expect(texts('the U.S. and Mrs. Lee')).toEqual(['the', 'U.S.', 'and', 'Mrs.', 'Lee'])
    expect(texts('A. Smith')).toEqual(['A.', 'Smith'])
  })

  it('should not keep the period of a longer word or of a number', () => {
    expect(texts('Profs. met Corp. at 10.')).toEqual(['Profs', '.', 'met', 'Corp', '.', 'at', '10', '.'])
    expect(texts('Lima.Peru and 3.5')).toEqual(['Lima', '.', 'Peru', 'and', '3', '.', '5'])
  })

  it('should join words over hyphens, apostrophes and an en dash between names', () => {
    expect(texts('People’s All-China China–Africa forum–day')).toEqual(['People’s', 'All-China', 'China–Africa', 'forum', '–', 'day'])
  })

  it('should read letters outside ASCII and combining marks as parts of words', () => {
    expect(texts('Zürich, Ñandú and São\u0301 Paulo')).toEqual(['Zürich', ',', 'Ñandú', 'and', 'São\u0301', 'Paulo'])
  })

  it('should skip white space of every kind and give offsets into the item', () => {
    const text = 'Hi\u00a0there,\u2028Li'
    const tokens = tokenize(text, 5)
    expect(tokens.map((token) => [token.text, token.start, token.end, token.word])).toEqual([
      ['Hi', 5, 7, true],
      ['there', 8, 13, true],
      [',', 13, 14, false],
      ['Li', 15, 17, true]
    ])
    for (const token of tokens) expect(text.slice(token.start - 5, token.end - 5)).toBe(token.text)
  })

  it('should split two sentences glued at a period where the space was lost, and keep initials and abbreviations whole', () => {
    expect(tokenize('in Karachi.Ali Raza spoke').map((token) => token.text)).toEqual(['in', 'Karachi', '.', 'Ali', 'Raza', 'spoke'])
    expect(tokenize('in Washington D.C. and U.S.A').map((token) => token.text)).toEqual(['in', 'Washington', 'D.C.', 'and', 'U.S.A'])
  })
})
