import {describe, expect, it} from 'vitest'
import {readText} from './read-text.js'

describe('readText', () => {
  it('should give the same text for ropes, flat strings, the empty string and lone surrogates', () => {
    let rope = ''
    for (let index = 0; index < 200; index++) rope += `part ${index} `
    for (const value of [rope, 'flat', '', ' ', '\uD800', 'a\uDC00 ', `${'x'.repeat(20)}\u2028${'y'.repeat(20)}`]) {
      expect(readText(value)).toBe(value)
      expect(readText(value).length).toBe(value.length)
    }
  })
})
