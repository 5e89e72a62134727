import {describe, expect, it} from 'vitest'
import {collapseWhiteSpace, hasLooseWhiteSpace} from './collapse-white-space.js'

describe('hasLooseWhiteSpace', () => {
  it('should agree with `/[^\\S ]| {2}/` beside every white-space character and with runs of spaces', () => {
    const pattern = /[^\S ]| {2}/
    const texts: string[] = ['', 'a', ' ', '  ', 'a b', 'a  b', 'a b ', ' a', 'a   b c']
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      if (/\s/.test(character)) texts.push(`a${character}b`, `${character} `, ` ${character}`, character)
    }
    for (const text of texts) expect(hasLooseWhiteSpace(text), JSON.stringify(text)).toBe(pattern.test(text))
  })
})

describe('collapseWhiteSpace', () => {
  it('should collapse each run of white space to one space and trim', () => {
    expect(collapseWhiteSpace(' On\r\nJanuary \u00a0 10,\tthe  forum ')).toBe('On January 10, the forum')
    expect(collapseWhiteSpace('On January 10, the forum')).toBe('On January 10, the forum')
  })
})
