import {describe, expect, it} from 'vitest'
import {WordCache} from './word-cache.js'

describe('WordCache', () => {
  it('should give back what was set, and nothing for other keys', () => {
    const cache = new WordCache<number>()
    cache.set('Beijing', 1)
    expect(cache.get('Beijing')).toBe(1)
    expect(cache.get('Beijinh')).toBeUndefined()
    expect(cache.get('')).toBeUndefined()
  })

  it('should keep every key apart when many share a slot', () => {
    const cache = new WordCache<number>()
    // Nine characters that differ only where the slot is not read (2, 3, 5 and 6): all in one slot.
    const keys = Array.from({length: 200}, (_, index) => {
      const digits = String(index).padStart(4, '0')
      return `ab${digits.slice(0, 2)}M${digits.slice(2)}yz`
    })
    for (const [index, key] of keys.entries()) cache.set(key, index)
    for (let round = 0; round < 2; round++) {
      for (const [index, key] of keys.entries()) expect(cache.get(key)).toBe(index)
    }
  })

  it('should compare keys by their text, not by which string they are', () => {
    const cache = new WordCache<string>()
    const text = 'the Ministry of Commerce'
    cache.set(text.slice(4, 12), 'head')
    expect(cache.get(`Minis${'try'}`)).toBe('head')
  })

  it('should start over past its limit and still answer', () => {
    const cache = new WordCache<number>(10)
    for (let index = 0; index < 25; index++) cache.set(`word${index}`, index)
    expect(cache.get('word24')).toBe(24)
    expect(cache.get('word3')).toBeUndefined()
  })
})
