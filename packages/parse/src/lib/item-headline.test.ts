import {describe, expect, it} from 'vitest'
import type {Block} from './block.js'
import {isItemHeadline} from './item-headline.js'

const block = (text: string): Block => ({text, offset: 0, length: text.length})
const item = block('On July 10, the foundation handed over the last batch of solar lamps to 3,000 households in Myanmar.')

describe('isItemHeadline', () => {
  it('should take a headline in mixed case that shares content words with the item', () => {
    expect(isItemHeadline(block('Solar Lamps Reach 3,000 Households in Myanmar'), item, undefined)).toBe(true)
  })

  it('should not take section headings, date headings, colons or the title repeated', () => {
    expect(isItemHeadline(block('ASIA AND THE PACIFIC'), item, undefined)).toBe(false)
    expect(isItemHeadline(block('Asia'), item, undefined)).toBe(false)
    expect(isItemHeadline(block('July 2019'), item, undefined)).toBe(false)
    expect(isItemHeadline(block('Solar lamps in Myanmar:'), item, undefined)).toBe(false)
    expect(isItemHeadline(block('News of Solar Households'), item, block('News of Solar Households (2019.7-2019.12)'))).toBe(false)
  })

  it('should not take a heading about something else', () => {
    expect(isItemHeadline(block('Board Elects New Chair'), item, undefined)).toBe(false)
  })
})
