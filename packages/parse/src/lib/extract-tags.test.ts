import {describe, expect, it} from 'vitest'
import {extractTags} from './extract-tags.js'

describe('extractTags', () => {
  it('should tag recurring programmes and bodies in table order', () => {
    expect(extractTags('The first SCO Women’s Forum under the “Belt and Road” was attended by UNESCO and UNDP.')).toEqual([
      'belt-and-road',
      'sco',
      'unesco',
      'undp'
    ])
  })

  it('should tag spelled-out names like their acronyms', () => {
    expect(extractTags('The Shanghai Cooperation Organization met the World Health Organization.')).toEqual(['sco', 'who'])
  })

  it('should not tag words that only look alike', () => {
    expect(extractTags('Who attended? The unescorted guests and the scout team.')).toEqual([])
  })
})
