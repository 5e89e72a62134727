import {CalendarMonth, daysInMonth, isCalendarDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'

describe('isCalendarDate', () => {
  it('should accept days and months that exist', () => {
    for (const value of ['2018-01-12', '2018-05', '2020-02-29', '2018-12-31']) expect(isCalendarDate(value), value).toBe(true)
  })

  it('should reject days and months that do not', () => {
    for (const value of ['2018-02-30', '2019-02-29', '2018-13', '2018-00', '2018-04-31', '2018-1-5', '2018', '']) {
      expect(isCalendarDate(value), value).toBe(false)
    }
  })

  it('should know leap years', () => {
    expect([daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2024, 2)]).toEqual([29, 28, 29])
  })
})

describe('CalendarMonth', () => {
  it('should accept a month and reject a day', () => {
    expect(CalendarMonth.safeParse('2018-06').success).toBe(true)
    expect(CalendarMonth.safeParse('2018-06-01').error?.issues[0]?.message).toBe('Expected a month like 2018-01, got "2018-06-01"')
  })
})
