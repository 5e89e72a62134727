import {isSlug, makeSlug} from '@sironet/model'
import {describe, expect, it} from 'vitest'

describe('makeSlug', () => {
  it('should make a lower-case, hyphenated slug', () => {
    expect(makeSlug('2018-01-10 Dialogue between Parliament Speakers')).toBe('2018-01-10-dialogue-between-parliament-speakers')
  })

  it('should fold accents and drop punctuation and quotes', () => {
    expect(makeSlug('“Café Société” — São Paulo!')).toBe('cafe-societe-sao-paulo')
  })

  it('should cut long text at a hyphen', () => {
    const slug = makeSlug('the inaugural meeting of Sichuan Provincial NGO Network for International Exchanges', 40)
    expect(slug).toBe('the-inaugural-meeting-of-sichuan')
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(isSlug(slug)).toBe(true)
  })

  it('should return `item` when nothing is left', () => {
    expect(makeSlug('“…”')).toBe('item')
  })

  it('should throw a TypeError naming the fix on misuse', () => {
    expect(() => makeSlug(undefined as unknown as string)).toThrow('Cannot call `makeSlug` without text. Pass a string.')
  })
})
