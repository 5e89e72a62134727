import {describe, expect, it} from 'vitest'
import {readFixture} from '../../test/gold.ts'
import {tokenizeDateText, type DateToken} from './tokenize-date-text.js'

// The token grammar as one regular expression, the way it was read before the ASCII fast path: the reference.
const reference = /(\d+)(st|nd|rd|th)?(?![\p{L}\p{N}])|(\p{L}+(?:['’]\p{L}+)*)|(,)|([-\u2010-\u2015~\u2212])|(\S)/gu
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const lowerCaseNotMonth = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr'])

function tokenizeWithPattern(text: string, from = 0, to = text.length): DateToken[] {
  const tokens: DateToken[] = []
  const pattern = new RegExp(reference)
  pattern.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null && match.index < to) {
    const start = match.index
    let end = start + match[0].length
    if (match[1] !== undefined) {
      tokens.push({type: 'number', value: Number(match[1]), digits: match[1].length, ordinal: match[2]?.toLowerCase(), start, end})
    } else if (match[3] !== undefined) {
      const lower = match[3].toLowerCase()
      const index = months.findIndex((name) => name === lower || name.slice(0, 3) === lower || (lower === 'sept' && name === 'september'))
      const capital = match[3].charAt(0) !== match[3].charAt(0).toLowerCase()
      if (index >= 0 && (capital || !lowerCaseNotMonth.has(lower))) {
        if (lower.length < months[index]!.length && text.charAt(end) === '.') pattern.lastIndex = ++end
        tokens.push({type: 'month', month: index + 1, start, end})
      } else {
        tokens.push({type: 'word', lower, capital, start, end})
      }
    } else if (match[4] !== undefined) tokens.push({type: 'comma', start, end})
    else if (match[5] !== undefined) tokens.push({type: 'dash', start, end})
    else tokens.push({type: 'other', start, end})
  }
  return tokens
}

describe('tokenizeDateText', () => {
  it('should read `On Jan. 7th, 2018 – 23rd3 may’s` into a month, numbers, marks and words', () => {
    expect(tokenizeDateText('On Jan. 7th, 2018 – 23rd3 may’s').map((token) => token.type)).toEqual([
      'word',
      'month',
      'number',
      'comma',
      'number',
      'dash',
      'other',
      'other',
      'word',
      'number',
      'word'
    ])
  })

  it('should give the tokens of the reference pattern on every paragraph of the fixture', () => {
    const {text} = readFixture('sironet-2018-h1.txt')
    for (let start = 0; start < text.length; start += 211) {
      const to = Math.min(text.length, start + 500)
      expect(tokenizeDateText(text, start, to)).toEqual(tokenizeWithPattern(text, start, to))
    }
  })

  it('should give the tokens of the reference pattern on non-ASCII letters, spaces, apostrophes and glued numbers', () => {
    const samples = [
      'Zürich, 13th–14th Mai',
      'On\u00a0June\u20035th\ufeff, in Malmö’s centre',
      'O’Neill and d’Arcy met 5th-6th Sept.',
      'from 1st to 2ndx, 3rd4 and 10th',
      '中国 2018年 6月 5日',
      '𝐀 bold 𝐁, ٣ Arabic three and 4٣',
      "the people's May 4th",
      "it's done by 12' and 7'"
    ]
    for (const sample of samples) {
      for (let from = 0; from <= sample.length; from++) {
        expect(tokenizeDateText(sample, from)).toEqual(tokenizeWithPattern(sample, from))
        expect(tokenizeDateText(sample, 0, from)).toEqual(tokenizeWithPattern(sample, 0, from))
      }
    }
  })

  it('should give the same tokens read a few at a time, each read starting at the last token’s end', () => {
    const {text} = readFixture('sironet-2018-h1.txt')
    const samples = [text.slice(0, 3000), 'Zürich, 13th–14th Mai', 'On\u00a0June\u20035th\ufeff, in Malmö’s centre', '𝐀 bold 𝐁, ٣ Arabic three and 4٣']
    for (const sample of samples) {
      const whole = tokenizeDateText(sample)
      for (const limit of [1, 2, 7]) {
        const pieces: DateToken[] = []
        for (;;) {
          const more = tokenizeDateText(sample, pieces.at(-1)?.end ?? 0, sample.length, limit)
          expect(more.length).toBeLessThanOrEqual(limit)
          pieces.push(...more)
          if (more.length < limit) break
        }
        expect(pieces).toEqual(whole)
      }
    }
  })
})
