import {compareEventDates, sortItems} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {gold, toNewsItem} from '../../test/gold-records.js'

describe('compareEventDates', () => {
  it('should put a month before the days in it and parts in order', () => {
    const dates = [
      {start: '2018-05-03', text: ''},
      {start: '2018-05', part: 'late' as const, text: ''},
      {start: '2018-05', text: ''},
      {start: '2018-05', part: 'early' as const, text: ''},
      {start: '2018-04-30', text: ''}
    ]
    expect([...dates].sort(compareEventDates).map((d) => `${d.start}${d.part ? ' ' + d.part : ''}`)).toEqual([
      '2018-04-30',
      '2018-05',
      '2018-05 early',
      '2018-05 late',
      '2018-05-03'
    ])
  })

  it('should put shorter ranges first and undated items last', () => {
    expect(compareEventDates({start: '2018-01-12', end: '2018-01-16', text: ''}, {start: '2018-01-12', text: ''})).toBeGreaterThan(0)
    expect(compareEventDates(null, {start: '2018-01', text: ''})).toBeGreaterThan(0)
    expect(compareEventDates(null, null)).toBe(0)
  })
})

describe('sortItems', () => {
  it('should sort the gold items oldest and newest first without changing the input', () => {
    const items = gold.items.map(toNewsItem).reverse()
    const before = items.map((item) => item.id)
    const oldest = sortItems(items)
    const newest = sortItems(items, {order: 'newest'})
    expect(items.map((item) => item.id)).toEqual(before)
    expect(oldest[0]!.date!.start).toBe('2018-01')
    expect(newest[0]!.date!.start.slice(0, 7)).toBe('2018-06')
    expect(newest.map((item) => item.id)).toEqual([...oldest].reverse().map((item) => item.id))
  })
})
