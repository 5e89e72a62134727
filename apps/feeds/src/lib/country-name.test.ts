import {countryCodes} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {getCountryName} from './country-name.js'
import {englishCountryNames} from './country-names-en.js'

describe('getCountryName', () => {
  it('should hold the English name Intl gives for every country code (run `pnpm generate` when this runtime’s CLDR differs)', () => {
    const names = new Intl.DisplayNames(['en', 'en'], {type: 'region', fallback: 'code'})
    const drifted = countryCodes.filter((code) => englishCountryNames.get(code) !== names.of(code))
    expect(drifted).toEqual([])
    expect([...englishCountryNames.keys()]).toEqual([...countryCodes])
  })

  it('should name countries in English from the table and in other languages from Intl', () => {
    expect(getCountryName('CN', 'en')).toBe('China')
    expect(getCountryName('FI', 'fr')).toBe('Finlande')
    expect(getCountryName('HK', 'en')).toBe(new Intl.DisplayNames(['en', 'en'], {type: 'region', fallback: 'code'}).of('HK'))
  })

  it('should fall back to Intl, then to the code, for a code outside the list', () => {
    expect(getCountryName('XK', 'en')).toBe('Kosovo')
    expect(getCountryName('QQ', 'en')).toBe('QQ')
  })
})
