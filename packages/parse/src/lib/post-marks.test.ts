import {describe, expect, it} from 'vitest'
import {hasEmoji, isHashtagLine, mayHoldEmoji} from './post-marks.js'

describe('hasEmoji', () => {
  it('should tell a text with an emoji from one without', () => {
    expect(hasEmoji('📅 10 Jan 2025 | 📍 Almaty')).toBe(true)
    expect(hasEmoji('A fair ❄️ in Osh')).toBe(true)
    expect(hasEmoji('On January 10, a forum opened in Almaty — “Water” · 2025.')).toBe(false)
    expect(mayHoldEmoji('On January 10, a forum opened.')).toBe(false)
  })
})

describe('isHashtagLine', () => {
  it('should tell a line of hashtags only', () => {
    expect(isHashtagLine('#Heritage #SilkRoadFriends')).toBe(true)
    expect(isHashtagLine('#Heritage was the word of the day.')).toBe(false)
  })
})
