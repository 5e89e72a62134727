import {describe, expect, it} from 'vitest'
import {readDaysOfHeadingMonth} from './days-of-heading-month.js'

const january = {start: '2023-01', text: 'January'}

describe('readDaysOfHeadingMonth', () => {
  it('should read the days an item states under a heading of its month', () => {
    expect(readDaysOfHeadingMonth(january, 'On the 18th, the fair opened.')).toEqual({start: '2023-01-18', text: 'On the 18th'})
    expect(readDaysOfHeadingMonth({start: '2023-03', text: 'March'}, 'From 21 to 23, a camp was held.')).toEqual({
      start: '2023-03-21',
      end: '2023-03-23',
      text: 'From 21 to 23'
    })
  })

  it('should read no days that the month lacks, nor any under a heading that dates a day or a range', () => {
    expect(readDaysOfHeadingMonth({start: '2023-02', text: 'February'}, 'On the 30th, it closed.')).toBeUndefined()
    expect(readDaysOfHeadingMonth({start: '2023-01-05', text: 'January 5'}, 'On the 18th, it closed.')).toBeUndefined()
    expect(readDaysOfHeadingMonth(january, 'On 18 volunteers arrived.')).toBeUndefined()
  })
})
