import {describe, expect, it} from 'vitest'
import {findSentenceEnd} from './find-sentence-end.js'

describe('findSentenceEnd', () => {
  it('should skip the periods of abbreviations and initials', () => {
    const text = 'On Jan. 7th, Dr. Li arrived. He spoke.'
    expect(text.slice(0, findSentenceEnd(text))).toBe('On Jan. 7th, Dr. Li arrived.')
  })

  it('should end the sentence at a place’s initials when a sentence opener follows', () => {
    const text = 'It was held in Washington D.C. The study followed.'
    expect(text.slice(0, findSentenceEnd(text))).toBe('It was held in Washington D.C.')
    const name = 'It was held in Washington D.C. Metro hall. Then it ended.'
    expect(name.slice(0, findSentenceEnd(name))).toBe('It was held in Washington D.C. Metro hall.')
  })
})
