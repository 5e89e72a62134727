import {describe, expect, it} from 'vitest'
import {cleanText} from './clean-text.js'

describe('cleanText', () => {
  it('should drop C0 controls but keep tab, line feed and carriage return', () => {
    expect(cleanText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\th\ni\rj')).toBe('abcdefg\th\ni\rj')
  })

  it('should drop U+FFFE, U+FFFF, DEL and C1 controls', () => {
    expect(cleanText('x\uFFFEy\uFFFFz\u007F\u0085\u009F!')).toBe('xyz!')
  })

  it('should replace unpaired surrogates with U+FFFD and keep pairs', () => {
    expect(cleanText('a\uD800b\uDFFFc\uDC00\uD800d😀')).toBe('a\uFFFDb\uFFFDc\uFFFD\uFFFDd😀')
  })

  it('should return clean text unchanged, RTL marks included', () => {
    const text = 'Beijing \u200F\u202E مرحبا'
    expect(cleanText(text)).toBe(text)
  })
})
