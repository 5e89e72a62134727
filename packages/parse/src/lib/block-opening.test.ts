import {describe, expect, it} from 'vitest'
import {readRunInHeading} from './block-opening.js'

describe('readRunInHeading', () => {
  it('should read a heading in bold before the paragraph’s text', () => {
    const text = '**1. Museum Mornings for Newcomer Families.** On the morning of Jan. 7th, the museum opened.'
    expect(readRunInHeading(text)).toEqual({title: 'Museum Mornings for Newcomer Families', end: text.indexOf('On the')})
    // (A date in bold is the item's opening date, no heading.)
    expect(readRunInHeading('**On July 10** the forum opened.')).toBeUndefined()
  })

  it('should read a short label before a sentence that opens with the date, as a web page’s lead-in in bold', () => {
    const text = 'China study tour. From November 5 to 11, a 15-member delegation visited Beijing.'
    expect(readRunInHeading(text)).toEqual({title: 'China study tour', end: text.indexOf('From')})
    expect(readRunInHeading('Youth exchange. On 24th June, volunteers arrived.')?.title).toBe('Youth exchange')
  })

  it('should read no label before an undated sentence, a field’s name, a dateline or a long sentence', () => {
    expect(readRunInHeading('The forum closed. Its report follows in May.')).toBeUndefined()
    expect(readRunInHeading('Date: 11 January 2021. The board met.')).toBeUndefined()
    expect(readRunInHeading('PORTLAND, Ore. — On Tuesday, Feb. 4, the governor welcomed guests.')).toBeUndefined()
    expect(readRunInHeading('In March. On March 3, the camp opened.')).toBeUndefined()
    expect(readRunInHeading('The association that our members founded with partners from eleven countries grew again. On May 5, it met.')).toBeUndefined()
  })
})
