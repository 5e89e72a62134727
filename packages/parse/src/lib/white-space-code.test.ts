import {describe, expect, it} from 'vitest'
import {isWhiteSpaceCode} from './white-space-code.js'

describe('isWhiteSpaceCode', () => {
  it('should agree with `\\s` and with `trim` on every UTF-16 code unit', () => {
    const disagree: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      const expected = /\s/.test(character)
      if (character.trim() === '' !== expected || isWhiteSpaceCode(code) !== expected) disagree.push(code)
    }
    expect(disagree).toEqual([])
  })

  it('should say no to an index past the end (`NaN`)', () => {
    expect(isWhiteSpaceCode(''.charCodeAt(0))).toBe(false)
  })
})
