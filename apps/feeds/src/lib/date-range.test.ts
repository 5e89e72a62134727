import {describe, expect, it} from 'vitest'
import {addDays, formatRfc3339, formatRfc822, getDateRange, toUtcDate} from './date-range.js'

describe('getDateRange', () => {
  it('should read a day as itself', () => {
    expect(getDateRange({start: '2018-01-10'})).toEqual({first: '2018-01-10', last: '2018-01-10'})
  })

  it('should read a range of days inclusively', () => {
    expect(getDateRange({start: '2018-01-12', end: '2018-01-16'})).toEqual({first: '2018-01-12', last: '2018-01-16'})
  })

  it('should read a month as the whole month, leap years included', () => {
    expect(getDateRange({start: '2018-02'})).toEqual({first: '2018-02-01', last: '2018-02-28'})
    expect(getDateRange({start: '2020-02'})).toEqual({first: '2020-02-01', last: '2020-02-29'})
  })

  it('should read early, mid and late a month as days 1–10, 11–20 and 21–end', () => {
    expect(getDateRange({start: '2018-05', part: 'early'})).toEqual({first: '2018-05-01', last: '2018-05-10'})
    expect(getDateRange({start: '2018-05', part: 'mid'})).toEqual({first: '2018-05-11', last: '2018-05-20'})
    expect(getDateRange({start: '2018-05', part: 'late'})).toEqual({first: '2018-05-21', last: '2018-05-31'})
    expect(getDateRange({start: '2018-04', part: 'late'})).toEqual({first: '2018-04-21', last: '2018-04-30'})
  })

  it('should read a range of months up to the end of the last month', () => {
    expect(getDateRange({start: '2018-03', end: '2018-06'})).toEqual({first: '2018-03-01', last: '2018-06-30'})
  })
})

describe('date formats', () => {
  it('should add days across month and year ends', () => {
    expect(addDays('2018-01-31', 1)).toBe('2018-02-01')
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01')
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29')
  })

  it('should format RFC 822 dates with the weekday and a four-digit year', () => {
    // 12 January 2018 was a Friday.
    expect(formatRfc822(toUtcDate('2018-01-12'))).toBe('Fri, 12 Jan 2018 00:00:00 GMT')
  })

  it('should format RFC 3339 dates without fractions', () => {
    expect(formatRfc3339(toUtcDate('2018-05-21'))).toBe('2018-05-21T00:00:00Z')
  })
})
