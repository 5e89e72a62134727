import {assertNewsItem, validateBulletin, validateNewsItem, ValidationError} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {gold, toNewsItem} from '../../test/gold-records.js'

const item = toNewsItem(gold.items[4]!)

describe('validateNewsItem', () => {
  it('should accept a realistic item and return it', () => {
    const result = validateNewsItem(item)
    expect(result).toEqual({ok: true, value: item, issues: []})
  })

  it('should report February 30 with the path and the value', () => {
    const result = validateNewsItem({...item, date: {start: '2018-02-30', text: 'On February 30,'}})
    expect(result.issues).toEqual(['date.start: Expected a calendar date like 2018-01-12 or 2018-05, got "2018-02-30"'])
  })

  it('should report an end before the start', () => {
    const result = validateNewsItem({...item, date: {start: '2018-01-16', end: '2018-01-12', text: ''}})
    expect(result.issues).toEqual(['date.end: Expected `end` (2018-01-12) not to be before `start` (2018-01-16)'])
  })

  it('should report a month 13 and a day-less bad format', () => {
    expect(validateNewsItem({...item, date: {start: '2018-13', text: ''}}).issues).toEqual([
      'date.start: Expected a calendar date like 2018-01-12 or 2018-05, got "2018-13"'
    ])
    expect(validateNewsItem({...item, date: {start: '12 January 2018', text: ''}}).issues).toEqual([
      'date.start: Expected a calendar date like 2018-01-12 or 2018-05, got "12 January 2018"'
    ])
  })

  it('should report an unknown country code', () => {
    const result = validateNewsItem({...item, places: [{country: 'CN'}, {country: 'XX', city: 'Nowhere'}]})
    expect(result.issues).toEqual(['places[1].country: Expected an ISO 3166-1 alpha-2 country code like CN, got "XX"'])
  })

  it('should report zero, negative and fractional headcounts', () => {
    for (const [value, message] of [
      [0, 'Expected a positive number of people, got 0'],
      [-5, 'Expected a positive number of people, got -5'],
      [2.5, 'Expected a whole number of people, got 2.5']
    ] as const) {
      const result = validateNewsItem({...item, participants: {value, qualifier: 'exact', text: ''}})
      expect(result.issues).toEqual([`participants.value: ${message}`])
    }
  })

  it('should report an unknown qualifier', () => {
    const result = validateNewsItem({...item, participants: {value: 10, qualifier: 'roughly', text: ''}})
    expect(result.issues).toEqual([
      'participants.qualifier: Expected one of exact, more-than, over, nearly, about, got "roughly"'
    ])
  })

  it('should report every problem at once, one line each', () => {
    const result = validateNewsItem({
      ...item,
      id: 'Not A Slug',
      headline: 'x'.repeat(141),
      date: {start: '2018-02-30', text: ''},
      places: [{country: 'XX'}]
    })
    expect(result.issues).toEqual([
      'id: Expected a slug of lower-case letters, digits and single hyphens like 2018-01-10-dialogue, got "Not A Slug"',
      'date.start: Expected a calendar date like 2018-01-12 or 2018-05, got "2018-02-30"',
      'headline: Expected a headline of at most 140 characters, got 141',
      'places[0].country: Expected an ISO 3166-1 alpha-2 country code like CN, got "XX"'
    ])
  })

  it('should name nested paths inside a bulletin', () => {
    const bulletin = {id: 'b', title: 'T', period: {start: '2018-01', end: '2018-06'}, language: 'en', intro: '', items: [item, item, item, {...item, id: 'other', date: {start: '2018-02-30', text: ''}}]}
    const issues = validateBulletin(bulletin).issues
    expect(issues).toContain('items[3].date.start: Expected a calendar date like 2018-01-12 or 2018-05, got "2018-02-30"')
    expect(issues).toContain(`items[1].id: Expected a unique id, got "${item.id}" again (first at items[0])`)
  })
})

describe('assertNewsItem', () => {
  it('should throw a ValidationError listing the issues', () => {
    expect(() => assertNewsItem({...item, language: ''})).toThrow(ValidationError)
    try {
      assertNewsItem({...item, language: ''})
    } catch (error) {
      expect((error as ValidationError).issues).toEqual(['language: Expected a BCP 47 language tag like en or zh-Hans, got ""'])
      expect((error as Error).message).toBe('Invalid NewsItem:\n  language: Expected a BCP 47 language tag like en or zh-Hans, got ""')
    }
  })
})
