import {getEventDays} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {toRfc3339} from './event-time.js'

describe('toRfc3339', () => {
  it('should date days, months, parts and ranges by the first day of the model', () => {
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
    for (const date of dates) expect(toRfc3339(date)).toBe(`${getEventDays(date).first}T00:00:00Z`)
    expect(toRfc3339({start: '2018-05', part: 'late'})).toBe('2018-05-21T00:00:00Z')
  })

  it('should give no timestamp without a date', () => {
    expect(toRfc3339(null)).toBeUndefined()
  })
})
