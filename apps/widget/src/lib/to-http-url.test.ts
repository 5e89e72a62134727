import {describe, expect, it} from 'vitest'
import {toHttpUrl} from './to-http-url.js'

describe('toHttpUrl', () => {
  it('should resolve relative links against the base', () => {
    expect(toHttpUrl('items/a.html', 'https://example.org/news/feed.json')).toBe('https://example.org/news/items/a.html')
    expect(toHttpUrl('//example.net/x', 'http://example.org/')).toBe('http://example.net/x')
  })

  it('should drop links that are not http or https, however they are disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/uuid',
      'mailto:a@example.org'
    ]) {
      expect(toHttpUrl(value, 'https://example.org/'), JSON.stringify(value)).toBeUndefined()
    }
  })

  it('should drop what is not a string or not a URL', () => {
    expect(toHttpUrl(undefined)).toBeUndefined()
    expect(toHttpUrl(42)).toBeUndefined()
    expect(toHttpUrl({href: 'https://example.org/'})).toBeUndefined()
    expect(toHttpUrl('no base, not absolute')).toBeUndefined()
  })
})
