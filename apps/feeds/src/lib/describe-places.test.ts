import type {Place} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {getCountryName} from './country-name.js'
import {describePlaces} from './describe-places.js'

describe('describePlaces', () => {
  it('should join city, region and country name of each place, places by semicolons', () => {
    expect(describePlaces([{country: 'CN', city: 'Beijing'}, {country: 'FI'}], 'en')).toBe('Beijing, China; Finland')
    expect(describePlaces([{country: 'CN', city: 'Chengdu', region: 'Sichuan'}], 'fr')).toBe('Chengdu, Sichuan, Chine')
    expect(describePlaces([], 'en')).toBe('')
  })

  it('should leave out empty parts as filtering the parts of each place would', () => {
    const values = [undefined, '', 'A']
    const places: Place[] = []
    for (const city of values) for (const region of values) places.push({country: 'NP', ...(city === undefined ? {} : {city}), ...(region === undefined ? {} : {region})})
    for (const first of places) {
      for (const second of places) {
        const list = [first, second]
        const expected = list.map((place) => [place.city, place.region, getCountryName(place.country, 'en')].filter(Boolean).join(', ')).join('; ')
        expect(describePlaces(list, 'en')).toBe(expected)
      }
    }
  })
})
