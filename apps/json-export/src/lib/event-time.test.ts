import {describe, expect, it} from 'vitest'
import {toRfc3339} from './event-time.js'

describe('toRfc3339', () => {
  it('should date an event at midnight UTC of its first day, as the model counts it', () => {
    // The model's own tests cover every shape of date; these are the ones whose first day is not `start`.
    expect(toRfc3339({start: '2018-01-12', end: '2018-01-16'})).toBe('2018-01-12T00:00:00Z')
    expect(toRfc3339({start: '2018-02'})).toBe('2018-02-01T00:00:00Z')
    expect(toRfc3339({start: '2018-05', part: 'mid'})).toBe('2018-05-11T00:00:00Z')
    expect(toRfc3339({start: '2018-05', part: 'late'})).toBe('2018-05-21T00:00:00Z')
    expect(toRfc3339({start: '2018-04', part: 'late', end: '2018-06'})).toBe('2018-04-21T00:00:00Z')
  })

  it('should give no timestamp without a date', () => {
    expect(toRfc3339(null)).toBeUndefined()
  })
})
