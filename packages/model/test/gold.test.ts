import {Bulletin, EventDate, NewsItem, Participants, Place, validateBulletin} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {gold, toNewsItem} from './gold-records.js'

describe('the schemas on the annotated fixture', () => {
  it('should hold all 74 gold items', () => {
    expect(gold.items).toHaveLength(74)
  })

  it('should accept every gold date, place and headcount', () => {
    for (const item of gold.items) {
      if (item.date) {
        const date = {start: item.date.start, ...(item.date.end ? {end: item.date.end} : {}), ...(item.date.part ? {part: item.date.part} : {}), text: ''}
        expect(EventDate.safeParse(date).success, `item ${item.n} date`).toBe(true)
      }
      for (const place of item.places) {
        expect(Place.safeParse({country: place.country, ...(place.city ? {city: place.city} : {})}).success, `item ${item.n} place ${place.country}`).toBe(true)
      }
      if (item.participants) {
        expect(Participants.safeParse({...item.participants, text: ''}).success, `item ${item.n} participants`).toBe(true)
      }
    }
  })

  it('should accept every gold item as a NewsItem', () => {
    for (const item of gold.items) {
      const result = NewsItem.safeParse(toNewsItem(item))
      expect(result.success ? [] : result.error.issues, `item ${item.n}`).toEqual([])
    }
  })

  it('should accept the whole bulletin and reject a repeated id with its index', () => {
    const items = gold.items.map(toNewsItem)
    const bulletin = {id: 'sironet-2018-h1', title: 'Latest News', period: {start: '2018-01', end: '2018-06'}, language: 'en', intro: '', items}
    expect(Bulletin.safeParse(bulletin).success).toBe(true)
    const result = validateBulletin({...bulletin, items: [...items, items[0]]})
    expect(result.issues).toEqual([`items[74].id: Expected a unique id, got ${JSON.stringify(items[0]!.id)} again (first at items[0])`])
  })
})
