import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findMojibake} from './find-mojibake.js'

const fixtureText = readFileSync(new URL('../../../../fixtures/sironet-2018-h1.txt', import.meta.url), 'utf8')

/** Damage text the way it happens: UTF-8 bytes read back one per character as Windows-1252 (Node's `latin1` is close enough except 0x80–0x9F). */
function garble(text: string, decode: 'latin1' | 'windows-1252'): string {
  const bytes = Buffer.from(text, 'utf8')
  if (decode === 'latin1') return bytes.toString('latin1')
  // Windows-1252 differs from Latin-1 only in 0x80–0x9F; spell those out from the code page.
  const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
  return Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? cp1252.charAt(byte - 0x80) : String.fromCharCode(byte))).join('')
}

describe('findMojibake', () => {
  it('should find nothing in the real bulletin', () => {
    expect(findMojibake(fixtureText)).toEqual([])
  })

  it('should find curly quotes, accents, CJK and emoji read as Windows-1252', () => {
    const text = `Caf${garble('é', 'windows-1252')} ${garble('“Latte”', 'windows-1252')} ${garble('文', 'windows-1252')} ${garble('😀', 'windows-1252')}`
    expect(text).toBe('CafÃ© â€œLatteâ€\u009d æ–‡ ðŸ˜€')
    expect(findMojibake(text)).toEqual([
      {offset: 3, length: 2, actual: 'Ã©', expected: 'é'},
      {offset: 6, length: 3, actual: 'â€œ', expected: '“'},
      {offset: 14, length: 3, actual: 'â€\u009d', expected: '”'},
      {offset: 18, length: 3, actual: 'æ–‡', expected: '文'},
      {offset: 22, length: 4, actual: 'ðŸ˜€', expected: '😀'}
    ])
  })

  it('should find text read as Latin-1, with C1 controls', () => {
    const text = garble('“Xi’an”', 'latin1')
    expect(findMojibake(text).map((match) => match.expected)).toEqual(['“', '’', '”'])
  })

  it('should restore a whole garbled Cyrillic word as one run', () => {
    const word = garble('Привет', 'windows-1252')
    expect(findMojibake(`a ${word} b`)).toEqual([{offset: 2, length: word.length, actual: word, expected: 'Привет'}])
  })

  it('should restore every garbled paragraph of the bulletin to its original text', () => {
    const paragraph = fixtureText.split(/\n{2,}/).find((part) => part.includes('“'))!
    const garbled = garble(paragraph, 'windows-1252')
    let repaired = ''
    let last = 0
    for (const match of findMojibake(garbled)) {
      repaired += garbled.slice(last, match.offset) + match.expected
      last = match.offset + match.length
    }
    repaired += garbled.slice(last)
    expect(repaired).toBe(paragraph)
  })

  it('should leave capitals and letters before punctuation alone', () => {
    for (const text of ['“CAFÉ”', 'Straße»', 'ÉCOLE—', 'naïve', 'Ångström', 'Señor', 'São Paulo', 'Ó Sé', '中文，“引号”']) {
      expect(findMojibake(text), text).toEqual([])
    }
  })

  it('should throw a TypeError for non-text input', () => {
    expect(() => findMojibake(undefined as unknown as string)).toThrow(/`findMojibake`/)
  })

  it('should read a lone `â€` as `”` whose last byte was dropped', () => {
    expect(findMojibake('the theme â€œOne Planetâ€. Then')).toEqual([
      {offset: 10, length: 3, actual: 'â€œ', expected: '“'},
      {offset: 23, length: 2, actual: 'â€', expected: '”'}
    ])
    expect(findMojibake('itâ€™s')).toEqual([{offset: 2, length: 3, actual: 'â€™', expected: '’'}])
  })
})
