import {describe, expect, it} from 'vitest'
import {findBadOrdinals, ordinalSuffix} from './find-bad-ordinals.js'

describe('findBadOrdinals', () => {
  it('should report `23th`, `142th`, `1th` and `12nd` with the right form', () => {
    const text = 'the 23th Games, the 142th meeting, the 1th day, the 12nd time'
    expect(findBadOrdinals(text).map((issue) => [issue.actual, issue.expected?.[0], text.slice(issue.start, issue.end)])).toEqual([
      ['23th', '23rd', '23th'],
      ['142th', '142nd', '142th'],
      ['1th', '1st', '1th'],
      ['12nd', '12th', '12nd']
    ])
  })

  it('should accept right ordinals, 11th to 13th and 111th included', () => {
    expect(findBadOrdinals('1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th 112th 142nd 1000th')).toEqual([])
  })

  it('should keep the case of the suffix', () => {
    expect(findBadOrdinals('THE 23TH GAMES')[0]?.expected).toEqual(['23RD'])
  })

  it('should not read parts of words as ordinals', () => {
    expect(findBadOrdinals('a 5thousand b3rd x23th')).toEqual([])
  })

  it('should give suffixes as English writes them', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 100, 101, 111, 112].map(ordinalSuffix)).toEqual([
      'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'st', 'nd', 'rd', 'th', 'st', 'th', 'th'
    ])
  })
})
