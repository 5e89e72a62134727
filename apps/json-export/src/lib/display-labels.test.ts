import {formatEventDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../test/gold-items.ts'
import {makeDisplayLabels, toDateKey, toLabelLanguages, widgetLanguages} from './display-labels.js'

const items = loadGoldItems()

describe('toDateKey', () => {
  it('should key a date by its start, its later end after `/` and its part after a space', () => {
    expect(toDateKey({start: '2018-01-10'})).toBe('2018-01-10')
    expect(toDateKey({start: '2018-01-12', end: '2018-01-16'})).toBe('2018-01-12/2018-01-16')
    expect(toDateKey({start: '2018-05', part: 'late'})).toBe('2018-05 late')
    // An end on the start day adds nothing: the date reads as one day.
    expect(toDateKey({start: '2018-02-28', end: '2018-02-28'})).toBe('2018-02-28')
  })
})

describe('toLabelLanguages', () => {
  it('should put tags in canonical form, once each, in the order given', () => {
    expect(toLabelLanguages(['FR', 'en-gb', 'fr'], 'toJsonFeed')).toEqual(['fr', 'en-GB'])
    expect(toLabelLanguages(undefined, 'toJsonFeed')).toEqual([])
  })

  it('should reject what is not a list of BCP 47 tags, naming the caller and the fix', () => {
    expect(() => toLabelLanguages(['fr', 'not a tag!'], 'toJsonFeed')).toThrow(/`toJsonFeed` with the label language "not a tag!". Pass a BCP 47 tag/)
    // @ts-expect-error: testing misuse.
    expect(() => toLabelLanguages('fr', 'streamJsonFeed')).toThrow(/`streamJsonFeed` with `labels` fr. Pass an array/)
  })
})

describe('makeDisplayLabels', () => {
  it('should write every date and country of the items once per language, as formatEventDate and Intl.DisplayNames do', () => {
    const labels = makeDisplayLabels(items, widgetLanguages)!
    expect(Object.keys(labels)).toEqual([...widgetLanguages])
    const keys = new Set(items.flatMap((item) => (item.date ? [toDateKey(item.date)] : [])))
    const codes = new Set(items.flatMap((item) => item.places.map((place) => place.country)))
    for (const language of widgetLanguages) {
      expect(Object.keys(labels[language]!.dates)).toEqual([...keys])
      expect(Object.keys(labels[language]!.countries)).toEqual([...codes])
      for (const item of items) {
        if (item.date) expect(labels[language]!.dates[toDateKey(item.date)]).toBe(formatEventDate(item.date, language, {month: 'short'}))
      }
      for (const code of codes) expect(labels[language]!.countries[code]).toBe(new Intl.DisplayNames(language, {type: 'region'}).of(code))
    }
    // The bulletin's 12–16 January in French, and Finland in Arabic.
    expect(labels.fr!.dates['2018-01-12/2018-01-16']).toBe('12–16 janv. 2018')
    expect(labels.ar!.countries.FI).toBe('فنلندا')
  })

  it('should write nothing without languages', () => {
    expect(makeDisplayLabels(items, [])).toBeUndefined()
  })
})
