import {describe, expect, it} from 'vitest'
import {addDays, formatDayRfc3339, formatDayRfc822, formatRfc3339, formatRfc822, getDateRange, readPlainDay, toUtcDate} from './date-range.js'

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

  it('should format every day of 1000–2100 and of later sampled years as RFC 822 and RFC 3339 text as a `Date` does', () => {
    let differences = 0
    const check = (day: string) => {
      if (formatDayRfc822(day) !== formatRfc822(toUtcDate(day)) || formatDayRfc3339(day) !== formatRfc3339(toUtcDate(day))) differences++
    }
    for (let time = Date.UTC(1000, 0, 1); time < Date.UTC(2101, 0, 1); time += 86_400_000) check(new Date(time).toISOString().slice(0, 10))
    for (let time = Date.UTC(2101, 0, 1); time < Date.UTC(9999, 11, 31); time += 86_400_000 * 97) check(new Date(time).toISOString().slice(0, 10))
    check('9999-12-31')
    expect(differences).toBe(0)
  })

  it('should format days that do not exist or early years as a `Date` does (rolled over, or padded)', () => {
    for (const day of ['2018-02-29', '2018-02-30', '2018-02-31', '2100-02-29', '2018-04-31', '0999-03-01', '0001-01-01']) {
      expect(readPlainDay(day)).toBeUndefined()
      expect(formatDayRfc822(day)).toBe(formatRfc822(toUtcDate(day)))
      expect(formatDayRfc3339(day)).toBe(formatRfc3339(toUtcDate(day)))
    }
    expect(formatDayRfc822('2018-02-30')).toBe('Fri, 02 Mar 2018 00:00:00 GMT')
  })

  it('should throw for a day a `Date` cannot read, as before', () => {
    expect(() => formatDayRfc3339('2018-13-01')).toThrow(RangeError)
    expect(formatDayRfc822('2018-13-01')).toBe('Invalid Date')
  })

  it('should read a plain day as its fields, Sunday as 0', () => {
    expect(readPlainDay('2018-01-12')).toEqual({year: 2018, month: 1, date: 12, weekday: 5})
    expect(readPlainDay('2000-02-29')).toEqual({year: 2000, month: 2, date: 29, weekday: 2})
    expect(readPlainDay('1000-01-01')?.weekday).toBe(new Date('1000-01-01T00:00:00Z').getUTCDay())
  })
})
