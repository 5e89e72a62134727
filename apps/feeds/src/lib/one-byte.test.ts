import {describe, expect, it} from 'vitest'
import {copyOneByte} from './one-byte.js'

describe('copyOneByte', () => {
  it('should give back the same text, cut from a string with characters above U+00FF or not', () => {
    const [before, after] = '<p>\uE000</p>'.split('\uE000') as [string, string]
    expect(copyOneByte(before)).toBe('<p>')
    expect(copyOneByte(after)).toBe('</p>')
    expect(copyOneByte('')).toBe('')
    expect(copyOneByte('Zürich – 北京 😀')).toBe('Zürich – 北京 😀')
  })
})
