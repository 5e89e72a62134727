import {compareEventDates, compareItems, sortItems, type NewsItem} from '@sironet/model'
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

describe('sortItems on starts of every kind', () => {
  const items = gold.items.map(toNewsItem)
  const [first] = items
  const dates: Array<NewsItem['date']> = [
    null,
    {start: '2018-05', text: 'May'},
    {start: '2018-05', part: 'late', text: 'Late May'},
    {start: '2018-05', part: 'early', text: 'Early May'},
    {start: '2018-05-01', text: 'May 1'},
    {start: '2018-05-01', end: '2018-05-03', text: 'May 1–3'},
    {start: '2018-04-30', end: '2018-05-02', text: 'April 30 – May 2'},
    {start: '2017-12', end: '2018-01', text: 'December–January'}
  ]
  // Each date twice under two ids, and every made item twice (equal items keep their input order).
  const made = dates.flatMap((date, index) => [
    {...first!, id: `z-${index}`, date},
    {...first!, id: `a-${index}`, date}
  ])
  const all = [...made, ...items, ...made.toReversed()]

  it('should give the order of comparing every pair with compareItems, oldest and newest first', () => {
    expect(sortItems(all)).toEqual([...all].sort(compareItems))
    expect(sortItems(all, {order: 'newest'})).toEqual([...all].sort((a, b) => compareItems(b, a)))
    expect(sortItems(all, {order: 'newest'}).map((item) => item.id)).toEqual([...all].sort((a, b) => compareItems(b, a)).map((item) => item.id))
  })

  it('should compare every pair when a start has another shape', () => {
    const odd = [{...first!, id: 'odd', date: {start: '18-5', text: ''}}, ...all]
    expect(sortItems(odd)).toEqual([...odd].sort(compareItems))
  })

  it('should compare items that share a plain start by id alone', () => {
    const a = {...first!, id: 'a', date: {start: '2018-05-01', text: ''}}
    const b = {...first!, id: 'b', date: {start: '2018-05-01', text: 'other words'}}
    expect(compareItems(a, b)).toBeLessThan(0)
    expect(compareItems(b, a)).toBeGreaterThan(0)
    expect(compareItems(a, {...a})).toBe(0)
  })
})
