import {getEventDays, getFirstEventDay} from '@sironet/model'
import {describe, expect, it} from 'vitest'

describe('getEventDays', () => {
  it('should give a day as itself and a day range as its ends', () => {
    expect(getEventDays({start: '2018-01-10'})).toEqual({first: '2018-01-10', last: '2018-01-10'})
    expect(getEventDays({start: '2018-01-23', end: '2018-03-01'})).toEqual({first: '2018-01-23', last: '2018-03-01'})
  })

  it('should give a month as the whole month, leap years included', () => {
    expect(getEventDays({start: '2018-04'})).toEqual({first: '2018-04-01', last: '2018-04-30'})
    expect(getEventDays({start: '2020-02'})).toEqual({first: '2020-02-01', last: '2020-02-29'})
  })

  it('should give early, mid and late a month as days 1–10, 11–20 and 21–end', () => {
    expect(getEventDays({start: '2018-06', part: 'early'})).toEqual({first: '2018-06-01', last: '2018-06-10'})
    expect(getEventDays({start: '2018-06', part: 'mid'})).toEqual({first: '2018-06-11', last: '2018-06-20'})
    expect(getEventDays({start: '2018-05', part: 'late'})).toEqual({first: '2018-05-21', last: '2018-05-31'})
    expect(getEventDays({start: '2018-02', part: 'late'})).toEqual({first: '2018-02-21', last: '2018-02-28'})
  })

  it('should end a month range with its whole end month', () => {
    expect(getEventDays({start: '2018-05', end: '2018-07', part: 'late'})).toEqual({first: '2018-05-21', last: '2018-07-31'})
  })
})

describe('getFirstEventDay', () => {
  it('should give the first day of getEventDays for days, months, parts and ranges', () => {
    const dates = [
      {start: '2018-01-12'},
      {start: '2018-01-12', end: '2018-01-16'},
      {start: '2018-02'},
      {start: '2018-02', end: '2018-04'},
      {start: '2018-05', part: 'early' as const},
      {start: '2018-05', part: 'mid' as const},
      {start: '2018-05', part: 'late' as const},
      {start: '2018-04', part: 'late' as const, end: '2018-06'},
      {start: '2018-05-03', part: 'late' as const}
    ]
    const firsts = dates.map((date) => getFirstEventDay(date))
    expect(firsts).toEqual(['2018-01-12', '2018-01-12', '2018-02-01', '2018-02-01', '2018-05-01', '2018-05-11', '2018-05-21', '2018-04-21', '2018-05-03'])
  })
})
