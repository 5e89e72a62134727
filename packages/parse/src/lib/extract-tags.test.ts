import {describe, expect, it} from 'vitest'
import {fixtureText} from '../../test/helpers.js'
import {extractTags, tagPatterns} from './extract-tags.js'

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

  it('should tag as testing every pattern over the whole text would', () => {
    const texts = [
      ...fixtureText.split(/\n\s*\n/),
      'The One Belt, One Road initiative',
      'B&R projects',
      'Sino-African Union talks; the Africa Union and the African Union',
      'UNESCO-UN and UN-Habitat with the UNDP, UNEP, UNIDO, UNV and United Nations Volunteers',
      'the Olympic Games, Olympics and the Olympic village; G-20, G20 and G20s',
      'South-South Cooperation, 2030 Agenda, SDGs and the Sustainable Development Goals',
      'the Silk Road NGO Cooperation Network (SIRONET) on the Silk Road; 16+1 and 17+1; CEEC',
      'World Health Organisation, WHO, who; Economic and Social Council, ECOSOC; Human Rights Council'
    ]
    for (const text of texts) {
      const expected = tagPatterns.filter(([, pattern]) => pattern.test(text)).map(([tag]) => tag)
      expect(extractTags(text), text.slice(0, 60)).toEqual(expected)
    }
  })
})
