import {describe, expect, it} from 'vitest'
import {getEnglishWords, isEnglishWord} from './english-words.js'

describe('isEnglishWord', () => {
  it('should know English words in any case and not proper names', () => {
    expect(isEnglishWord('Development')).toBe(true)
    expect(isEnglishWord('peace')).toBe(true)
    expect(isEnglishWord('Kyushu')).toBe(false)
    expect(isEnglishWord('Chonnam')).toBe(false)
  })

  it('should make the set once', () => {
    expect(getEnglishWords()).toBe(getEnglishWords())
    expect(getEnglishWords().size).toBeGreaterThan(100_000)
  })
})
