import {describe, expect, it} from 'vitest'
import {looksLikeHeading, looksLikeHeadingOverLines} from './looks-like-heading.js'

describe('looksLikeHeadingOverLines', () => {
  it('should read a title over two lines as a heading', () => {
    const title = 'PFOAC News of International Exchanges\nHalf-year bulletin n°14 (January – June 2021)'
    expect(looksLikeHeadingOverLines(title)).toBe(true)
  })

  it('should read lines that end a sentence as no heading', () => {
    expect(looksLikeHeadingOverLines('On 12 May the forum opened\nin Almaty with 40 guests.')).toBe(false)
  })

  it('should allow 200 characters where a line allows 120', () => {
    const words = 'Intercontinental Partnerships Strengthening Humanitarian Cooperation Between Volunteer Organizations Throughout Central Asian Regions'
    expect(words.length).toBeGreaterThan(120)
    expect(looksLikeHeading(words)).toBe(false)
    expect(looksLikeHeadingOverLines(words.replace(' Between ', '\nBetween '))).toBe(true)
    expect(looksLikeHeadingOverLines(`${words} ${words}`)).toBe(false)
  })
})
