import {describe, expect, it} from 'vitest'
import {splitSentences} from './extract-sentences.js'

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text)

describe('splitSentences', () => {
  it('should not end a sentence at a title, a month or a place’s initials inside it', () => {
    expect(texts('On Jan. 7th, Dr. Li arrived in Washington D.C. on a visit. He spoke.')).toEqual([
      'On Jan. 7th, Dr. Li arrived in Washington D.C. on a visit.',
      'He spoke.'
    ])
  })

  it('should end a sentence at a place’s initials or a legal form when a sentence opener follows', () => {
    expect(texts('The event was hosted by the IDB in Washington D.C. The study surveyed 1,500 families.')).toEqual([
      'The event was hosted by the IDB in Washington D.C.',
      'The study surveyed 1,500 families.'
    ])
    expect(texts('Medicines came from Acme Pharma Ltd. Since 2016, it has run nine missions.')).toEqual([
      'Medicines came from Acme Pharma Ltd.',
      'Since 2016, it has run nine missions.'
    ])
    // (A name goes on after them: `D.C. Metro`, `Ltd. Kenya`.)
    expect(texts('It met at the D.C. Metro office.')).toHaveLength(1)
  })
})
